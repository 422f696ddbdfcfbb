/**
 * The reader for each format. A format without a reader here is reported as unsupported, never read wrongly.
 */
import type { Reader } from './reader.js';
import { readBibtex } from './readers/bibtex.js';
import { readCslJson } from './readers/csljson.js';
import { readCsv } from './readers/csv.js';
import { readEndnoteXml } from './readers/endnote-xml.js';
import { readJsonl } from './readers/jsonl.js';
import { readMedline } from './readers/medline.js';
import { readPubmedXml } from './readers/pubmed-xml.js';
import { readRis } from './readers/ris.js';
import { readWos } from './readers/wos.js';
import { readWosTab } from './readers/wos-tab.js';
import type { Format } from './record.js';

export const READERS: Partial<Record<Format, Reader>> = {
  bibtex: readBibtex,
  csljson: readCslJson,
  csv: readCsv,
  'endnote-xml': readEndnoteXml,
  jsonl: readJsonl,
  medline: readMedline,
  'pubmed-xml': readPubmedXml,
  ris: readRis,
  wos: readWos,
  'wos-tab': readWosTab,
};
