/** The words of the report page: the PRISMA flow diagram and the downloads. */
import { area } from './area';

export const reportWords = area(
  {
    'nav.report': 'Report',
    'report.intro':
      'The report is made from the review folder as it is now: the same figures and tables as on these pages.',
    'report.prisma': 'PRISMA 2020 flow diagram',
    'report.prismaCaption': 'PRISMA 2020 flow diagram of the search and selection of studies',
    'report.prismaFailed': 'The flow diagram could not be drawn: {reason}',
    'report.downloads': 'Downloads',
    'report.reportIn': 'The report in {language}',
    'report.lang.da': 'Danish',
    'report.lang.en': 'English',
    'report.format.html': 'Web page (HTML)',
    'report.format.docx': 'Word (DOCX)',
    'report.format.md': 'Markdown',
    'report.format.zip': 'Review folder (zip)',
    'report.folder': 'The review folder',
    'report.folderHint':
      'Every file of the review (review.yaml, studies.yaml, data.yaml, rob.yaml, grade.yaml, screening.csv, records) as a zip.',
    'report.errors':
      'The review has {n} problems to fix before a report can be made; the folder can still be downloaded.',
    'report.warnings': 'The review has {n} warnings; the report is made all the same.',
    'report.slow': 'The DOCX takes a few seconds: its figures are drawn as images first.',
  },
  {
    'nav.report': 'Rapport',
    'report.intro':
      'Rapporten dannes ud fra reviewmappen, som den er nu: de samme figurer og tabeller som på disse sider.',
    'report.prisma': 'PRISMA 2020-flowdiagram',
    'report.prismaCaption': 'PRISMA 2020-flowdiagram over søgning og udvælgelse af studier',
    'report.prismaFailed': 'Flowdiagrammet kunne ikke tegnes: {reason}',
    'report.downloads': 'Hent',
    'report.reportIn': 'Rapporten på {language}',
    'report.lang.da': 'dansk',
    'report.lang.en': 'engelsk',
    'report.format.html': 'Webside (HTML)',
    'report.format.docx': 'Word (DOCX)',
    'report.format.md': 'Markdown',
    'report.format.zip': 'Reviewmappen (zip)',
    'report.folder': 'Reviewmappen',
    'report.folderHint':
      'Alle reviewets filer (review.yaml, studies.yaml, data.yaml, rob.yaml, grade.yaml, screening.csv, referencer) som zip.',
    'report.errors':
      'Reviewet har {n} problemer, der skal rettes, før en rapport kan dannes; mappen kan stadig hentes.',
    'report.warnings': 'Reviewet har {n} advarsler; rapporten dannes alligevel.',
    'report.slow': 'DOCX-filen tager et par sekunder: figurerne tegnes først som billeder.',
  },
);
