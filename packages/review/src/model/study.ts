/** The characteristics of an included study (studies.yaml), one entry per study. */
import type { Location } from '../issues.js';
import type { Design } from './protocol.js';

export const ARM_ROLES = ['intervention', 'comparator'] as const;
export type ArmRole = (typeof ARM_ROLES)[number];

/** A randomised group (parallel trial) or a treatment (crossover trial). */
export interface Arm {
  id: string;
  name: string;
  role: ArmRole;
  /** Participants randomised to the arm (parallel trials). */
  randomised?: number;
  /** Participants analysed in the arm (for a crossover, those with data under this treatment). */
  analysed?: number;
}

/** A treatment sequence of a crossover trial, e.g. magnesium then placebo. */
export interface Sequence {
  id: string;
  /** Arm ids in the order given. */
  order: string[];
  randomised?: number;
  analysed?: number;
}

/** How the intervention was given. */
export interface Intervention {
  agent: string;
  /** Salt or formulation ("citrate", "lactate and citrate", "bisglycinate chelate"). */
  salt?: string;
  /** Dose as reported, with the elemental amount where known ("900 mg citrate (100 mg elemental)"). */
  dose?: string;
  route?: string;
  schedule?: string;
  duration?: string;
  description?: string;
}

/** The comparator, and what a placebo contained. */
export interface Comparator {
  description: string;
  /** What the placebo was made of, or "not reported". */
  placeboContent?: string;
}

/** Crossover design details. */
export interface CrossoverDetails {
  sequences: Sequence[];
  periodLength?: string;
  washout?: string;
}

/** A report of the study (article, registry entry, thesis). */
export interface StudyReference {
  citation?: string;
  pmid?: string;
  doi?: string;
  /** Trial registry id ("NCT00963638", "ISRCTN03989660"). */
  registry?: string;
  /** Ids of the records in records/ that are reports of this study. */
  records: string[];
}

/** One included study. */
export interface Study {
  id: string;
  /** Short label as reviews cite it ("Frusso 1999"). */
  label: string;
  year: number;
  authors: string[];
  title?: string;
  design: Design;
  country?: string;
  setting?: string;
  population: string;
  inclusion: string[];
  exclusion: string[];
  /** Participants randomised, all arms together. */
  randomised?: number;
  /** Participants analysed, all arms together (for a crossover, participants contributing both periods). */
  analysed?: number;
  arms: Arm[];
  crossover?: CrossoverDetails;
  intervention: Intervention;
  comparator: Comparator;
  /** Outcomes the trial measured, as the report names them. */
  outcomes: string[];
  funding?: string;
  conflicts?: string;
  notes?: string;
  /** Values used to form subgroups, e.g. { population: "pregnancy" }. */
  subgroups: Record<string, string>;
  references: StudyReference[];
  /** Where the item was read from; absent for items built in code. */
  at?: Location;
}
