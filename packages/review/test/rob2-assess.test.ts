// A whole RoB 2 assessment: domains, the overall rule, the reviewer's overrides, and the crossover variant.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assessRob2,
  loadReview,
  overallJudgement,
  type RobAssessment,
  type RobResponse,
  robForResult,
  signallingQuestions,
} from '../src/index.js';
import { LOW } from './support/mini-review.js';

const answers = (a: Record<string, RobResponse>) =>
  Object.fromEntries(Object.entries(a).map(([id, answer]) => [id, { answer }]));

const assessment = (a: Record<string, RobResponse>, extra: Partial<RobAssessment> = {}): RobAssessment => ({
  study: 's',
  outcome: 'o',
  answers: answers(a),
  overrides: {},
  ...extra,
});

test('overall: high if any domain is high, some concerns if any has some, low if all are low', () => {
  assert.equal(overallJudgement(['low', 'low', 'low', 'low', 'low']), 'low');
  assert.equal(overallJudgement(['low', 'some-concerns', 'low', 'low', 'low']), 'some-concerns');
  assert.equal(overallJudgement(['some-concerns', 'some-concerns', 'some-concerns', 'low', 'low']), 'some-concerns');
  assert.equal(overallJudgement(['low', 'some-concerns', 'high', 'low', 'low']), 'high');
  assert.equal(overallJudgement(['low', undefined, 'low', 'low', 'low']), undefined);
  assert.equal(overallJudgement(['high', undefined, 'low', 'low', 'low']), 'high', 'a high domain settles it');
});

test('all low answers give low in each of the five domains and overall', () => {
  const r = assessRob2(assessment(LOW));
  assert.equal(r.variant, 'parallel');
  assert.deepEqual(
    r.domains.map((d) => [d.domain, d.judgement]),
    [
      ['D1', 'low'],
      ['D2', 'low'],
      ['D3', 'low'],
      ['D4', 'low'],
      ['D5', 'low'],
    ],
  );
  assert.equal(r.overall.judgement, 'low');
  assert.equal(r.complete, true);
});

test('a domain override replaces the proposal and feeds the overall judgement; the proposal is kept', () => {
  const reason = 'Sealed envelopes were opened out of order (trial report, p. 3)';
  const r = assessRob2(assessment(LOW, { overrides: { D1: { judgement: 'high', reason } } }));
  const d1 = r.domains[0];
  assert.equal(d1.proposed, 'low');
  assert.equal(d1.judgement, 'high');
  assert.deepEqual(d1.override, { judgement: 'high', reason });
  assert.equal(r.overall.proposed, 'high');
  assert.equal(r.overall.judgement, 'high');
});

test('the overall override covers several domains with some concerns that together lower confidence', () => {
  const reason = 'Three domains with some concerns together substantially lower confidence';
  const some = {
    ...LOW,
    '1.2': 'NI' as const,
    '3.1': 'N' as const,
    '3.2': 'N' as const,
    '3.3': 'Y' as const,
    '3.4': 'N' as const,
    '5.1': 'NI' as const,
  };
  const r = assessRob2(assessment(some, { overrides: { overall: { judgement: 'high', reason } } }));
  assert.deepEqual(
    r.domains.map((d) => d.judgement),
    ['some-concerns', 'low', 'some-concerns', 'low', 'some-concerns'],
  );
  assert.equal(r.overall.proposed, 'some-concerns');
  assert.equal(r.overall.judgement, 'high');
  assert.equal(r.overall.override?.reason, reason);
});

test('an override can also lower a judgement, and can judge a domain the answers leave open', () => {
  const open = { ...LOW };
  delete open['1.1'];
  const r = assessRob2(
    assessment(open, { overrides: { D1: { judgement: 'low', reason: 'Computer list, reported in the protocol' } } }),
  );
  assert.equal(r.domains[0].proposed, undefined);
  assert.deepEqual(r.domains[0].missing, ['1.1']);
  assert.equal(r.domains[0].judgement, 'low');
  assert.equal(r.complete, true);
  const unjudged = assessRob2(assessment(open));
  assert.equal(unjudged.overall.judgement, undefined);
  assert.equal(unjudged.complete, false);
});

test('answers the algorithm does not reach are listed as unused', () => {
  const r = assessRob2(assessment({ ...LOW, '2.3': 'Y', '2.4': 'N', '2.7': 'NA' }));
  assert.deepEqual(
    r.domains[1].unused,
    ['2.3', '2.4'],
    '2.3 and 2.4 are off the path when nobody was aware; NA is not counted',
  );
});

test('crossover variant: six domains with S after 2, from the study design or the assessment', () => {
  const crossover = { ...LOW, 'S.1': 'Y' as const, 'S.3': 'N' as const };
  const byDesign = assessRob2(assessment(crossover), 'crossover');
  assert.equal(byDesign.variant, 'crossover');
  assert.deepEqual(
    byDesign.domains.map((d) => [d.domain, d.judgement]),
    [
      ['D1', 'low'],
      ['D2', 'low'],
      ['DS', 'high'],
      ['D3', 'low'],
      ['D4', 'low'],
      ['D5', 'low'],
    ],
  );
  assert.equal(byDesign.overall.judgement, 'high');
  assert.equal(assessRob2(assessment(crossover, { variant: 'crossover' })).variant, 'crossover');
  assert.equal(assessRob2(assessment(LOW), 'parallel').domains.length, 5);
});

test('the question catalogue: 22 questions in the parallel tool, 25 with domain S, NA only where asked conditionally', () => {
  const parallel = signallingQuestions('parallel');
  const crossover = signallingQuestions('crossover');
  assert.equal(parallel.length, 22);
  assert.equal(crossover.length, 25);
  assert.deepEqual(
    crossover.slice(10, 13).map((q) => q.id),
    ['S.1', 'S.2', 'S.3'],
  );
  for (const q of crossover) assert.equal(q.responses.includes('NA'), q.askedIf !== undefined, q.id);
  assert.deepEqual(parallel.find((q) => q.id === '3.2')?.responses, ['NA', 'Y', 'PY', 'PN', 'N']);
});

test('the good fixture: judgements per result, with the worst result standing for a study', async () => {
  const { review } = await loadReview(new URL('./fixtures/good', import.meta.url).pathname);
  const alpha = robForResult(review, 'alpha-2008', 'cramps');
  assert.deepEqual(
    alpha?.domains.map((d) => d.judgement),
    ['some-concerns', 'some-concerns', 'some-concerns', 'low', 'some-concerns'],
  );
  assert.equal(alpha?.overall.judgement, 'some-concerns');
  const gamma = robForResult(review, 'gamma-1999', 'cramps');
  assert.equal(gamma?.variant, 'crossover');
  assert.equal(gamma?.overall.judgement, 'low');
  const delta = robForResult(review, 'delta-2017', 'cramps');
  assert.equal(delta?.domains[0].proposed, 'high');
  assert.equal(delta?.domains[0].judgement, 'some-concerns');
  assert.equal(delta?.overall.judgement, 'some-concerns');
  assert.equal(robForResult(review, 'beta-2002', 'cramps'), undefined);
});
