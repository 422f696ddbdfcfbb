/** The document's parts on their own: references, dates, conversions, GRADE text, summary-of-findings cells, ZIP times. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gradeOutcome, runAnalysis, type Study, type StudyEffect, summaryOfFindings } from '@evidens/review';
import { conversionSentence } from '../src/document/conversions.js';
import { formatDate } from '../src/document/dates.js';
import { gatherReport } from '../src/document/gather.js';
import { certaintySymbols, gradeFootnotes } from '../src/document/grade-text.js';
import { docLabels } from '../src/document/labels/index.js';
import { vancouverAuthors, vancouverEntry } from '../src/document/references.js';
import { fixZipTimes } from '../src/document/render/zip-times.js';
import { absoluteCell, correspondingCell, relativeCell } from '../src/document/sections/sof-cells.js';
import { goodReview, unzip } from './support/document-fixture.js';

const review = await goodReview();

describe('Vancouver references', () => {
  test('six authors, then et al.', () => {
    assert.equal(vancouverAuthors(['A A', 'B B']), 'A A, B B.');
    assert.equal(vancouverAuthors(['A', 'B', 'C', 'D', 'E', 'F', 'G']), 'A, B, C, D, E, F, et al.');
    assert.equal(vancouverAuthors([]), '');
  });

  test('authors, title, source and identifiers, each closed by a full stop', () => {
    const study = {
      authors: ['Frusso R', 'Zárate M', 'Augustovski F', 'Rubinstein A'],
      title: 'Magnesium for the treatment of nocturnal leg cramps: a crossover randomized trial',
      year: 1999,
    } as Study;
    assert.equal(
      vancouverEntry(study, { citation: 'J Fam Pract 1999;48(11):868-71', pmid: '10907623', records: [] }),
      'Frusso R, Zárate M, Augustovski F, Rubinstein A. Magnesium for the treatment of nocturnal leg cramps: a crossover randomized trial. J Fam Pract 1999;48(11):868-71. PMID: 10907623.',
    );
    assert.equal(
      vancouverEntry({ ...study, authors: [], title: 'A trial?' } as Study, { doi: '10.1/x', records: [] }),
      'A trial? 1999. doi:10.1/x.',
    );
  });
});

describe('dates', () => {
  test('days, months and years in each language; other text as it is', () => {
    assert.equal(formatDate('2014-01-15', 'en'), '15 January 2014');
    assert.equal(formatDate('2014-01-15', 'da'), '15. januar 2014');
    assert.equal(formatDate('2014-02', 'da'), 'februar 2014');
    assert.equal(formatDate('2013', 'en'), '2013');
    assert.equal(formatDate('spring 2013', 'en'), 'spring 2013');
  });
});

describe('conversion sentences', () => {
  const effects = runAnalysis(review, 'cramps-md').effects;
  const beta = effects.find((e) => e.study === 'beta-2002') as StudyEffect;
  const gamma = effects.find((e) => e.study === 'gamma-1999') as StudyEffect;

  test('English is the review package’s own sentence', () => {
    assert.equal(conversionSentence(beta, 'en'), beta.summary);
  });

  test('Danish translates each step and keeps the correlation in Danish notation', () => {
    assert.equal(
      conversionSentence(beta, 'da'),
      'Intervention: gennemsnit og SD estimeret ud fra median og IQR (Luo et al. 2018; Wan et al. 2014); kontrol: gennemsnit og SD estimeret ud fra median og IQR (Luo et al. 2018; Wan et al. 2014).',
    );
    assert.equal(
      conversionSentence(gamma, 'da'),
      'Parret: parret SE ud fra SD pr. behandling med en antaget korrelation inden for person (r = 0,5).',
    );
  });

  test('data used as reported need no sentence', () => {
    assert.equal(conversionSentence(effects[0], 'da'), undefined);
  });
});

describe('GRADE text', () => {
  test('certainty as four symbols', () => {
    assert.equal(certaintySymbols('high'), '⊕⊕⊕⊕');
    assert.equal(certaintySymbols('moderate'), '⊕⊕⊕◯');
    assert.equal(certaintySymbols('low'), '⊕⊕◯◯');
    assert.equal(certaintySymbols('very-low'), '⊕◯◯◯');
  });

  test('footnotes: the reviewer’s reason where there is one, else a reason from the proposal’s numbers', () => {
    const data = gatherReport(review).analyses.find((a) => a.run.analysis.id === 'responders-rr');
    assert.ok(data);
    const en = gradeFootnotes(data, 'en', docLabels('en'));
    const da = gradeFootnotes(data, 'da', docLabels('da'));
    assert.deepEqual(en, [
      'Risk of bias: downgraded one level. 0% of the weight is from results at high risk of bias, 0% with some concerns, 0% at low risk, 100% without a complete RoB 2 assessment.',
      'Imprecision: downgraded one level. 95% CI RR 0.83 to 1.44 crosses the MID threshold 1.25.',
    ]);
    assert.equal(da[1], 'Unøjagtighed: nedgraderet ét niveau. 95 % KI RR 0,83 til 1,44 krydser MID-grænsen 1,25.');
    const cramps = gatherReport(review).analyses[0];
    assert.equal(
      gradeFootnotes(cramps, 'da', docLabels('da'))[1],
      'Unøjagtighed: nedgraderet ét niveau. The CI includes a benefit of one cramp a week and no effect.',
    );
  });
});

describe('summary-of-findings cells', () => {
  test('binary: risks per 1000 and the relative effect', () => {
    const run = runAnalysis(review, 'responders-rr');
    const row = summaryOfFindings(review, run, gradeOutcome(review, run));
    assert.equal(correspondingCell(row, 'en', docLabels('en')), '636 per 1000 (482 to 839)');
    assert.equal(relativeCell(row, 'da', docLabels('da')), 'RR 1,09 (0,83 til 1,44)');
    assert.equal(absoluteCell(row, 'en', docLabels('en')), '53 more per 1000 (101 fewer to 256 more)');
    assert.equal(absoluteCell(row, 'da', docLabels('da')), '53 flere pr. 1000 (101 færre til 256 flere)');
  });

  test('continuous: the mean difference in words, as the review package writes it', () => {
    const run = runAnalysis(review, 'cramps-md');
    const row = summaryOfFindings(review, run, gradeOutcome(review, run));
    assert.equal(absoluteCell(row, 'en', docLabels('en')), row.absoluteText);
    assert.equal(absoluteCell(row, 'da', docLabels('da')), 'MD 0,18 lavere (0,93 lavere til 0,58 højere)');
  });
});

describe('fixZipTimes', () => {
  /** A one-entry stored ZIP written by hand, stamped 2024-06-01 12:00. */
  function storedZip(): Uint8Array {
    const name = Buffer.from('a.txt');
    const data = Buffer.from('hi');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(12 << 11, 10);
    local.writeUInt16LE(((2024 - 1980) << 9) | (6 << 5) | 1, 12);
    local.writeUInt32LE(2, 18);
    local.writeUInt32LE(2, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(12 << 11, 12);
    central.writeUInt16LE(((2024 - 1980) << 9) | (6 << 5) | 1, 14);
    central.writeUInt32LE(2, 20);
    central.writeUInt32LE(2, 24);
    central.writeUInt16LE(name.length, 28);
    const cdOffset = local.length + name.length + data.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(cdOffset, 16);
    return Buffer.concat([local, name, data, central, name, end]);
  }

  test('sets every entry to 1980-01-01 00:00 and leaves the content alone', () => {
    const fixed = Buffer.from(fixZipTimes(storedZip()));
    assert.equal(fixed.readUInt16LE(10), 0);
    assert.equal(fixed.readUInt16LE(12), 33);
    const cd = fixed.readUInt32LE(fixed.length - 6);
    assert.equal(fixed.readUInt16LE(cd + 12), 0);
    assert.equal(fixed.readUInt16LE(cd + 14), 33);
    assert.equal(unzip(fixed).get('a.txt')?.toString(), 'hi');
  });

  test('refuses bytes that are not a ZIP archive', () => {
    assert.throws(() => fixZipTimes(new Uint8Array(40)), /not a ZIP archive/);
  });
});
