/**
 * The points each kind of evidence adds to a pair's score. They are set in the spirit of the Fellegi–Sunter model
 * (J Am Stat Assoc 64:1183, 1969), where a field that agrees adds log(m/u) and one that disagrees adds
 * log((1 − m)/(1 − u)): agreement on a rare value (a DOI, a first page) is worth much, and disagreement on a value that
 * is usually copied right (the year, the first page) costs much, while a field that exports often garble (the journal
 * name, the issue) moves the score little either way. The values were chosen by reasoning about how exports differ and
 * then checked, once for all three sets, on the labelled sets of Rathbone et al. (2015) and bib-dedupe's special cases.
 */
export const WEIGHTS = {
  /** Identifiers: the same DOI or PMID is near-proof; two different ones are strong evidence of two records. */
  idEqual: 12,
  /** The same DOI or PMID on records whose titles disagree or of which one is a notice (an erratum, a reply). */
  idEqualDoubtful: 2,
  idConflict: -10,
  /** Title similarity s → points, linear between these knots (s, points). */
  titleKnots: [
    [0.4, -14],
    [0.6, -8],
    [0.75, -2],
    [0.85, 3],
    [0.92, 7],
    [0.97, 9],
    [1, 10],
  ] as const,
  /** Lower bound on the title's points when one title contains every word of the other. */
  titleContained: 4,
  /** Titles with different numbers ("part 1"/"part 2", "HPV16"/"HPV18"). */
  titleNumbers: -6,
  /** Per content word exchanged for an unrelated one ("adult"/"adolescent"), for up to two words. */
  titleWordExchanged: -4,
  titleWordExchangedMax: 2,
  /** One record is an erratum, reply, comment or retraction and the other is not (or is another kind of notice). */
  notice: -10,
  /** An erratum whose title cites the article's volume and page, or an article whose title cites its erratum's. */
  noticeLinked: 12,
  firstAuthorEqual: 2,
  firstAuthorConflict: -3,
  /** All authors of the shorter list found in the longer: 1 point plus 1 per author matched, up to 3. */
  authorsAllBase: 1,
  authorsAllPerAuthor: 1,
  authorsAllMax: 3,
  /** At least half found. */
  authorsMost: 1,
  /** Less than a third found, with two or more authors on each side. */
  authorsConflict: -5,
  yearEqual: 2,
  /** One year apart (online and print publication, a database's date of entry): neither for nor against. */
  yearClose: 0,
  yearConflict: -8,
  journalEqual: 2,
  journalAbbreviation: 1.5,
  journalConflict: -1.5,
  volumeEqual: 2,
  volumeConflict: -5,
  issueEqual: 1,
  issueConflict: -2,
  pageEqual: 3,
  /** The last page too, of a range of more than one page (a second field that agrees). */
  lastPageEqual: 2,
  /** Volume, issue and page numbers that agree but sit in different fields (an export that shifted its columns). */
  locatorsShifted: 2,
  /** The same page number, with a letter prefix on one side only ("c37" and "37"). */
  pageSimilar: 2,
  pageConflict: -6,
  /** A journal article against a conference paper, a book chapter against a thesis. */
  kindConflict: -3,
} as const;

/**
 * Points for a title similarity, interpolated linearly between the knots of `WEIGHTS.titleKnots`.
 * @example
 * titlePoints(1);    // → 10
 * titlePoints(0.95); // → 8.2
 * titlePoints(0.2);  // → -14
 */
export function titlePoints(similarity: number): number {
  const knots = WEIGHTS.titleKnots;
  if (similarity <= knots[0][0]) return knots[0][1];
  for (let k = 1; k < knots.length; k++) {
    const [x1, y1] = knots[k];
    if (similarity <= x1) {
      const [x0, y0] = knots[k - 1];
      return y0 + ((similarity - x0) / (x1 - x0)) * (y1 - y0);
    }
  }
  return knots[knots.length - 1][1];
}
