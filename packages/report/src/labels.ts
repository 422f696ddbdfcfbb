/**
 * The words in the figures, in Danish and English. Figures take `lang` and look their words up here; nothing else in
 * the package holds display text. Danish follows Danish usage: "KI" for confidence interval, "95 %" with a space.
 */
import { oneOf } from './errors.js';
import { LANGS, type Lang } from './format.js';

export interface Labels {
  /** Accessible names of the figures. */
  figures: { forest: string; funnel: string; trafficLight: string; robSummary: string; prisma: string };
  /** "13 studies". */
  studies: (k: number) => string;
  studyOrSubgroup: string;
  experimental: string;
  control: string;
  events: string;
  total: string;
  mean: string;
  sd: string;
  weight: string;
  /** "Subtotal (95% CI)" for a level. */
  subtotal: (level: number) => string;
  /** "Total (95% CI)" for a level. */
  overallTotal: (level: number) => string;
  /** "95% CI". */
  ci: (level: number) => string;
  totalEvents: string;
  predictionInterval: string;
  heterogeneity: string;
  overallEffect: string;
  subgroupDifferences: string;
  favours: (arm: string) => string;
  /** The arms as words inside a sentence ("Favours experimental"). */
  armNouns: { experimental: string; control: string };
  riskOfBias: string;
  riskOfBiasLegend: string;
  /** Method part of the forest plot's column header, as "IV, Random". */
  methods: Record<'IV-fixed' | 'IV-random' | 'MH-fixed' | 'Peto-fixed', string>;
  measures: Record<'RR' | 'OR' | 'RD' | 'PETO' | 'MD' | 'SMD' | 'ROM' | 'HR' | 'PR' | 'PLO' | 'ZCOR' | 'GEN', string>;
  /** Funnel plot. */
  standardError: string;
  funnel: {
    pGt10: string;
    p10: string;
    p05: string;
    p01: string;
    observed: string;
    filled: string;
    pooled: string;
    pseudoCi: string;
    logScale: string;
  };
  /** Risk-of-bias figures. */
  rob: {
    domains: string;
    judgement: string;
    study: string;
    overall: string;
    low: string;
    someConcerns: string;
    high: string;
    noInformation: string;
    weighted: string;
    unweighted: string;
    domainNames: Record<'D1' | 'DS' | 'D2' | 'D3' | 'D4' | 'D5' | 'Overall', string>;
  };
}

const en: Labels = {
  figures: {
    forest: 'Forest plot',
    funnel: 'Contour-enhanced funnel plot',
    trafficLight: 'Risk of bias: traffic-light plot',
    robSummary: 'Risk of bias: summary plot',
    prisma: 'PRISMA 2020 flow diagram',
  },
  studies: (k) => `${k} ${k === 1 ? 'study' : 'studies'}`,
  studyOrSubgroup: 'Study or Subgroup',
  experimental: 'Experimental',
  control: 'Control',
  events: 'Events',
  total: 'Total',
  mean: 'Mean',
  sd: 'SD',
  weight: 'Weight',
  subtotal: (level) => `Subtotal (${level}% CI)`,
  overallTotal: (level) => `Total (${level}% CI)`,
  ci: (level) => `${level}% CI`,
  totalEvents: 'Total events',
  predictionInterval: 'Prediction interval',
  heterogeneity: 'Heterogeneity',
  overallEffect: 'Test for overall effect',
  subgroupDifferences: 'Test for subgroup differences',
  favours: (arm) => `Favours ${arm}`,
  armNouns: { experimental: 'experimental', control: 'control' },
  riskOfBias: 'Risk of Bias',
  riskOfBiasLegend: 'Risk of bias legend',
  methods: {
    'IV-fixed': 'IV, Fixed',
    'IV-random': 'IV, Random',
    'MH-fixed': 'M-H, Fixed',
    'Peto-fixed': 'Peto, Fixed',
  },
  measures: {
    RR: 'Risk Ratio',
    OR: 'Odds Ratio',
    RD: 'Risk Difference',
    PETO: 'Peto Odds Ratio',
    MD: 'Mean Difference',
    SMD: 'Std. Mean Difference',
    ROM: 'Ratio of Means',
    HR: 'Hazard Ratio',
    PR: 'Proportion',
    PLO: 'Log Odds',
    ZCOR: "Fisher's z",
    GEN: 'Effect',
  },
  standardError: 'Standard error',
  funnel: {
    pGt10: 'p > 0.10',
    p10: '0.05 < p ≤ 0.10',
    p05: '0.01 < p ≤ 0.05',
    p01: 'p ≤ 0.01',
    observed: 'Studies',
    filled: 'Filled studies',
    pooled: 'Pooled estimate',
    pseudoCi: 'Pseudo 95% confidence limits',
    logScale: 'log scale',
  },
  rob: {
    domains: 'Risk of bias domains',
    judgement: 'Judgement',
    study: 'Study',
    overall: 'Overall',
    low: 'Low',
    someConcerns: 'Some concerns',
    high: 'High',
    noInformation: 'No information',
    weighted: "bars weighted by the studies' weights in the meta-analysis",
    unweighted: 'each study counts once',
    domainNames: {
      D1: 'Bias arising from the randomization process',
      DS: 'Bias arising from period and carryover effects',
      D2: 'Bias due to deviations from intended interventions',
      D3: 'Bias due to missing outcome data',
      D4: 'Bias in measurement of the outcome',
      D5: 'Bias in selection of the reported result',
      Overall: 'Overall risk of bias',
    },
  },
};

