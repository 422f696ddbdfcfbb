/**
 * Every word of the report document that does not come from the review folder, as one table per language
 * (`en.ts`, `da.ts`). Numbers reach these functions already formatted for the language, so a table holds words and
 * word order only.
 */
import type { Certainty, Design, EffectMeasure, Importance, Model, RobJudgement, SearchKind } from '@evidens/review';

/** What the selection paragraph says about screening.csv. */
export interface SelectionFacts {
  /** Reviewers other than "consensus", in order of first appearance. */
  reviewers: string[];
  /** Records settled by a consensus row. */
  consensus: number;
  /** Whether any record was removed before screening (duplicates, automation tools). */
  removedBeforeScreening: boolean;
  /** Whether any full-text decision is recorded. */
  fullText: boolean;
}

/** The PRISMA counts as the results paragraph uses them; numbers are formatted. */
export interface PrismaFacts {
  identified: string;
  /** Records identified through other methods; absent when there were none. */
  other?: string;
  duplicates: string;
  /** Records removed by automation tools or for other reasons; absent when none. */
  otherRemoved?: string;
  screened: string;
  excluded: string;
  sought: string;
  notRetrieved: string;
  assessed: string;
  excludedReports: string;
  /** "Wrong population (1)"; empty when no report was excluded. */
  reasons: string[];
  studies: string;
  reports: string;
}

/** A pooled result in words; numbers are formatted. */
export interface PooledFacts {
  measure: string;
  estimate: string;
  lower: string;
  upper: string;
  level: string;
  /** "P = 0.64". */
  p: string;
  /** "z" or "t". */
  statistic: string;
  value: string;
}

export interface DocLabels {
  sections: Record<
    'background' | 'objective' | 'methods' | 'results' | 'certainty' | 'discussion' | 'conclusion' | 'references',
    string
  >;
  /** "Figure 3", "Table 2", the table of contents' title. */
  figureNo: (n: number) => string;
  tableNo: (n: number) => string;
  contents: string;
  /** "Report made on 26 November 2026". */
  madeOn: (date: string) => string;
  notGiven: (what: string, file: string) => string;
  /** Names of the things `notGiven` may miss. */
  missing: { background: string; objective: string; conclusion: string; question: string };

  pico: { population: string; intervention: string; comparator: string; outcomes: string };
  importance: Record<Importance, string>;
  designs: Record<Design, string>;
  /** "3 parallel trials". */
  designCounts: Record<Design, (n: string) => string>;
  searchKinds: Record<SearchKind, string>;
  /** "6 records". */
  records: (n: string) => string;
  /** "3 studies". */
  studies: (n: string) => string;
  /** "228 participants". */
  participants: (n: string) => string;
  /** "95% CI −0.93 to 0.58". */
  interval: (level: string, lower: string, upper: string) => string;
  /** A list in prose: "a, b and c". */
  and: (items: string[]) => string;

  methods: {
    eligibility: string;
    designs: string;
    include: string;
    exclude: string;
    searches: string;
    searchIntro: (sources: string) => string;
    /** "PubMed (database), 15 January 2014: 6 records". */
    search: (source: string, kind: string, date: string, records: string) => string;
    query: string;
    selection: string;
    selectionText: (facts: SelectionFacts) => string;
    extraction: string;
    extractionIntro: string;
    allAsReported: string;
    /** "Beta 2002 (Cramps per week)". */
    conversionFor: (study: string, outcome: string) => string;
    riskOfBias: string;
    robText: string;
    robCounts: (results: string, crossover: string) => string;
    synthesis: string;
    /** "Cramps per week: mean difference (MD), random-effects model, …". */
    analysisText: (outcome: string, measure: string, model: string, tau2: string | undefined, test: string) => string;
    models: Record<Model, string>;
    tau2Methods: Record<string, string>;
    tests: { z: string; knha: string };
    heterogeneity: (level: string) => string;
    subgroups: (key: string) => string;
    correlation: (r: string) => string;
    sensitivity: string;
    leaveOneOut: string;
    funnel: string;
    grade: string;
    informationSize: string;
  };

  measures: Record<EffectMeasure, string>;

