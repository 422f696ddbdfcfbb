/** The methods section, in the order PRISMA 2020 items 5–15 ask for them. */
import type { SectionContext } from '../context.js';
import type { Section } from '../types.js';
import { extractionBlocks, robMethodBlocks, synthesisBlocks } from './methods-analysis.js';
import { eligibilityBlocks, searchBlocks, selectionBlocks } from './methods-search.js';

export function methodsSection(ctx: SectionContext): Section {
  return {
    id: 'methods',
    title: ctx.l.sections.methods,
    blocks: [
      ...eligibilityBlocks(ctx),
      ...searchBlocks(ctx),
      ...selectionBlocks(ctx),
      ...extractionBlocks(ctx),
      ...robMethodBlocks(ctx),
      ...synthesisBlocks(ctx),
    ],
  };
}
