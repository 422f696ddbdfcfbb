/**
 * Format detection from content, not only the extension: the first few kilobytes of decoded text are matched against
 * each format's signature. The extension breaks ties only where content is ambiguous (a CSV that could be TSV).
 */
import type { Format } from './record.js';

/**
 * @example
 * detectFormat('TY  - JOUR\nTI  - Magnesium for cramps\nER  - \n'); // → 'ris'
 */
export function detectFormat(head: string, fileName = ''): Format | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const ext = /\.([a-z0-9]+)(?:\.gz)?$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (text.startsWith('<') || text.startsWith('<?xml')) {
    if (/<(PubmedArticleSet|PubmedArticle|MedlineCitationSet|PubmedBookArticle)[\s>]/.test(text)) return 'pubmed-xml';
    if (/<xml>\s*<records>|<records>\s*<record>/.test(text)) return 'endnote-xml';
    return undefined;
  }
  // Evidens' own record lines: one BibRecord object per line.
  if (/^\{"id":/.test(text)) return 'jsonl';
  if (text.startsWith('[') || text.startsWith('{')) return 'csljson';
  if (/^(PMID|PMC|OWN|STAT|TI|AU|FAU)- /m.test(text) && /^PMID- /m.test(text)) return 'medline';
  if (/^(FN |VR |PT [A-Z]\r?\n|PT J)/m.test(text) && /^(AU|TI|SO|UT) /m.test(text)) return 'wos';
  if (/^[A-Z][A-Z0-9] {2}- /m.test(text)) return 'ris';
  if (/^\s*@[a-zA-Z]+\s*[{(]/m.test(text)) return 'bibtex';
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (/^PT\t/.test(firstLine) && /\tTI\t|\tAU\t/.test(firstLine)) return 'wos-tab';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt' || /[,;\t]/.test(firstLine)) {
    if (/title/i.test(firstLine)) return 'csv';
  }
  return undefined;
}
