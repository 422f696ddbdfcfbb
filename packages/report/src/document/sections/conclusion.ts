/** The conclusion: the reviewers' words from review.yaml, and the certainty GRADE gives each outcome. */
import { list, para, paragraphs } from '../blocks.js';
import { analysisName, type SectionContext } from '../context.js';
import { certaintySymbols } from '../grade-text.js';
import type { Block, Section } from '../types.js';

export function conclusionSection(ctx: SectionContext): Section {
  const { review, l } = ctx;
  const blocks: Block[] = review.conclusion
    ? paragraphs(review.conclusion)
    : [para(l.notGiven(l.missing.conclusion, 'review.yaml'))];
  const lines = ctx.data.analyses.flatMap((a) =>
    a.sof
      ? [
          [
            l.conclusion.certaintyLine(
              analysisName(a),
              certaintySymbols(a.sof.certainty),
              l.certainty.names[a.sof.certainty],
            ),
          ],
        ]
      : [],
  );
  if (lines.length > 0) blocks.push(para(l.conclusion.certaintyIntro), list(lines));
  return { id: 'conclusion', title: l.sections.conclusion, blocks };
}
