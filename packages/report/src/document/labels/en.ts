/** The report's words in English. */
import type { DocLabels } from './types.js';

const and = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;
const LEVELS = ['', 'one level', 'two levels'];

export const en: DocLabels = {
  sections: {
    background: 'Background',
    objective: 'Objective',
    methods: 'Methods',
    results: 'Results',
    certainty: 'Certainty of the evidence',
    discussion: 'Discussion',
    conclusion: 'Conclusion',
    references: 'References',
  },
  figureNo: (n) => `Figure ${n}`,
  tableNo: (n) => `Table ${n}`,
  contents: 'Contents',
  madeOn: (date) => `Report made on ${date}`,
  notGiven: (what, file) => `No ${what} is given in ${file}.`,
  missing: { background: 'background', objective: 'objective', conclusion: 'conclusion', question: 'question (PICO)' },

  pico: { population: 'Population', intervention: 'Intervention', comparator: 'Comparator', outcomes: 'Outcomes' },
  importance: { critical: 'critical', important: 'important', 'not-important': 'not important' },
  designs: { parallel: 'Parallel', crossover: 'Crossover', cluster: 'Cluster' },
  designCounts: {
    parallel: (n) => plural(n, 'parallel trial', 'parallel trials'),
    crossover: (n) => plural(n, 'crossover trial', 'crossover trials'),
    cluster: (n) => plural(n, 'cluster-randomised trial', 'cluster-randomised trials'),
  },
  searchKinds: { database: 'database', register: 'trial register', other: 'other method' },
  records: (n) => plural(n, 'record', 'records'),
  studies: (n) => plural(n, 'study', 'studies'),
  participants: (n) => plural(n, 'participant', 'participants'),
  interval: (level, lower, upper) => `${level} CI ${lower} to ${upper}`,
  and,

  methods: {
    eligibility: 'Eligibility criteria',
    designs: 'Designs',
    include: 'Included',
    exclude: 'Excluded',
    searches: 'Searches',
    searchIntro: (sources) => `We searched ${sources}:`,
    search: (source, kind, date, records) => `${source} (${kind}), ${date}: ${records}`,
    query: 'search',
    selection: 'Selection of studies',
    selectionText: (f) => {
      const who =
        f.reviewers.length === 0
          ? 'No screening decisions are recorded.'
          : `Records were screened on title and abstract${f.fullText ? ', and then in full text,' : ''} by ${plural(String(f.reviewers.length), 'reviewer', 'reviewers')} (${and(f.reviewers)}).`;
      const removed = f.removedBeforeScreening ? ' Duplicates were removed before screening.' : '';
      const consensus =
        f.consensus > 0
          ? ` Disagreements were settled by consensus (${plural(String(f.consensus), 'record', 'records')}).`
          : '';
      return `${who}${removed}${consensus}`;
    },
    extraction: 'Data extraction',
    extractionIntro:
      'Study characteristics and outcome data were extracted as the trials report them. Data not reported as means with SDs, or as events, were converted as follows:',
    allAsReported:
      'Study characteristics and outcome data were extracted as the trials report them and used as reported.',
    conversionFor: (study, outcome) => `${study} (${outcome})`,
    riskOfBias: 'Risk of bias',
    robText:
      'Risk of bias was assessed for each result with RoB 2 (Sterne et al. 2019), using the variant for crossover trials, with its domain for period and carryover effects, where the trial was a crossover. The tool’s algorithms propose each domain judgement from the answers to the signalling questions; the overall judgement is the worst domain’s, and a reviewer’s override is reported with its reason.',
    robCounts: (results, crossover) =>
      `${plural(results, 'result was', 'results were')} assessed, ${crossover} of them with the crossover variant.`,
    synthesis: 'Synthesis',
    analysisText: (outcome, measure, model, tau2, test) =>
      `${outcome}: ${measure}, ${model}${tau2 ? ` with τ² estimated by ${tau2}` : ''}, and ${test} for the pooled effect.`,
    models: { random: 'random-effects model', common: 'common-effect model' },
    tau2Methods: {
      REML: 'restricted maximum likelihood (REML)',
      DL: 'the DerSimonian–Laird method',
      PM: 'the Paule–Mandel method',
      ML: 'maximum likelihood',
      HS: 'the Hunter–Schmidt method',
      SJ: 'the Sidik–Jonkman method',
      HE: 'the Hedges method',
      EB: 'empirical Bayes',
    },
    tests: { z: 'a z test', knha: 'the Knapp–Hartung method' },
    heterogeneity: (level) =>
      `Results are given with ${level} confidence intervals (CI). Heterogeneity is described by τ², I² and Cochran’s Q, and random-effects results by a prediction interval for the effect in a new study.`,
    subgroups: (key) => `Subgroups by ${key} were compared with the test for subgroup differences.`,
    correlation: (r) =>
      `Crossover trials reported per treatment were analysed as paired data with an assumed within-person correlation of r = ${r}, varied from 0 to 0.9 in a sensitivity analysis (Cochrane Handbook §23.2.7).`,
    sensitivity: 'Planned sensitivity analyses:',
    leaveOneOut: 'Each analysis was repeated leaving out one study at a time.',
    funnel: 'Funnel plots and Egger’s test were planned for analyses with at least 10 studies.',
    grade:
      'The certainty of the evidence was assessed with GRADE. Judgements on risk of bias, inconsistency, imprecision and publication bias were proposed from the data and confirmed or changed by the reviewers, with reasons.',
    informationSize:
      'The required information size was calculated from the outcome’s minimal important difference (MID) with α = 5% and power 80% (Wetterslev et al. 2008), and adjusted for diversity D² when τ² > 0 (Wetterslev et al. 2009).',
  },

  measures: {
    MD: 'mean difference (MD)',
    SMD: 'standardised mean difference (SMD)',
    RR: 'risk ratio (RR)',
    OR: 'odds ratio (OR)',
    RD: 'risk difference (RD)',
  },

  results: {
    search: 'Search results',
    prismaText: (f) => {
      const other = f.other ? `, and ${f.other} through other methods` : '';
      const removed = f.otherRemoved ? ` and ${plural(f.otherRemoved, 'record', 'records')} for other reasons` : '';
      const reasons = f.reasons.length > 0 ? ` (${f.reasons.join('; ')})` : '';
      return (
        `The searches identified ${f.identified} records in databases and registers${other}. ` +
        `After removing ${plural(f.duplicates, 'duplicate', 'duplicates')}${removed}, ${plural(f.screened, 'record was', 'records were')} screened on title and abstract and ${f.excluded} excluded. ` +
        `Of ${plural(f.sought, 'report', 'reports')} sought, ${f.notRetrieved} could not be retrieved and ${f.assessed} ${f.assessed === '1' ? 'was' : 'were'} assessed in full text; ${f.excludedReports} ${f.excludedReports === '1' ? 'was' : 'were'} excluded${reasons}. ` +
        `${plural(f.studies, 'study', 'studies')} (${plural(f.reports, 'report', 'reports')}) ${f.studies === '1' ? 'was' : 'were'} included.`
      );
    },
    unresolved: (n) => `${plural(n, 'record has', 'records have')} a disagreement without a consensus decision.`,
    prismaCaption: 'PRISMA 2020 flow diagram',
    included: 'Included studies',
    includedText: (studies, randomised, designs) =>
      `${plural(studies, 'study', 'studies')} with ${randomised} randomised participants were included: ${designs}.`,
    characteristicsCaption: 'Characteristics of included studies',
    characteristicsHeader: ['Study', 'Design', 'Participants', 'Intervention', 'Comparator', 'Outcomes', 'Notes'],
    randomisedAnalysed: (r, a) => [r && `randomised ${r}`, a && `analysed ${a}`].filter(Boolean).join(', '),
    periods: (length, washout) =>
      [length && `periods of ${length}`, washout && `washout ${washout}`].filter(Boolean).join(', '),
    placebo: (content) => `placebo content: ${content}`,
    funding: (text) => `Funding: ${text}`,
    riskOfBias: 'Risk of bias in included studies',
    robFor: (outcome) => `RoB 2: ${outcome}`,
    trafficLightCaption: (outcome) => `Risk of bias (RoB 2) per domain: ${outcome}`,
    robSummaryCaption: (outcome) => `Risk of bias (RoB 2), weighted by the studies’ weights: ${outcome}`,
    robJudgements: { low: 'low risk', 'some-concerns': 'some concerns', high: 'high risk' },
    override: (study, domain, judgement, proposed, reason) =>
      `${study}, ${domain}: judged ${judgement} where the algorithm proposed ${proposed}. ${reason}`,
    incomplete: (study, questions) => `${study}: not every domain could be judged (unanswered: ${questions}).`,
    notAssessed: (studies) => `No RoB 2 assessment is recorded for ${studies}.`,
    noRob: 'No RoB 2 assessments are recorded.',
    pooled: (k, n, f) =>
      `${plural(k, 'study', 'studies')}${n ? ` with ${n} participants` : ''}: ${f.measure} ${f.estimate} (${f.level} CI ${f.lower} to ${f.upper}); ${f.statistic} = ${f.value}, ${f.p}.`,
    heterogeneity: (tau2, i2, q, df, p) =>
      `Heterogeneity: ${tau2 ? `τ² = ${tau2}, ` : ''}I² = ${i2}, Q = ${q} (df = ${df}, ${p}).`,
    prediction: (lower, upper) => `Prediction interval for a new study: ${lower} to ${upper}.`,
    subgroup: (name, k, estimate, lower, upper) => `${name}: ${k}, ${estimate} (${lower} to ${upper})`,
    subgroupTest: (chi2, df, p, i2) => `Test for subgroup differences: χ² = ${chi2}, df = ${df}, ${p}, I² = ${i2}.`,
    leftOut: (studies) => `Left out because their data could not be used: ${studies}.`,
    notFitted: 'The model could not be fitted: no study has usable data.',
    forestCaption: (analysis) => `Forest plot: ${analysis}`,
    funnelCaption: (analysis) => `Contour-enhanced funnel plot: ${analysis}`,
    egger: (t, p) => `Egger’s test for funnel plot asymmetry: t = ${t}, ${p}.`,
    sensitivityCaption: (analysis) => `Sensitivity analyses: ${analysis}`,
    sensitivityHeader: ['Analysis', 'Studies', 'Estimate (95% CI)', 'I²'],
    mainAnalysis: 'Main analysis',
    planned: 'Planned sensitivity analyses',
    correlationGroup: (studies) => `Within-person correlation assumed for ${studies}`,
    correlationRow: (r) => `r = ${r}`,
    leaveOneOutGroup: 'Leaving one study out',
    without: (study) => `Without ${study}`,
  },

  certainty: {
    intro: (intervention, comparator, population) =>
      `Summary of findings: ${intervention} compared with ${comparator} for ${population}.`,
    caption: 'Summary of findings',
    header: [
      'Outcome',
      'Participants (studies)',
      'With comparator',
      'With intervention',
      'Relative effect (95% CI)',
      'Absolute effect (95% CI)',
      'Certainty (GRADE)',
    ],
    names: { high: 'High', moderate: 'Moderate', low: 'Low', 'very-low': 'Very low' },
    perThousand: (n) => `${n} per 1000`,
    higher: (x) => `${x} higher`,
    lower: (x) => `${x} lower`,
    more: (x) => `${x} more`,
    fewer: (x) => `${x} fewer`,
    range: (from, to) => `${from} to ${to}`,
    capped: (outcome) =>
      `${outcome}: the assumed risk times the effect (or a limit of its confidence interval) is above 1000 per 1000; the risk with the intervention is shown as at most 1000 per 1000.`,
    assumedSource: (outcome, source) => `${outcome}, with comparator: ${source}.`,
    comparatorMean: 'the mean of the comparator groups',
    comparatorRisk: 'the risk in the comparator groups',
    downgraded: (levels) => `downgraded ${LEVELS[levels] ?? `${levels} levels`}`,
    upgraded: (levels) => `upgraded ${LEVELS[levels] ?? `${levels} levels`}`,
    domains: {
      riskOfBias: 'Risk of bias',
      inconsistency: 'Inconsistency',
      indirectness: 'Indirectness',
      imprecision: 'Imprecision',
      publicationBias: 'Publication bias',
      largeEffect: 'Large effect',
      doseResponse: 'Dose-response gradient',
      plausibleConfounding: 'Plausible confounding',
    },
    abbreviations:
      'CI: confidence interval; MD: mean difference; SMD: standardised mean difference; RR: risk ratio; OR: odds ratio; RD: risk difference.',
    definitions:
      'GRADE certainty: High, further research is very unlikely to change our confidence in the estimate; Moderate, further research is likely to have an important impact on our confidence and may change the estimate; Low, further research is very likely to have an important impact and is likely to change the estimate; Very low, any estimate is very uncertain.',
    pending: (outcome, domains) => `${outcome}: not yet confirmed by a reviewer: ${domains}.`,
    reasons: {
      riskOfBias: (high, some, low, none) =>
        `${high} of the weight is from results at high risk of bias, ${some} with some concerns, ${low} at low risk${none ? `, ${none} without a complete RoB 2 assessment` : ''}`,
      inconsistency: (stats, serious) =>
        `${stats}: ${serious === 'very-serious' ? 'considerable heterogeneity, with important effects in both directions predicted' : 'substantial heterogeneity'}`,
      imprecisionBoth: (ci, mid) => `${ci} includes important effects in both directions (MID ${mid})`,
      imprecisionCrosses: (ci, threshold) => `${ci} crosses the MID threshold ${threshold}`,
      imprecisionNoMid: (ci) => `${ci} includes no effect (no MID is set)`,
      imprecisionOis: (ci, n, ois) =>
        `${ci} does not cross the MID, but ${n} participants fall short of the optimal information size of ${ois}`,
      publicationBias: (t, p, k) => `Egger’s test: t = ${t}, ${p} (${k} studies): the funnel plot is asymmetric`,
      largeEffect: (ratio, veryLarge) =>
        `${ratio}: ${veryLarge ? 'a very large effect (beyond 5 or 0.2)' : 'a large effect (beyond 2 or 0.5)'}`,
      ci: (level, measure, lower, upper) => `${level} CI ${measure} ${lower} to ${upper}`,
      predictionInterval: (lower, upper) => `prediction interval ${lower} to ${upper}`,
    },
  },

  discussion: {
    mainFindings: 'Main findings',
    finding: (outcome, k, participants, pooled, certainty) =>
      `${outcome}: ${plural(k, 'study', 'studies')} with ${participants} participants, ${pooled}; certainty ${certainty}.`,
    includesNoEffect: 'The confidence interval includes no effect.',
    excludesNoEffect: 'The confidence interval excludes no effect.',
    participantsInAll: (n, k, atLeast) =>
      `In all, ${atLeast ? 'at least ' : ''}${n} participants were randomised in the ${plural(k, 'included study', 'included studies')}.`,
    informationSize: 'Information size',
    required: (outcome, mid, basis, required, perGroup) =>
      `${outcome}: to show a difference of ${mid} (${basis}) with α = 5% and power 80%, one trial needs ${required} participants (${perGroup} per group), and a meta-analysis as many.`,
    sdBasis: (sd) => `SD ${sd}`,
    riskBasis: (risk) => `control risk ${risk}`,
    adjusted: (d2, required) => `Adjusted for diversity (D² = ${d2}), the meta-analysis needs ${required}.`,
    reached: (accrued, percent) =>
      `The trials so far have ${accrued} participants, ${percent} of the required information size.`,
    shortfall: (n) => `A new trial would need at least ${n} participants to reach it.`,
    enough: 'The required information size is reached.',
    noMid: (outcome) => `${outcome}: no MID is set in review.yaml, so the required information size is not calculated.`,
    strengths: 'Strengths and limitations',
    robShare: (outcome, low) => `${outcome}: ${low} of the weight comes from results at low risk of bias.`,
    conversions: (n, k) =>
      `${n} of ${plural(k, 'result', 'results')} had to be converted before analysis (see Data extraction).`,
    correlationRange: (outcome, from, to) =>
      `${outcome}: with the within-person correlation between 0 and 0.9, the pooled estimate lay between ${from} and ${to}.`,
    leaveOneOutRange: (outcome, from, to) =>
      `${outcome}: leaving one study out gave pooled estimates between ${from} and ${to}.`,
  },

  conclusion: {
    certaintyIntro: 'Certainty of the evidence:',
    certaintyLine: (outcome, symbols, name) => `${outcome}: ${symbols} ${name}`,
  },

  references: {
    noReference: (study) => `${study}. No bibliographic reference is recorded in studies.yaml.`,
  },
};
