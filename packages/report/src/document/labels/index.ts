/** The report's label table for a language. */
import { oneOf } from '../../errors.js';
import { LANGS, type Lang } from '../../format.js';
import { da } from './da.js';
import { en } from './en.js';
import type { DocLabels } from './types.js';

export type { DocLabels, PooledFacts, PrismaFacts, SelectionFacts } from './types.js';

const TABLES: Record<Lang, DocLabels> = { da, en };

/**
 * @example
 * docLabels('da').sections.methods; // → 'Metode'
 */
export function docLabels(lang: Lang): DocLabels {
  return TABLES[oneOf('lang', lang, LANGS)];
}
