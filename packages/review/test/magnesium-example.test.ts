// The worked example in examples/magnesium-leg-cramps: it loads without a validation problem, every analysis pools the
// trials it should, the crossover correlation sensitivity runs, PRISMA gives the flow of the original search, and
// RoB 2 and GRADE read. With the shared reference data present, the numbers in data.yaml are also checked against
// the facts they were copied from.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedOrSkip } from '../../../test-support/shared-data.js';
import {
  crossoverSensitivity,
  gradeOutcome,
  loadReview,
  prismaCounts,
  type Review,
  robForResult,
  runAnalysis,
  summaryOfFindings,
} from '../src/index.js';

const DIR = new URL('../../../examples/magnesium-leg-cramps', import.meta.url).pathname;

let cached: Review | undefined;
async function load(): Promise<Review> {
  cached ??= (await loadReview(DIR)).review;
  return cached;
}

const near = (actual: number | undefined, expected: number, tolerance: number, what: string) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= tolerance,
    `${what}: expected ${expected} ± ${tolerance}, got ${actual}`,
  );

const fmt = (x: number) => x.toFixed(2);

test('the example loads without validation problems', async () => {
  const { review, issues } = await loadReview(DIR);
  assert.deepEqual(
    issues.map((i) => i.message),
    [],
  );
  assert.equal(review.language, 'da');
  assert.deepEqual(
    review.authors.map((a) => a.name),
    ['Evidens example'],
  );
  assert.deepEqual(
    review.searches.map((s) => [s.id, s.kind, s.hits]),
    [
      ['pubmed', 'database', 29],
      ['reference-lists', 'other', 2],
      ['cochrane-lists', 'other', 5],
    ],
  );
  assert.deepEqual(
    review.studies.map((s) => s.id),
    [
      'dahle-1995',
      'frusso-1999',
      'roffe-2002',
      'nygaard-2008',
      'garrison-2011',
      'supakatisant-2015',
      'roguin-maor-2017',
    ],
  );
  assert.deepEqual(review.recordFiles, [
    'records/cochrane-lists.jsonl',
    'records/pubmed.jsonl',
    'records/reference-lists.jsonl',
  ]);
});

test('cramps per week: four trials, each converted to cramps per week as recorded', async (t) => {
  const run = runAnalysis(await load(), 'cramps-md');
  assert.deepEqual(run.issues, []);
  assert.deepEqual(
    run.effects.map((e) => [e.study, e.shape]),
    [
      ['frusso-1999', 'arms'],
      ['roffe-2002', 'sequences'],
      ['nygaard-2008', 'arms'],
      ['roguin-maor-2017', 'arms'],
    ],
  );
  const yi = Object.fromEntries(run.effects.map((e) => [e.study, e.yi]));
  near(yi['frusso-1999'], (11.8 - 11.1) / 4, 1e-12, 'Frusso, per 4 weeks to per week');
  near(yi['roffe-2002'], (5 - 9 + (9 - 8)) / 2 / 4, 1e-12, 'Roffe, the two sequences averaged, per week');
  near(yi['nygaard-2008'], (9.5 - 7.7) / 2, 1e-12, 'Nygaard, per 2 weeks to per week');
  near(yi['roguin-maor-2017'], 4.44 - 5.48, 1e-12, 'Roguin Maor, per week as printed');
  for (const e of run.effects.filter((x) => x.design === 'crossover')) {
    assert.equal(e.correlation, 0.5);
    assert.equal(e.correlationSource, 'analysis');
    assert.equal(e.conversions[0].method, 'rescale');
  }

  const fit = run.fit;
  assert.ok(fit);
  assert.equal(fit.k, 4);
  assert.equal(fit.method, 'REML');
  assert.ok([fit.beta[0], fit.ciLb[0], fit.ciUb[0], fit.I2].every(Number.isFinite));
  near(fit.beta[0], 0.03, 0.005, 'pooled MD');
  near(fit.ciLb[0], -0.41, 0.005, 'lower CI');
  near(fit.ciUb[0], 0.47, 0.005, 'upper CI');
  assert.ok(fit.ciLb[0] > -1 && fit.ciUb[0] < 1, 'the CI lies within ±1 cramp a week (the MID)');

  const sub = run.subgroups;
  assert.ok(sub);
  assert.deepEqual(
    sub.subgroups.map((s) => [s.name, s.fit.k]),
    [
      ['idiopathic', 3],
      ['pregnancy', 1],
    ],
  );
  assert.equal(sub.QbDf, 1);
  assert.ok(Number.isFinite(sub.Qb) && sub.QbP > 0.05, 'no evidence of a subgroup difference');
  near(sub.QbP, 0.24, 0.005, 'test for subgroup differences');
  const idiopathic = sub.subgroups[0].fit;
  t.diagnostic(
    `MD ${fmt(fit.beta[0])} (${fmt(fit.ciLb[0])} to ${fmt(fit.ciUb[0])}), I² ${fmt(fit.I2)}%; idiopathic ` +
      `${fmt(idiopathic.beta[0])} (${fmt(idiopathic.ciLb[0])} to ${fmt(idiopathic.ciUb[0])}); ` +
      `subgroup differences Q ${fmt(sub.Qb)}, df ${sub.QbDf}, P ${fmt(sub.QbP)}`,
  );
});

