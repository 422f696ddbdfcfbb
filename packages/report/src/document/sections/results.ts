/** The results section: the search, the included studies, risk of bias, then each planned analysis. */
import type { SectionContext } from '../context.js';
import type { Section } from '../types.js';
import { analysisBlocks } from './results-analysis.js';
import { robResultBlocks } from './results-rob.js';
import { searchResultBlocks } from './results-search.js';
import { includedStudyBlocks } from './results-studies.js';

export function resultsSection(ctx: SectionContext): Section {
  return {
    id: 'results',
    title: ctx.l.sections.results,
    blocks: [
      ...searchResultBlocks(ctx),
      ...includedStudyBlocks(ctx),
      ...robResultBlocks(ctx),
      ...ctx.data.analyses.flatMap((a) => analysisBlocks(a, ctx)),
    ],
  };
}