const da: Labels = {
  figures: {
    forest: 'Forest plot',
    funnel: 'Konturforstærket funnel plot',
    trafficLight: 'Risiko for bias: trafiklysdiagram',
    robSummary: 'Risiko for bias: oversigtsdiagram',
    prisma: 'PRISMA 2020-flowdiagram',
  },
  studies: (k) => `${k} ${k === 1 ? 'studie' : 'studier'}`,
  studyOrSubgroup: 'Studie eller undergruppe',
  experimental: 'Eksperimentel',
  control: 'Kontrol',
  events: 'Hændelser',
  total: 'Total',
  mean: 'Gns.',
  sd: 'SD',
  weight: 'Vægt',
  subtotal: (level) => `Subtotal (${level} % KI)`,
  overallTotal: (level) => `I alt (${level} % KI)`,
  ci: (level) => `${level} % KI`,
  totalEvents: 'Hændelser i alt',
  predictionInterval: 'Prædiktionsinterval',
  heterogeneity: 'Heterogenitet',
  overallEffect: 'Test for samlet effekt',
  subgroupDifferences: 'Test for forskel mellem undergrupper',
  favours: (arm) => `Til fordel for ${arm}`,
  armNouns: { experimental: 'eksperimentel', control: 'kontrol' },
  riskOfBias: 'Risiko for bias',
  riskOfBiasLegend: 'Forklaring til risiko for bias',
  methods: {
    'IV-fixed': 'IV, fast',
    'IV-random': 'IV, tilfældig',
    'MH-fixed': 'M-H, fast',
    'Peto-fixed': 'Peto, fast',
  },
  measures: {
    RR: 'Risikoratio',
    OR: 'Oddsratio',
    RD: 'Risikodifference',
    PETO: 'Peto-oddsratio',
    MD: 'Middelforskel',
    SMD: 'Standardiseret middelforskel',
    ROM: 'Ratio af middelværdier',
    HR: 'Hazardratio',
    PR: 'Andel',
    PLO: 'Log-odds',
    ZCOR: 'Fishers z',
    GEN: 'Effekt',
  },
  standardError: 'Standardfejl',
  funnel: {
    pGt10: 'p > 0,10',
    p10: '0,05 < p ≤ 0,10',
    p05: '0,01 < p ≤ 0,05',
    p01: 'p ≤ 0,01',
    observed: 'Studier',
    filled: 'Tilføjede studier',
    pooled: 'Samlet estimat',
    pseudoCi: 'Pseudo-95 %-konfidensgrænser',
    logScale: 'logaritmisk skala',
  },
  rob: {
    domains: 'Domæner for risiko for bias',
    judgement: 'Vurdering',
    study: 'Studie',
    overall: 'Samlet',
    low: 'Lav',
    someConcerns: 'Nogen bekymring',
    high: 'Høj',
    noInformation: 'Ingen information',
    weighted: 'søjlerne er vægtet med studiernes vægt i metaanalysen',
    unweighted: 'hvert studie tæller én gang',
    domainNames: {
      D1: 'Bias fra randomiseringsprocessen',
      DS: 'Bias fra periode- og overførselseffekter',
      D2: 'Bias pga. afvigelser fra de tilsigtede interventioner',
      D3: 'Bias pga. manglende udfaldsdata',
      D4: 'Bias i målingen af udfaldet',
      D5: 'Bias i udvælgelsen af det rapporterede resultat',
      Overall: 'Samlet risiko for bias',
    },
  },
};

const TABLE: Record<Lang, Labels> = { da, en };

/**
 * The label table for a language; throws on any other value, naming it.
 * @example
 * labels('da').weight; // → 'Vægt'
 */
export function labels(lang: Lang): Labels {
  return TABLE[oneOf('lang', lang, LANGS)];
}
