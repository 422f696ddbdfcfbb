/**
 * The numbered reference list in Vancouver style (ICMJE; Patrias, Citing Medicine, 2nd ed.): authors (six, then
 * "et al."), title, source, and the identifiers, one entry per report of an included study, numbered in the order
 * the studies are listed in studies.yaml, which is the order they are first cited in the report.
 */
import type { Review, Study, StudyReference } from '@evidens/review';
import type { DocLabels } from './labels/index.js';

export interface ReferenceList {
  /** The entries, in number order (entry i has number i + 1). */
  entries: string[];
  /** Reference numbers of each study, by study id. */
  byStudy: Map<string, number[]>;
}

const MAX_AUTHORS = 6;

/** "Frusso R, Zárate M, Augustovski F, Rubinstein A." */
export function vancouverAuthors(authors: readonly string[]): string {
  if (authors.length === 0) return '';
  const shown = authors.length > MAX_AUTHORS ? [...authors.slice(0, MAX_AUTHORS), 'et al'] : authors;
  return `${shown.join(', ')}.`;
}

const stop = (s: string) => (/[.?!]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * One entry: "Frusso R, Zárate M. Magnesium for … trial. J Fam Pract 1999;48(11):868-71. doi:… PMID: 10907623."
 * Without a citation, the study's year stands for the source.
 */
export function vancouverEntry(study: Study, ref: StudyReference): string {
  const parts = [
    vancouverAuthors(study.authors),
    study.title ? stop(study.title) : '',
    stop(ref.citation ?? String(study.year)),
    ref.doi ? `doi:${ref.doi}.` : '',
    ref.pmid ? `PMID: ${ref.pmid}.` : '',
    ref.registry ? `${ref.registry}.` : '',
  ];
  return parts.filter((p) => p !== '').join(' ');
}

/** The reference list of the review's included studies. */
export function referenceList(review: Review, l: DocLabels): ReferenceList {
  const entries: string[] = [];
  const byStudy = new Map<string, number[]>();
  for (const study of review.studies) {
    const refs: StudyReference[] = study.references;
    const texts =
      refs.length > 0
        ? refs.map((r) => vancouverEntry(study, r))
        : [
            study.authors.length > 0 || study.title
              ? vancouverEntry(study, { records: [] })
              : l.references.noReference(study.label),
          ];
    byStudy.set(
      study.id,
      texts.map((t) => entries.push(t)),
    );
  }
  return { entries, byStudy };
}

/** "[1]" or "[2, 3]" for a study; empty when it has no entry. */
export function citation(list: ReferenceList, studyId: string): string {
  const numbers = list.byStudy.get(studyId) ?? [];
  return numbers.length === 0 ? '' : `[${numbers.join(', ')}]`;
}
