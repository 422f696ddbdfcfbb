/**
 * A review folder's content as plain data, before validation: what a database keeps, and what is written back out
 * as a folder. Each list item is the plain JSON of one YAML list item, as the `yaml` package's `toJS()` gives it.
 */

/** The YAML files whose content is one list, with the key of that list. */
export const LIST_FILES = {
  'studies.yaml': 'studies',
  'data.yaml': 'data',
  'rob.yaml': 'assessments',
  'grade.yaml': 'outcomes',
} as const;

/** studies.yaml, data.yaml, rob.yaml or grade.yaml. */
export type ListFile = keyof typeof LIST_FILES;

/** The files of a review folder that hold the review's content (records/ aside), in reading order. */
export const REVIEW_FILES = [
  'review.yaml',
  'screening.csv',
  'studies.yaml',
  'data.yaml',
  'rob.yaml',
  'grade.yaml',
] as const;

/** One of {@link REVIEW_FILES}. */
export type ReviewFile = (typeof REVIEW_FILES)[number];

/** The raw content of a review folder: every value as the files hold it, nothing validated or defaulted. */
export interface RawReviewParts {
  /** review.yaml as a map; undefined when the folder has none (or it is not a map, which is an issue). */
  protocol: Record<string, unknown> | undefined;
  /** The items of `studies:` in studies.yaml, in file order. */
  studies: unknown[];
  /** The items of `data:` in data.yaml. */
  data: unknown[];
  /** The items of `assessments:` in rob.yaml. */
  rob: unknown[];
  /** The items of `outcomes:` in grade.yaml. */
  grade: unknown[];
  /** The rows of screening.csv, in file order, as column → cell; cells are trimmed and empty cells left out. */
  screening: Record<string, string>[];
  /** The header of screening.csv, trimmed, in its order; [] when there is no such file. */
  screeningColumns: string[];
  /**
   * Top-level fields of the list files other than the list (the loader reports them as unknown fields), and the
   * list key itself when its value is not a list, so that nothing in the files is lost.
   */
  extra: Partial<Record<ListFile, Record<string, unknown>>>;
  /**
   * The files the folder had, in {@link REVIEW_FILES} order. A file named here is written even when it has no
   * content; when left out, files are written only when they have content.
   */
  present?: ReviewFile[];
}

/**
 * Parts with nothing in them: the start for a review built up item by item.
 *
 * @example
 * writeReviewFiles({ ...emptyParts(), protocol: { title: 'T', language: 'en', outcomes: [] } });
 * // Map { 'review.yaml' => 'title: T\nlanguage: en\noutcomes: []\n' }
 */
export function emptyParts(): RawReviewParts {
  return {
    protocol: undefined,
    studies: [],
    data: [],
    rob: [],
    grade: [],
    screening: [],
    screeningColumns: [],
    extra: {},
  };
}

/** The field of {@link RawReviewParts} that holds each list file's items. */
export const PART_OF: Record<ListFile, 'studies' | 'data' | 'rob' | 'grade'> = {
  'studies.yaml': 'studies',
  'data.yaml': 'data',
  'rob.yaml': 'rob',
  'grade.yaml': 'grade',
};