  results: {
    search: string;
    prismaText: (facts: PrismaFacts) => string;
    unresolved: (n: string) => string;
    prismaCaption: string;
    included: string;
    includedText: (studies: string, randomised: string, designs: string) => string;
    characteristicsCaption: string;
    characteristicsHeader: [string, string, string, string, string, string, string];
    randomisedAnalysed: (randomised: string | undefined, analysed: string | undefined) => string;
    periods: (length: string | undefined, washout: string | undefined) => string;
    placebo: (content: string) => string;
    funding: (text: string) => string;
    riskOfBias: string;
    robFor: (outcome: string) => string;
    trafficLightCaption: (outcome: string) => string;
    robSummaryCaption: (outcome: string) => string;
    robJudgements: Record<RobJudgement, string>;
    override: (study: string, domain: string, judgement: string, proposed: string, reason: string) => string;
    incomplete: (study: string, questions: string) => string;
    notAssessed: (studies: string) => string;
    noRob: string;
    pooled: (k: string, participants: string | undefined, facts: PooledFacts) => string;
    heterogeneity: (tau2: string | undefined, i2: string, q: string, df: string, p: string) => string;
    prediction: (lower: string, upper: string) => string;
    subgroup: (name: string, k: string, estimate: string, lower: string, upper: string) => string;
    subgroupTest: (chi2: string, df: string, p: string, i2: string) => string;
    leftOut: (studies: string) => string;
    notFitted: string;
    forestCaption: (analysis: string) => string;
    funnelCaption: (analysis: string) => string;
    egger: (t: string, p: string) => string;
    sensitivityCaption: (analysis: string) => string;
    sensitivityHeader: [string, string, string, string];
    mainAnalysis: string;
    planned: string;
    correlationGroup: (studies: string) => string;
    correlationRow: (r: string) => string;
    leaveOneOutGroup: string;
    without: (study: string) => string;
  };

  certainty: {
    intro: (intervention: string, comparator: string, population: string) => string;
    caption: string;
    header: [string, string, string, string, string, string, string];
    names: Record<Certainty, string>;
    perThousand: (n: string) => string;
    /** "0.18 lower", "53 more per 1000". */
    higher: (x: string) => string;
    lower: (x: string) => string;
    more: (x: string) => string;
    fewer: (x: string) => string;
    range: (from: string, to: string) => string;
    /** A note for an outcome whose intervention risk was capped at 1000 per 1000. */
    capped: (outcome: string) => string;
    assumedSource: (outcome: string, source: string) => string;
    comparatorMean: string;
    comparatorRisk: string;
    downgraded: (levels: number) => string;
    upgraded: (levels: number) => string;
    domains: Record<string, string>;
    abbreviations: string;
    definitions: string;
    pending: (outcome: string, domains: string) => string;
    /** GRADE reasons written from the numbers of a proposal. */
    reasons: {
      riskOfBias: (high: string, some: string, low: string, none: string | undefined) => string;
      inconsistency: (stats: string, serious: 'serious' | 'very-serious') => string;
      imprecisionBoth: (ci: string, mid: string) => string;
      imprecisionCrosses: (ci: string, threshold: string) => string;
      imprecisionNoMid: (ci: string) => string;
      imprecisionOis: (ci: string, n: string, ois: string) => string;
      publicationBias: (t: string, p: string, k: string) => string;
      largeEffect: (ratio: string, veryLarge: boolean) => string;
      /** "95% CI MD −0.93 to 0.58". */
      ci: (level: string, measure: string, lower: string, upper: string) => string;
      predictionInterval: (lower: string, upper: string) => string;
    };
  };

  discussion: {
    mainFindings: string;
    finding: (outcome: string, k: string, participants: string, pooled: string, certainty: string) => string;
    includesNoEffect: string;
    excludesNoEffect: string;
    participantsInAll: (n: string, k: string, atLeast: boolean) => string;
    informationSize: string;
    required: (outcome: string, mid: string, basis: string, required: string, perGroup: string) => string;
    sdBasis: (sd: string) => string;
    riskBasis: (risk: string) => string;
    adjusted: (d2: string, required: string) => string;
    reached: (accrued: string, percent: string) => string;
    shortfall: (n: string) => string;
    enough: string;
    noMid: (outcome: string) => string;
    strengths: string;
    robShare: (outcome: string, low: string) => string;
    conversions: (n: string, k: string) => string;
    correlationRange: (outcome: string, from: string, to: string) => string;
    leaveOneOutRange: (outcome: string, from: string, to: string) => string;
  };

  conclusion: {
    certaintyIntro: string;
    certaintyLine: (outcome: string, symbols: string, name: string) => string;
  };

  references: {
    noReference: (study: string) => string;
  };
}