test('cramps per week: each sensitivity analysis keeps the trials it should', async () => {
  const run = runAnalysis(await load(), 'cramps-md');
  const k = Object.fromEntries(run.sensitivity.map((s) => [s.sensitivity.id, s.fit?.k]));
  assert.deepEqual(k, {
    knha: 4,
    'dl-z': 4,
    idiopathic: 3,
    'no-roffe': 3,
    'parallel-only': 2,
    'no-high-rob': 3,
    'r-0': 4,
    'r-0.8': 4,
  });
  const noHigh = run.sensitivity.find((s) => s.sensitivity.id === 'no-high-rob');
  assert.deepEqual(
    noHigh?.excluded.map((x) => x.study),
    ['roffe-2002'],
  );
  for (const s of run.sensitivity) assert.ok(Number.isFinite(s.fit?.beta[0]), s.sensitivity.id);
});

test('responders: the two pregnancy trials, pooled as risk ratios from the printed intervals', async (t) => {
  const run = runAnalysis(await load(), 'responders-rr');
  assert.deepEqual(run.issues, []);
  assert.deepEqual(
    run.effects.map((e) => [e.study, e.shape]),
    [
      ['dahle-1995', 'effect'],
      ['supakatisant-2015', 'effect'],
    ],
  );
  near(run.effects[0].yi, Math.log(5.66), 1e-12, 'Dahle log RR');
  near(run.effects[1].yi, Math.log(1.42), 1e-12, 'Supakatisant log RR');
  const fit = run.fit;
  assert.ok(fit);
  assert.equal(fit.k, 2);
  assert.ok(Number.isFinite(fit.beta[0]) && Number.isFinite(fit.I2));
  assert.deepEqual(
    run.sensitivity.map((s) => [s.sensitivity.id, s.fit?.k]),
    [
      ['no-dahle', 1],
      ['knha', 2],
      ['dl-z', 2],
    ],
  );
  t.diagnostic(
    `RR ${fmt(Math.exp(fit.beta[0]))} (${fmt(Math.exp(fit.ciLb[0]))} to ${fmt(Math.exp(fit.ciUb[0]))}), I² ${fmt(fit.I2)}%`,
  );
});

