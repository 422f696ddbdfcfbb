import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { assessRob2, folderOnDisk, loadReview, type Review, readRawParts } from '@evidens/review';
import { ApiFailure } from '../src/api/errors';
import {
  answerOf,
  clearAnswer,
  overrideOf,
  overridesWithoutReason,
  type RobDoc,
  setAnswer,
  setOverride,
  setSupport,
  toAssessment,
  variantOf,
} from '../src/rob/doc';
import { robFigureSets } from '../src/rob/figures';
import { afterFailure, beforeSave } from '../src/rob/save';
import { conditionText } from '../src/rob/words';

const EXAMPLE = new URL('../../../examples/magnesium-leg-cramps', import.meta.url).pathname;

describe('a RoB 2 doc as rob.yaml keeps it', () => {
  const doc: RobDoc = {
    study: 's1',
    outcome: 'o1',
    notes: 'kept',
    answers: {
      '1.1': { answer: 'PY', support: { da: 'Computer', en: 'Computer-generated list' } },
      '1.2': 'NI',
      '1.3': 'N',
    },
    overrides: {},
  };

  it('reads a bare response and one with a support text in the page language', () => {
    assert.deepEqual(answerOf(doc, '1.2', 'en'), { answer: 'NI', support: '' });
    assert.deepEqual(answerOf(doc, '1.1', 'en'), { answer: 'PY', support: 'Computer-generated list' });
    assert.deepEqual(answerOf(doc, '1.1', 'da'), { answer: 'PY', support: 'Computer' });
    assert.deepEqual(answerOf(doc, '2.1', 'en'), { support: '' });
  });

  it('changes an answer and keeps its support text in both languages, and the fields it does not edit', () => {
    const next = setAnswer(doc, '1.1', 'Y');
    assert.deepEqual((next.answers as Record<string, unknown>)['1.1'], {
      answer: 'Y',
      support: { da: 'Computer', en: 'Computer-generated list' },
    });
    assert.equal(next.notes, 'kept');
    assert.equal((setAnswer(doc, '2.1', 'PN').answers as Record<string, unknown>)['2.1'], 'PN');
    assert.equal(doc.answers && (doc.answers as Record<string, unknown>)['1.1'] !== undefined, true, 'not mutated');
  });

  it('edits a support text in one language only, and writes a bare response back when the text is emptied', () => {
    const en = setSupport(doc, '1.1', 'Random numbers table', 'en');
    assert.deepEqual((en.answers as Record<string, unknown>)['1.1'], {
      answer: 'PY',
      support: { da: 'Computer', en: 'Random numbers table' },
    });
    const added = setSupport(doc, '1.2', 'Not described', 'en');
    assert.deepEqual((added.answers as Record<string, unknown>)['1.2'], { answer: 'NI', support: 'Not described' });
    const removed = setSupport(added, '1.2', '', 'en');
    assert.equal((removed.answers as Record<string, unknown>)['1.2'], 'NI');
  });

  it('clears an answer', () => {
    assert.equal('1.3' in (clearAnswer(doc, '1.3').answers as Record<string, unknown>), false);
  });

  it('goes through toAssessment as the algorithm reads it, and back the same when nothing changed', () => {
    const a = toAssessment(doc, 'en');
    assert.deepEqual(a.answers['1.1'], { answer: 'PY', support: 'Computer-generated list' });
    assert.deepEqual(a.answers['1.2'], { answer: 'NI' });
    assert.equal(a.variant, undefined);
    assert.equal(variantOf(doc, 'crossover'), 'crossover');
    assert.equal(variantOf({ ...doc, variant: 'parallel' }, 'crossover'), 'parallel');
  });
});

describe('the proposed judgement follows the answers', () => {
  const doc: RobDoc = { study: 's1', outcome: 'o1', answers: { '1.1': 'Y', '1.2': 'Y', '1.3': 'N' }, overrides: {} };

  it('domain 1: low with a random, concealed sequence; high once concealment is answered N; none when unanswered', () => {
    const d1 = (d: RobDoc) => assessRob2(toAssessment(d, 'en')).domains[0];
    assert.equal(d1(doc).proposed, 'low');
    assert.equal(d1(setAnswer(doc, '1.2', 'N')).proposed, 'high');
    assert.equal(d1(setAnswer(doc, '1.2', 'NI')).proposed, 'some-concerns');
    const none = d1(clearAnswer(doc, '1.2'));
    assert.equal(none.proposed, undefined);
    assert.deepEqual(none.missing, ['1.2']);
  });

  it('frusso-1999 (crossover) has domain S, and answering S.2 Y (period effects adjusted for) moves it from some concerns to low', async () => {
    const { parts } = await readRawParts(folderOnDisk(EXAMPLE));
    const frusso = parts.rob.find((r) => (r as RobDoc).study === 'frusso-1999') as RobDoc;
    const before = assessRob2(toAssessment(frusso, 'en'), 'crossover');
    assert.deepEqual(
      before.domains.map((d) => d.domain),
      ['D1', 'D2', 'DS', 'D3', 'D4', 'D5'],
    );
    const ds = (r: typeof before) => r.domains.find((d) => d.domain === 'DS');
    const changed = assessRob2(toAssessment(setAnswer(frusso, 'S.2', 'Y'), 'en'), 'crossover');
    assert.notEqual(ds(before)?.proposed, ds(changed)?.proposed);
    assert.equal(ds(before)?.proposed, 'some-concerns');
    assert.equal(ds(changed)?.proposed, 'low');
  });
});

