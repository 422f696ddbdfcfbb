/**
 * The reader for each format. A format without a reader here is reported as unsupported, never read wrongly.
 */
import type { Reader } from './reader.js';
import { readJsonl } from './readers/jsonl.js';
import { readMedline } from './readers/medline.js';
import { readRis } from './readers/ris.js';
import type { Format } from './record.js';

export const READERS: Partial<Record<Format, Reader>> = {
  jsonl: readJsonl,
  medline: readMedline,
  ris: readRis,
};