test('the crossover correlation sensitivity varies Frusso and Roffe from r = 0 to 0.9', async (t) => {
  const result = crossoverSensitivity(await load(), 'cramps-md');
  assert.deepEqual(result.dependent, ['frusso-1999', 'roffe-2002']);
  assert.deepEqual(result.warnings, []);
  assert.deepEqual(
    result.rows.map((r) => r.r),
    [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
  );
  for (const row of result.rows) {
    assert.equal(row.k, 4);
    assert.ok([row.estimate, row.ciLb, row.ciUb].every((x) => x !== undefined && Number.isFinite(x)));
    assert.ok((row.ciLb as number) > -1 && (row.ciUb as number) < 1, `r = ${row.r}: CI within ±1`);
  }
  t.diagnostic(
    result.rows
      .map((r) => `r ${r.r}: ${fmt(r.estimate as number)} (${fmt(r.ciLb as number)} to ${fmt(r.ciUb as number)})`)
      .join('; '),
  );
});

test('PRISMA: the original PubMed search and reference lists, and the later Cochrane lists', async () => {
  const counts = prismaCounts(await load());
  assert.deepEqual(counts.warnings, []);
  assert.deepEqual(counts.unresolved, []);
  assert.equal(counts.identified, 29);
  assert.deepEqual(counts.removedBeforeScreening, { duplicates: 0, automation: 0, other: 0 });
  assert.equal(counts.screened, 29);
  assert.equal(counts.excludedAtScreening, 24);
  assert.equal(counts.reports.reportsSought, 5);
  assert.equal(counts.reports.reportsNotRetrieved, 0);
  assert.deepEqual(counts.reports.reportsExcluded, [
    { reason: 'Baggrundsartikel (ikke et randomiseret forsøg)', n: 2 },
  ]);
  assert.equal(counts.reports.reportsIncluded, 3);
  assert.deepEqual(
    counts.otherMethods.sources.map((s) => [s.search, s.hits]),
    [
      ['reference-lists', 2],
      ['cochrane-lists', 5],
    ],
  );
  assert.equal(counts.otherMethods.reportsNotRetrieved, 1);
  assert.equal(counts.otherMethods.reportsExcluded.length, 2);
  assert.equal(counts.otherMethods.reportsIncluded, 4);
  assert.equal(counts.studiesIncluded, 7);
  assert.equal(counts.reportsOfIncludedStudies, 7);
});

test('RoB 2: every analysed result has a complete assessment, crossover trials with domain S', async () => {
  const review = await load();
  const expected: [string, string, string, string][] = [
    ['frusso-1999', 'cramps-per-week', 'crossover', 'some-concerns'],
    ['roffe-2002', 'cramps-per-week', 'crossover', 'high'],
    ['nygaard-2008', 'cramps-per-week', 'parallel', 'some-concerns'],
    ['roguin-maor-2017', 'cramps-per-week', 'parallel', 'some-concerns'],
    ['dahle-1995', 'responders', 'parallel', 'some-concerns'],
    ['supakatisant-2015', 'responders', 'parallel', 'some-concerns'],
  ];
  for (const [study, outcome, variant, overall] of expected) {
    const rob = robForResult(review, study, outcome);
    assert.ok(rob, `${study}: assessed`);
    assert.equal(rob.complete, true, `${study}: complete`);
    assert.equal(rob.variant, variant, `${study}: variant`);
    assert.equal(rob.overall.judgement, overall, `${study}: overall`);
    assert.equal(
      rob.domains.some((d) => d.domain === 'DS'),
      variant === 'crossover',
    );
  }
  assert.equal(
    robForResult(review, 'roffe-2002', 'cramps-per-week')?.domains.find((d) => d.domain === 'D3')?.judgement,
    'high',
  );
});

test('GRADE: every domain decided, with the certainty and summary-of-findings rows it gives', async () => {
  const review = await load();
  const md = runAnalysis(review, 'cramps-md');
  const mdGrade = gradeOutcome(review, md);
  assert.deepEqual(mdGrade.pending, []);
  assert.equal(mdGrade.certainty, 'low');
  assert.ok(mdGrade.domains.every((d) => d.status === 'confirmed'));
  const mdRow = summaryOfFindings(review, md, mdGrade);
  assert.equal(mdRow.assumed?.value, 4.68);
  assert.equal(mdRow.participants, 220);
  assert.equal(mdRow.studies, 4);

  const rr = runAnalysis(review, 'responders-rr');
  const rrGrade = gradeOutcome(review, rr);
  assert.deepEqual(rrGrade.pending, []);
  assert.equal(rrGrade.certainty, 'very-low');
  assert.deepEqual(
    rrGrade.domains.filter((d) => d.status === 'changed').map((d) => [d.domain, d.proposal.judgement, d.judgement]),
    [['indirectness', 'not-serious', 'serious']],
  );
  const rrRow = summaryOfFindings(review, rr, rrGrade);
  assert.equal(rrRow.assumed?.value, 0.605);
  assert.equal(rrRow.participants, 155);
  // 0.605 × the upper limit of the RR is above 1: the risk with magnesium is capped at 1000 per 1000, and said so.
  assert.ok(0.605 * (rrRow.relative?.upper ?? 0) > 1);
  assert.equal(rrRow.corresponding?.upper, 1);
  assert.equal(rrRow.capped, true);
});

// The facts file holds every number with its source; data.yaml must carry them unchanged.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function get(value: Json, ...path: (string | number)[]): Json {
  let at: Json = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') throw new Error(`no ${String(key)} in facts.json`);
    at = Array.isArray(at) ? at[key as number] : (at as { [key: string]: Json })[key as string];
    if (at === undefined) throw new Error(`no ${path.join('.')} in facts.json`);
  }
  return at;
}