describe('overrides', () => {
  const doc: RobDoc = { study: 's1', outcome: 'o1', answers: { '1.1': 'Y', '1.2': 'Y', '1.3': 'N' }, overrides: {} };

  it('an override without a reason stops the save before it is sent', () => {
    const bare = setOverride(doc, 'D1', { judgement: 'high', reason: '  ' }, 'en');
    assert.deepEqual(overridesWithoutReason(bare), ['D1']);
    assert.deepEqual(beforeSave(bare), { kind: 'needs-reason', keys: ['D1'] });
    const reasoned = setOverride(bare, 'D1', { judgement: 'high', reason: 'Baseline imbalance in age' }, 'en');
    assert.deepEqual(overridesWithoutReason(reasoned), []);
    assert.equal(beforeSave(reasoned), undefined);
  });

  it('an override stands in place of the proposal, overall too, and can be removed', () => {
    const o = setOverride(doc, 'overall', { judgement: 'high', reason: 'Several concerns together' }, 'en');
    assert.deepEqual(overrideOf(o, 'overall', 'en'), { judgement: 'high', reason: 'Several concerns together' });
    const r = assessRob2(toAssessment(o, 'en'));
    assert.equal(r.overall.override?.judgement, 'high');
    assert.equal(r.overall.judgement, 'high');
    assert.equal(overrideOf(setOverride(o, 'overall', undefined, 'en'), 'overall', 'en'), undefined);
  });

  it('a reason given per language keeps the other language', () => {
    const withMap: RobDoc = {
      ...doc,
      overrides: { D1: { judgement: 'high', reason: { da: 'Ubalance', en: 'Imbalance' } } },
    };
    const next = setOverride(withMap, 'D1', { judgement: 'some-concerns', reason: 'Slight imbalance' }, 'en');
    assert.deepEqual((next.overrides as Record<string, unknown>).D1, {
      judgement: 'some-concerns',
      reason: { da: 'Ubalance', en: 'Slight imbalance' },
    });
  });
});

describe('saving', () => {
  it('a 409 offers the current version; a 422 shows the server’s message', () => {
    const current = { id: 'x', version: 4, position: 0, doc: { study: 's1' } };
    const conflict = afterFailure(new ApiFailure(409, 'version_conflict', 'changed since version 3', { current }));
    assert.equal(conflict.kind, 'conflict');
    assert.equal(conflict.kind === 'conflict' && conflict.current?.version, 4);
    const invalid = afterFailure(
      new ApiFailure(422, 'invalid', 'invalid: answers["3.2"]: must be one of NA, Y, PY, PN, N', []),
    );
    assert.deepEqual(invalid, { kind: 'invalid', message: 'invalid: answers["3.2"]: must be one of NA, Y, PY, PN, N' });
  });

  it('conditions read in Danish', () => {
    assert.equal(conditionText('N/PN/NI to 4.1 and 4.2', 'da'), 'N/PN/NI på 4.1 og 4.2');
    assert.equal(conditionText('Y/PY/NI to 2.1 or 2.2', 'en'), 'Y/PY/NI to 2.1 or 2.2');
  });
});

describe('the figures of the page are the report’s', () => {
  let review: Review;
  let docs: unknown[];
  before(async () => {
    ({ review } = await loadReview(EXAMPLE));
    docs = (await readRawParts(folderOnDisk(EXAMPLE))).parts.rob;
  });

  it('draws a traffic-light and a summary plot per analysis, and follows a changed assessment', () => {
    const captions = { traffic: 'T', summary: 'S' };
    const sets = robFigureSets(review, docs, 'en', captions);
    assert.deepEqual(
      sets.map((s) => s.analysis),
      review.analyses.map((a) => a.id),
    );
    const md = sets[0];
    assert.equal(md.svgs.length, 2);
    assert.match(md.svgs[0].svg, /^<svg/);
    assert.match(md.svgs[0].svg, /Frusso 1999/);
    const i = docs.findIndex((d) => (d as RobDoc).study === 'frusso-1999');
    const high = docs.map((d, j) =>
      j === i ? setOverride(d as RobDoc, 'overall', { judgement: 'low', reason: 'test' }, 'en') : d,
    );
    assert.notEqual(robFigureSets(review, high, 'en', captions)[0].svgs[0].svg, md.svgs[0].svg);
  });
});
