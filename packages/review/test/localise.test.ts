import assert from 'node:assert/strict';
import { test } from 'node:test';
import { folderInMemory, loadReviewFrom, localise, validateItem } from '@evidens/review';

const REVIEW = `title:
  da: Magnesium mod natlige lægkramper
  en: Magnesium for nocturnal leg cramps
language: da
objective:
  da: Er der evidens for magnesium?
eligibility:
  include:
    da: [Magnesium mod placebo]
    en: [Magnesium compared with placebo]
outcomes: []
`;

test('a folder reads in the language asked for, else in its own', async () => {
  const source = folderInMemory('bilingual', { 'review.yaml': REVIEW });
  const da = await loadReviewFrom(source);
  assert.equal(da.review.title, 'Magnesium mod natlige lægkramper');
  assert.deepEqual(da.review.eligibility?.include, ['Magnesium mod placebo']);
  assert.deepEqual(da.issues, []);
  const en = await loadReviewFrom(source, { lang: 'en' });
  assert.equal(en.review.title, 'Magnesium for nocturnal leg cramps');
  assert.equal(en.review.language, 'da', "the folder's own language is kept");
  assert.deepEqual(en.review.eligibility?.include, ['Magnesium compared with placebo']);
});

test('a text missing in the language asked for falls back to the other, with a warning that names the line', async () => {
  const { review, issues } = await loadReviewFrom(folderInMemory('bilingual', { 'review.yaml': REVIEW }), {
    lang: 'en',
  });
  assert.equal(review.objective, 'Er der evidens for magnesium?');
  assert.deepEqual(
    issues.map((i) => [i.severity, i.message]),
    [['warning', 'review.yaml line 6: objective has no en text; the da text is used']],
  );
});

test('only maps whose keys are all languages and whose values are texts are translations', () => {
  const data = { a: { da: 'x', en: 'y' }, b: { da: 'x', de: 'y' }, c: { da: 3 }, d: [{ en: ['p', 'q'] }], e: {} };
  assert.deepEqual(localise(data, 'en', 'f.yaml', []), {
    a: 'y',
    b: { da: 'x', de: 'y' },
    c: { da: 3 },
    d: [['p', 'q']],
    e: {},
  });
});

test('an item with translated texts is valid when valid in each language', () => {
  const grade = {
    analysis: 'cramps-md',
    start: 'high',
    riskOfBias: { judgement: 'serious', reason: { da: 'Høj risiko', en: 'High risk' } },
  };
  const good = validateItem('grade', grade);
  assert.equal(good.ok, true, JSON.stringify(good));
  const bad = validateItem('grade', { ...grade, riskOfBias: { judgement: { da: 'alvorlig', en: 'serious' } } });
  assert.equal(bad.ok, false);
});
