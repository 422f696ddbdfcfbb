/** What the effect-size pipeline produces for each study of an analysis. */
import type { DataShape } from '../model/outcome-data.js';
import type { Design, EffectMeasure } from '../model/protocol.js';

/** One step from reported numbers to analysable ones. */
export interface ConversionNote {
  /** What the step applies to: "intervention", "comparator", "effect", "paired", or "sequence <id>". */
  part: string;
  /** Stable method name (the engine's, e.g. "luo2018-wan2014-iqr", or "as-reported"). */
  method: string;
  /** A short sentence a report can use: "mean and SD estimated from the median and IQR (Luo et al. 2018; Wan et al. 2014)". */
  summary: string;
  /** The engine's full description, with the formula and its source. */
  detail: string;
}

/** A study's effect size and sampling variance for one analysis, with how they were obtained. */
export interface StudyEffect {
  study: string;
  /** The study's label ("Frusso 1999"). */
  label: string;
  design: Design;
  /** Which shape of data.yaml entry it came from. */
  shape: DataShape;
  measure: EffectMeasure;
  /** Effect size on the analysis scale: ln(RR) and ln(OR) for ratios, the difference otherwise. */
  yi: number;
  /** Sampling variance of yi. */
  vi: number;
  /** Participants contributing (a crossover's participants counted once); undefined when not reported. */
  n: number | undefined;
  /** Participants per group in a parallel trial, when known. */
  nIntervention?: number;
  nComparator?: number;
  /** Events per group, for binary outcomes reported as events and n. */
  eventsIntervention?: number;
  eventsComparator?: number;
  /** Mean of the comparator group (continuous outcomes reported per arm), for the summary of findings. */
  comparatorMean?: number;
  /** SD of the comparator group, for information size. */
  comparatorSd?: number;
  /** Within-person correlation used for a crossover reported per treatment or per sequence. */
  correlation?: number;
  /** Whether that correlation is the entry's own (known for the trial) or the analysis's assumption. */
  correlationSource?: 'entry' | 'analysis';
  /** The steps taken, in order; empty when the data were used as reported. */
  conversions: ConversionNote[];
  /** One sentence on how the effect was obtained, for a report's table of study data. */
  summary: string;
  warnings: string[];
}
