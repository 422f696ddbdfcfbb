/** The data entries an analysis uses: its outcome, comparison, time point and studies; one result per study. */
import { type ReviewIssue, reviewIssue } from '../issues.js';
import type { OutcomeData } from '../model/outcome-data.js';
import type { Analysis } from '../model/protocol.js';
import type { Review } from '../model/review.js';

/**
 * Entries for the analysis, at most one per study. A study with several matching entries (different time points
 * when the analysis names none) is left out with an issue, since picking one silently would be a choice.
 */
export function selectData(review: Review, analysis: Analysis, issues: ReviewIssue[]): OutcomeData[] {
  const single = review.comparisons.length <= 1;
  const matching = review.data.filter(
    (d) =>
      d.outcome === analysis.outcome &&
      (d.comparison === analysis.comparison || (d.comparison === undefined && single)) &&
      (analysis.timepoint === undefined || d.timepoint === analysis.timepoint) &&
      (analysis.studies === undefined || analysis.studies.includes(d.study)),
  );
  const byStudy = new Map<string, OutcomeData[]>();
  for (const entry of matching) byStudy.set(entry.study, [...(byStudy.get(entry.study) ?? []), entry]);
  const out: OutcomeData[] = [];
  for (const [study, entries] of byStudy) {
    if (entries.length === 1) {
      out.push(entries[0]);
      continue;
    }
    const times = entries.map((e) => e.timepoint ?? 'none').join(', ');
    issues.push(
      reviewIssue(
        'inconsistent',
        entries[1].at ?? { file: 'data.yaml', path: '' },
        `gives a second result of study ${study} for analysis ${analysis.id} (timepoints ${times}); set timepoint on the analysis`,
      ),
    );
  }
  return out;
}
