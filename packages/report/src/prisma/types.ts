import type { Lang } from '../format.js';

/** A named count: a database, register or other source with its records, or an exclusion reason with its reports. */
export interface NamedCount {
  name: string;
  n: number;
}

/** Identification via other methods (websites, organisations, citation searching, …), the template's right half. */
export interface PrismaOtherMethods {
  sources: readonly NamedCount[];
  soughtForRetrieval: number;
  notRetrieved: number;
  assessed: number;
  excludedReports: readonly NamedCount[];
}

/**
 * The counts of the PRISMA 2020 flow diagram for new systematic reviews (Page et al. 2021, BMJ 372:n71, figure 1),
 * as plain numbers: the figure draws them as given and does not check that they add up.
 */
export interface PrismaInput {
  lang?: Lang;
  /** Records identified per database. */
  databases: readonly NamedCount[];
  /** Records identified per register (trial registers). */
  registers?: readonly NamedCount[];
  removedBeforeScreening: { duplicates: number; automation?: number; other?: number };
  screened: number;
  /** Records excluded at title and abstract screening. */
  excluded: number;
  soughtForRetrieval: number;
  notRetrieved: number;
  assessed: number;
  /** Reports excluded after full-text assessment, by reason. */
  excludedReports: readonly NamedCount[];
  included: { studies: number; reports: number };
  otherMethods?: PrismaOtherMethods;
  title?: string;
}
