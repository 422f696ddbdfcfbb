/**
 * Every conversion returns the numbers it derived together with a record of how: a stable `method` name for
 * programs and a `description` sentence for people, so a report can state exactly what was done to each study.
 */

/** Stable names of the conversion methods; each result carries one of them. */
export type ConversionMethod =
  | 'ci-normal'
  | 'ci-t'
  | 'ratio-ci-normal'
  | 'ratio-ci-t'
  | 'p-normal'
  | 'p-t'
  | 'ratio-p-normal'
  | 'ratio-p-t'
  | 'sd-from-se'
  | 'sd-from-difference-se'
  | 'sd-from-mean-ci-normal'
  | 'sd-from-mean-ci-t'
  | 'wan2014-range'
  | 'wan2014-iqr'
  | 'wan2014-range-iqr'
  | 'luo2018-range'
  | 'luo2018-iqr'
  | 'luo2018-range-iqr'
  | 'luo2018-wan2014-range'
  | 'luo2018-wan2014-iqr'
  | 'luo2018-wan2014-range-iqr';

/** What every conversion result records about itself. */
export interface Conversion<M extends ConversionMethod = ConversionMethod> {
  /** Machine-readable name of the method used; stable, so reports and audit trails can rely on it. */
  method: M;
  /** One sentence saying what was computed, with the formula and its source. */
  description: string;
}
