/** Rapportens ord på dansk. Danske fagtermer som i Cochrane-oversættelser: "KI", "risikoratio", "middelforskel". */
import type { DocLabels } from './types.js';

const and = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;
const LEVELS = ['', 'ét niveau', 'to niveauer'];

export const da: DocLabels = {
  sections: {
    background: 'Baggrund',
    objective: 'Formål',
    methods: 'Metode',
    results: 'Resultater',
    certainty: 'Evidensens sikkerhed',
    discussion: 'Diskussion',
    conclusion: 'Konklusion',
    references: 'Referencer',
  },
  figureNo: (n) => `Figur ${n}`,
  tableNo: (n) => `Tabel ${n}`,
  contents: 'Indhold',
  madeOn: (date) => `Rapporten er dannet ${date}`,
  notGiven: (what, file) => `${what} er ikke angivet i ${file}.`,
  missing: { background: 'Baggrund', objective: 'Formål', conclusion: 'Konklusion', question: 'Spørgsmål (PICO)' },

  pico: { population: 'Population', intervention: 'Intervention', comparator: 'Kontrol', outcomes: 'Udfald' },
  importance: { critical: 'kritisk', important: 'vigtigt', 'not-important': 'ikke vigtigt' },
  designs: { parallel: 'Parallelgruppe', crossover: 'Overkrydsning', cluster: 'Klynge' },
  designCounts: {
    parallel: (n) => `${n} parallelgruppeforsøg`,
    crossover: (n) => `${n} overkrydsningsforsøg`,
    cluster: (n) => `${n} klyngerandomiserede forsøg`,
  },
  searchKinds: { database: 'database', register: 'forsøgsregister', other: 'anden metode' },
  records: (n) => plural(n, 'reference', 'referencer'),
  studies: (n) => plural(n, 'studie', 'studier'),
  participants: (n) => plural(n, 'deltager', 'deltagere'),
  interval: (level, lower, upper) => `${level} KI ${lower} til ${upper}`,
  and,

  methods: {
    eligibility: 'Udvælgelseskriterier',
    designs: 'Design',
    include: 'Inkluderet',
    exclude: 'Ekskluderet',
    searches: 'Litteratursøgning',
    searchIntro: (sources) => `Vi søgte i ${sources}:`,
    search: (source, kind, date, records) => `${source} (${kind}), ${date}: ${records}`,
    query: 'søgning',
    selection: 'Udvælgelse af studier',
    selectionText: (f) => {
      const who =
        f.reviewers.length === 0
          ? 'Der er ikke registreret nogen screeningsbeslutninger.'
          : `Referencerne blev screenet på titel og abstract${f.fullText ? ' og derefter i fuldtekst' : ''} af ${f.reviewers.length === 1 ? 'én bedømmer' : `${f.reviewers.length} bedømmere`} (${and(f.reviewers)}).`;
      const removed = f.removedBeforeScreening ? ' Dubletter blev fjernet før screeningen.' : '';
      const consensus =
        f.consensus > 0
          ? ` Uenighed blev afgjort ved konsensus (${plural(String(f.consensus), 'reference', 'referencer')}).`
          : '';
      return `${who}${removed}${consensus}`;
    },
    extraction: 'Dataudtræk',
    extractionIntro:
      'Studiernes karakteristika og udfaldsdata blev udtrukket, som forsøgene rapporterer dem. Data, der ikke var rapporteret som gennemsnit med SD eller som hændelser, blev omregnet således:',
    allAsReported:
      'Studiernes karakteristika og udfaldsdata blev udtrukket, som forsøgene rapporterer dem, og brugt uden omregning.',
    conversionFor: (study, outcome) => `${study} (${outcome})`,
    riskOfBias: 'Risiko for bias',
    robText:
      'Risikoen for bias blev vurderet for hvert resultat med RoB 2 (Sterne et al. 2019), for overkrydsningsforsøg med varianten for overkrydsningsforsøg, der har et ekstra domæne for periode- og overførselseffekter. Værktøjets algoritmer foreslår vurderingen i hvert domæne ud fra svarene på de styrende spørgsmål; den samlede vurdering er det dårligste domænes, og en bedømmers ændring angives med begrundelse.',
    robCounts: (results, crossover) =>
      `${plural(results, 'resultat', 'resultater')} blev vurderet, heraf ${crossover} med varianten for overkrydsningsforsøg.`,
    synthesis: 'Syntese',
    analysisText: (outcome, measure, model, tau2, test) =>
      `${outcome}: ${measure}, ${model}${tau2 ? ` med τ² estimeret ved ${tau2}` : ''} og ${test} for den samlede effekt.`,
    models: { random: 'random effects-model', common: 'fixed effect-model' },
    tau2Methods: {
      REML: 'restricted maximum likelihood (REML)',
      DL: 'DerSimonian–Lairds metode',
      PM: 'Paule–Mandels metode',
      ML: 'maximum likelihood',
      HS: 'Hunter–Schmidts metode',
      SJ: 'Sidik–Jonkmans metode',
      HE: 'Hedges’ metode',
      EB: 'empirisk Bayes',
    },
    tests: { z: 'z-test', knha: 'Knapp–Hartungs metode' },
    heterogeneity: (level) =>
      `Resultaterne angives med ${level} konfidensintervaller (KI). Heterogenitet beskrives med τ², I² og Cochrans Q, og resultater fra random effects-modeller med et prædiktionsinterval for effekten i et nyt studie.`,
    subgroups: (key) => `Undergrupper efter ${key} blev sammenlignet med testen for forskel mellem undergrupper.`,
    correlation: (r) =>
      `Overkrydsningsforsøg, der rapporterer pr. behandling, blev analyseret som parrede data med en antaget korrelation inden for person på r = ${r}, varieret fra 0 til 0,9 i en følsomhedsanalyse (Cochrane Handbook §23.2.7).`,
    sensitivity: 'Planlagte følsomhedsanalyser:',
    leaveOneOut: 'Hver analyse blev gentaget med ét studie udeladt ad gangen.',
    funnel: 'Funnel plots og Eggers test var planlagt for analyser med mindst 10 studier.',
    grade:
      'Evidensens sikkerhed blev vurderet med GRADE. Vurderingerne af risiko for bias, inkonsistens, unøjagtighed og publikationsbias blev foreslået ud fra data og bekræftet eller ændret af bedømmerne med begrundelse.',
    informationSize:
      'Den nødvendige informationsstørrelse blev beregnet ud fra udfaldets mindste klinisk relevante forskel (MID) med α = 5 % og styrke 80 % (Wetterslev et al. 2008) og justeret for diversitet D², når τ² > 0 (Wetterslev et al. 2009).',
  },

  measures: {
    MD: 'middelforskel (MD)',
    SMD: 'standardiseret middelforskel (SMD)',
    RR: 'risikoratio (RR)',
    OR: 'oddsratio (OR)',
    RD: 'risikodifference (RD)',
  },

  results: {
    search: 'Søgeresultat',
    prismaText: (f) => {
      const other = f.other ? ` og ${f.other} via andre metoder` : '';
      const removed = f.otherRemoved ? ` og ${plural(f.otherRemoved, 'reference', 'referencer')} af andre grunde` : '';
      const reasons = f.reasons.length > 0 ? ` (${f.reasons.join('; ')})` : '';
      return (
        `Søgningerne gav ${f.identified} referencer i databaser og registre${other}. ` +
        `Efter fjernelse af ${plural(f.duplicates, 'dublet', 'dubletter')}${removed} blev ${plural(f.screened, 'reference', 'referencer')} screenet på titel og abstract, og ${f.excluded} blev ekskluderet. ` +
        `Af ${plural(f.sought, 'rapport', 'rapporter')}, der blev søgt fremskaffet, kunne ${f.notRetrieved} ikke skaffes, og ${f.assessed} blev vurderet i fuldtekst; ${f.excludedReports} blev ekskluderet${reasons}. ` +
        `${plural(f.studies, 'studie', 'studier')} (${plural(f.reports, 'rapport', 'rapporter')}) blev inkluderet.`
      );
    },
    unresolved: (n) => `${plural(n, 'reference', 'referencer')} har uenighed uden en konsensusbeslutning.`,
    prismaCaption: 'PRISMA 2020-flowdiagram',
    included: 'Inkluderede studier',
    includedText: (studies, randomised, designs) =>
      `${plural(studies, 'studie', 'studier')} med ${randomised} randomiserede deltagere blev inkluderet: ${designs}.`,
    characteristicsCaption: 'Artikeltabel: karakteristika ved de inkluderede studier',
    characteristicsHeader: ['Studie', 'Design', 'Deltagere', 'Intervention', 'Kontrol', 'Udfald', 'Bemærkninger'],
    randomisedAnalysed: (r, a) => [r && `randomiseret ${r}`, a && `analyseret ${a}`].filter(Boolean).join(', '),
    periods: (length, washout) =>
      [length && `perioder på ${length}`, washout && `udvaskning ${washout}`].filter(Boolean).join(', '),
    placebo: (content) => `placebos indhold: ${content}`,
    funding: (text) => `Finansiering: ${text}`,
    riskOfBias: 'Risiko for bias i de inkluderede studier',
    robFor: (outcome) => `RoB 2: ${outcome}`,
    trafficLightCaption: (outcome) => `Risiko for bias (RoB 2) pr. domæne: ${outcome}`,
    robSummaryCaption: (outcome) => `Risiko for bias (RoB 2), vægtet med studiernes vægt: ${outcome}`,
    robJudgements: { low: 'lav risiko', 'some-concerns': 'nogen bekymring', high: 'høj risiko' },
    override: (study, domain, judgement, proposed, reason) =>
      `${study}, ${domain}: vurderet som ${judgement}, hvor algoritmen foreslog ${proposed}. ${reason}`,
    incomplete: (study, questions) =>
      `${study}: ikke alle domæner kunne vurderes (ubesvarede spørgsmål: ${questions}).`,
    notAssessed: (studies) => `Der er ingen RoB 2-vurdering af ${studies}.`,
    noRob: 'Der er ikke registreret nogen RoB 2-vurderinger.',
    pooled: (k, n, f) =>
      `${plural(k, 'studie', 'studier')}${n ? ` med ${n} deltagere` : ''}: ${f.measure} ${f.estimate} (${f.level} KI ${f.lower} til ${f.upper}); ${f.statistic} = ${f.value}, ${f.p}.`,
    heterogeneity: (tau2, i2, q, df, p) =>
      `Heterogenitet: ${tau2 ? `τ² = ${tau2}, ` : ''}I² = ${i2}, Q = ${q} (df = ${df}, ${p}).`,
    prediction: (lower, upper) => `Prædiktionsinterval for et nyt studie: ${lower} til ${upper}.`,
    subgroup: (name, k, estimate, lower, upper) => `${name}: ${k}, ${estimate} (${lower} til ${upper})`,
    subgroupTest: (chi2, df, p, i2) =>
      `Test for forskel mellem undergrupper: χ² = ${chi2}, df = ${df}, ${p}, I² = ${i2}.`,
    leftOut: (studies) => `Udeladt, fordi deres data ikke kunne bruges: ${studies}.`,
    notFitted: 'Modellen kunne ikke estimeres: intet studie har brugbare data.',
    forestCaption: (analysis) => `Forest plot: ${analysis}`,
    funnelCaption: (analysis) => `Konturforstærket funnel plot: ${analysis}`,
    egger: (t, p) => `Eggers test for asymmetri i funnel plot: t = ${t}, ${p}.`,
    sensitivityCaption: (analysis) => `Følsomhedsanalyser: ${analysis}`,
    sensitivityHeader: ['Analyse', 'Studier', 'Estimat (95 % KI)', 'I²'],
    mainAnalysis: 'Hovedanalyse',
    planned: 'Planlagte følsomhedsanalyser',
    correlationGroup: (studies) => `Antaget korrelation inden for person i ${studies}`,
    correlationRow: (r) => `r = ${r}`,
    leaveOneOutGroup: 'Ét studie udeladt',
    without: (study) => `Uden ${study}`,
  },

  certainty: {
    intro: (intervention, comparator, population) =>
      `Oversigt over resultater (summary of findings): ${intervention} sammenlignet med ${comparator} til ${population}.`,
    caption: 'Oversigt over resultater (summary of findings)',
    header: [
      'Udfald',
      'Deltagere (studier)',
      'Med kontrol',
      'Med intervention',
      'Relativ effekt (95 % KI)',
      'Absolut effekt (95 % KI)',
      'Sikkerhed (GRADE)',
    ],
    names: { high: 'Høj', moderate: 'Moderat', low: 'Lav', 'very-low': 'Meget lav' },
    perThousand: (n) => `${n} pr. 1000`,
    higher: (x) => `${x} højere`,
    lower: (x) => `${x} lavere`,
    more: (x) => `${x} flere`,
    fewer: (x) => `${x} færre`,
    range: (from, to) => `${from} til ${to}`,
    capped: (outcome) =>
      `${outcome}: den antagne risiko gange effekten (eller en grænse i dens konfidensinterval) er over 1000 pr. 1000; risikoen med interventionen er vist som højst 1000 pr. 1000.`,
    assumedSource: (outcome, source) => `${outcome}, med kontrol: ${source}.`,
    comparatorMean: 'gennemsnittet i kontrolgrupperne',
    comparatorRisk: 'risikoen i kontrolgrupperne',
    downgraded: (levels) => `nedgraderet ${LEVELS[levels] ?? `${levels} niveauer`}`,
    upgraded: (levels) => `opgraderet ${LEVELS[levels] ?? `${levels} niveauer`}`,
    domains: {
      riskOfBias: 'Risiko for bias',
      inconsistency: 'Inkonsistens',
      indirectness: 'Indirekthed',
      imprecision: 'Unøjagtighed',
      publicationBias: 'Publikationsbias',
      largeEffect: 'Stor effekt',
      doseResponse: 'Dosis-respons-sammenhæng',
      plausibleConfounding: 'Plausibel confounding',
    },
    abbreviations:
      'KI: konfidensinterval; MD: middelforskel; SMD: standardiseret middelforskel; RR: risikoratio; OR: oddsratio; RD: risikodifference.',
    definitions:
      'GRADE-sikkerhed: Høj, yderligere forskning vil meget usandsynligt ændre vores tillid til estimatet; Moderat, yderligere forskning vil sandsynligvis have vigtig betydning for vores tillid og kan ændre estimatet; Lav, yderligere forskning vil meget sandsynligt have vigtig betydning og sandsynligvis ændre estimatet; Meget lav, ethvert estimat er meget usikkert.',
    pending: (outcome, domains) => `${outcome}: endnu ikke bekræftet af en bedømmer: ${domains}.`,
    reasons: {
      riskOfBias: (high, some, low, none) =>
        `${high} af vægten kommer fra resultater med høj risiko for bias, ${some} med nogen bekymring og ${low} med lav risiko${none ? `; ${none} mangler en fuldstændig RoB 2-vurdering` : ''}`,
      inconsistency: (stats, serious) =>
        `${stats}: ${serious === 'very-serious' ? 'betydelig heterogenitet med vigtige effekter forudsagt i begge retninger' : 'væsentlig heterogenitet'}`,
      imprecisionBoth: (ci, mid) => `${ci} omfatter vigtige effekter i begge retninger (MID ${mid})`,
      imprecisionCrosses: (ci, threshold) => `${ci} krydser MID-grænsen ${threshold}`,
      imprecisionNoMid: (ci) => `${ci} omfatter nul-effekt (der er ikke fastsat nogen MID)`,
      imprecisionOis: (ci, n, ois) =>
        `${ci} krydser ikke MID, men ${n} deltagere er færre end den optimale informationsstørrelse på ${ois}`,
      publicationBias: (t, p, k) => `Eggers test: t = ${t}, ${p} (${k} studier): funnel plottet er asymmetrisk`,
      largeEffect: (ratio, veryLarge) =>
        `${ratio}: ${veryLarge ? 'en meget stor effekt (over 5 eller under 0,2)' : 'en stor effekt (over 2 eller under 0,5)'}`,
      ci: (level, measure, lower, upper) => `${level} KI ${measure} ${lower} til ${upper}`,
      predictionInterval: (lower, upper) => `prædiktionsinterval ${lower} til ${upper}`,
    },
  },

  discussion: {
    mainFindings: 'Hovedfund',
    finding: (outcome, k, participants, pooled, certainty) =>
      `${outcome}: ${plural(k, 'studie', 'studier')} med ${participants} deltagere, ${pooled}; sikkerhed ${certainty}.`,
    includesNoEffect: 'Konfidensintervallet omfatter nul-effekt.',
    excludesNoEffect: 'Konfidensintervallet udelukker nul-effekt.',
    participantsInAll: (n, k, atLeast) =>
      `I alt blev ${atLeast ? 'mindst ' : ''}${n} deltagere randomiseret i ${k === '1' ? 'det inkluderede studie' : `de ${k} inkluderede studier`}.`,
    informationSize: 'Informationsstørrelse',
    required: (outcome, mid, basis, required, perGroup) =>
      `${outcome}: for at påvise en forskel på ${mid} (${basis}) med α = 5 % og styrke 80 % skal et forsøg have ${required} deltagere (${perGroup} pr. gruppe), og en metaanalyse lige så mange.`,
    sdBasis: (sd) => `SD ${sd}`,
    riskBasis: (risk) => `risiko i kontrolgruppen ${risk}`,
    adjusted: (d2, required) => `Justeret for diversitet (D² = ${d2}) skal metaanalysen have ${required}.`,
    reached: (accrued, percent) =>
      `Forsøgene har indtil nu ${accrued} deltagere, ${percent} af den nødvendige informationsstørrelse.`,
    shortfall: (n) => `Et nyt forsøg skal have mindst ${n} deltagere for at nå den.`,
    enough: 'Den nødvendige informationsstørrelse er nået.',
    noMid: (outcome) =>
      `${outcome}: der er ikke angivet nogen MID i review.yaml, så den nødvendige informationsstørrelse er ikke beregnet.`,
    strengths: 'Styrker og svagheder',
    robShare: (outcome, low) => `${outcome}: ${low} af vægten kommer fra resultater med lav risiko for bias.`,
    conversions: (n, k) =>
      `${n} af ${plural(k, 'resultat', 'resultater')} måtte omregnes før analysen (se Dataudtræk).`,
    correlationRange: (outcome, from, to) =>
      `${outcome}: med en korrelation inden for person mellem 0 og 0,9 lå det samlede estimat mellem ${from} og ${to}.`,
    leaveOneOutRange: (outcome, from, to) =>
      `${outcome}: med ét studie udeladt lå det samlede estimat mellem ${from} og ${to}.`,
  },

  conclusion: {
    certaintyIntro: 'Evidensens sikkerhed:',
    certaintyLine: (outcome, symbols, name) => `${outcome}: ${symbols} ${name}`,
  },

  references: {
    noReference: (study) => `${study}. Der er ikke angivet nogen bibliografisk reference i studies.yaml.`,
  },
};