test('data.yaml carries the printed numbers of facts.json unchanged', async (t) => {
  const path = sharedOrSkip(t, 'magnesium/facts.json');
  if (!path) return;
  const facts = JSON.parse(readFileSync(path, 'utf8')) as Json;
  const review = await load();
  const entry = (study: string, outcome: string) => {
    const found = review.data.find((d) => d.study === study && d.outcome === outcome);
    assert.ok(found, `${study} ${outcome} in data.yaml`);
    return found;
  };
  const result = (study: string, i = 0) => get(facts, 'studies', study, 'trial_reported_results', i);

  const frusso = entry('frusso-1999', 'cramps-per-week').arms;
  assert.deepEqual(
    [frusso?.intervention.mean, frusso?.intervention.sd, frusso?.comparator.mean, frusso?.comparator.sd],
    [
      get(result('Frusso 1999'), 'magnesium', 'mean'),
      get(result('Frusso 1999'), 'magnesium', 'sd'),
      get(result('Frusso 1999'), 'placebo', 'mean'),
      get(result('Frusso 1999'), 'placebo', 'sd'),
    ],
  );
  assert.equal(frusso?.intervention.n, get(facts, 'studies', 'Frusso 1999', 'n_completed', 'value'));

  const nygaard = entry('nygaard-2008', 'cramps-per-week').arms;
  assert.deepEqual(
    [nygaard?.intervention.mean, nygaard?.intervention.sd, nygaard?.comparator.mean, nygaard?.comparator.sd],
    [
      get(result('Nygaard 2008'), 'magnesium', 'mean'),
      get(result('Nygaard 2008'), 'magnesium', 'sd'),
      get(result('Nygaard 2008'), 'placebo', 'mean'),
      get(result('Nygaard 2008'), 'placebo', 'sd'),
    ],
  );

  const roguin = entry('roguin-maor-2017', 'cramps-per-week').arms;
  assert.deepEqual(
    [roguin?.intervention.mean, roguin?.intervention.sd, roguin?.comparator.mean, roguin?.comparator.sd],
    [
      get(result('Roguin Maor 2017'), 'magnesium', 'end_mean'),
      get(result('Roguin Maor 2017'), 'magnesium', 'end_sd'),
      get(result('Roguin Maor 2017'), 'placebo', 'end_mean'),
      get(result('Roguin Maor 2017'), 'placebo', 'end_sd'),
    ],
  );
  assert.deepEqual(
    [roguin?.intervention.n, roguin?.comparator.n],
    [
      get(facts, 'studies', 'Roguin Maor 2017', 'n_randomized', 'mg'),
      get(facts, 'studies', 'Roguin Maor 2017', 'n_randomized', 'placebo'),
    ],
  );

  // Roffe: "median (95% CI)" per sequence group, as printed.
  const roffe = entry('roffe-2002', 'cramps-per-week').sequences ?? [];
  const printed = (i: number) => String(get(result('Roffe 2002', i), 'printed'));
  const show = (a: { mean?: number; ci?: [number, number] }) => `${a.mean} (${a.ci?.[0]}-${a.ci?.[1]})`;
  const [placeboFirst, mgFirst] = roffe;
  assert.equal(placeboFirst.sequence, 'placebo-first');
  assert.ok(printed(0).includes(`${show(placeboFirst.comparator)} on placebo and ${show(placeboFirst.intervention)}`));
  assert.ok(String(get(result('Roffe 2002', 0), 'group')).includes(`n=${placeboFirst.intervention.n}`));
  assert.equal(mgFirst.sequence, 'mg-first');
  assert.ok(printed(1).includes(`${show(mgFirst.intervention)} on magnesium and ${show(mgFirst.comparator)}`));
  assert.ok(String(get(result('Roffe 2002', 1), 'group')).includes(`n=${mgFirst.intervention.n}`));

  // Responders: the risk ratios printed by the Cochrane review on leg cramps in pregnancy (CD010655).
  const rr = (study: string) => {
    const effect = entry(study, 'responders').effect;
    return `RR ${effect?.estimate} (${effect?.ci?.[0]} to ${effect?.ci?.[1]})`;
  };
  assert.ok(
    String(get(facts, 'studies', 'Dahle 1995', 'other_cochrane_review_CD010655', 'printed')).startsWith(
      rr('dahle-1995'),
    ),
  );
  assert.ok(
    String(get(facts, 'studies', 'Supakatisant 2015', 'other_cochrane_review_CD010655', 0, 'printed')).startsWith(
      rr('supakatisant-2015'),
    ),
  );

  // The assumed control mean of the summary of findings is Cochrane's printed placebo mean.
  const sof = get(facts, 'reviews', 'CD009402.pub3_2020', 'summary_of_findings', 0, 'rows', 2);
  assert.ok(String(get(sof, 'assumed_risk_placebo')).endsWith(`was ${review.grade[0].assumedControl}`));
});

test('the pooled result agrees with the Cochrane review’s printed cramps per week', async (t) => {
  const path = sharedOrSkip(t, 'magnesium/facts.json');
  if (!path) return;
  const facts = JSON.parse(readFileSync(path, 'utf8')) as Json;
  const cochrane = get(facts, 'reviews', 'CD009402.pub3_2020', 'summary_of_findings', 0, 'rows', 2, 'effect');
  const [estimate, lower, upper] = ['estimate', 'ci_low', 'ci_high'].map((k) => get(cochrane, k) as number);
  const run = runAnalysis(await load(), 'cramps-md');
  const idiopathic = run.subgroups?.subgroups.find((s) => s.name === 'idiopathic')?.fit;
  assert.ok(idiopathic && run.fit);
  for (const fit of [run.fit, idiopathic]) {
    assert.ok(lower < fit.beta[0] && fit.beta[0] < upper, 'our estimate lies inside Cochrane’s interval');
    assert.ok(fit.ciLb[0] < estimate && estimate < fit.ciUb[0], 'Cochrane’s estimate lies inside ours');
  }
  t.diagnostic(`Cochrane CD009402 (2020): MD ${estimate} (${lower} to ${upper}), 5 trials, 307 participants`);
});
