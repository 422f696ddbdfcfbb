/**
 * The pure parts of data extraction: study and data docs through their forms and back (texts in both languages
 * kept), the calculator's method text and numbers against @evidens/meta's own functions, and bad input as a field
 * message rather than NaN.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  crossoverFromArms,
  crossoverFromDifference,
  meanSdFromQuantiles,
  sdFromMeanCi,
  sdFromSe,
  seFromCi,
  seFromP,
  seFromRatioCi,
} from '@evidens/meta';
import { parse } from 'yaml';
import { ApiFailure } from '../src/api/errors';
import { saveFailure } from '../src/api/items';
import { stepText } from '../src/extraction/calc-text';
import { type CalcContext, calculate } from '../src/extraction/calculator';
import { dataToForm, formToData, withChoice } from '../src/extraction/data-form';
import { unplaced } from '../src/extraction/issues';
import { writeLines, writeLocal } from '../src/extraction/local-edit';
import { type Doc, formToStudy, studyToForm } from '../src/extraction/study-form';

const example = (file: string, key: string) =>
  parse(readFileSync(new URL(`../../../examples/magnesium-leg-cramps/${file}`, import.meta.url), 'utf8'))[key] as Doc[];
const studies = example('studies.yaml', 'studies');
const data = example('data.yaml', 'data');
const study = (id: string) => studies.find((s) => s.id === id) as Doc;
const entry = (id: string) => data.find((d) => d.study === id) as Doc;

const parallel: Doc = {
  id: 'p',
  label: 'P',
  year: 2000,
  design: 'parallel',
  population: 'x',
  arms: [
    { id: 'a', name: 'A', role: 'intervention' },
    { id: 'b', name: 'B', role: 'comparator' },
  ],
  intervention: { agent: 'magnesium' },
  comparator: { description: 'Placebo' },
};
const ctx = (over: Partial<CalcContext> = {}): CalcContext => ({
  study: parallel,
  measure: 'MD',
  r: undefined,
  lang: 'en',
  ...over,
});
const arms = (intervention: Doc, comparator: Doc, extra: Doc = {}): Doc => ({
  study: 'p',
  outcome: 'o',
  arms: { intervention, comparator },
  ...extra,
});
const near = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} ≠ ${b}`);
const value = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { x: number }).x : Number(v));

describe('texts in both languages', () => {
  test('a map keeps the other language; a plain text stays plain', () => {
    assert.deepEqual(writeLocal({ da: '4 uger', en: '4 weeks' }, 'en', '5 weeks'), { da: '4 uger', en: '5 weeks' });
    assert.deepEqual(writeLocal({ da: '4 uger', en: '4 weeks' }, 'da', ''), { en: '4 weeks' });
    assert.equal(writeLocal('Placebo', 'da', 'Placebotablet'), 'Placebotablet');
    assert.equal(writeLocal('Placebo', 'en', '  '), undefined);
    assert.deepEqual(writeLines({ da: ['Voksne'], en: ['Adults'] }, 'en', 'Adults\n\nChildren'), {
      da: ['Voksne'],
      en: ['Adults', 'Children'],
    });
    assert.deepEqual(writeLines([{ da: 'a', en: 'b' }, 'c'], 'en', 'B\nc'), [{ da: 'a', en: 'B' }, 'c']);
  });
});

describe('study doc ⇄ form', () => {
  for (const s of studies) {
    for (const lang of ['da', 'en'] as const) {
      test(`${s.id} in ${lang} comes back unchanged`, () => {
        assert.deepEqual(formToStudy(studyToForm(s, lang), s, lang), s);
      });
    }
  }

  test('an edit in English keeps the Danish text and the fields the form does not show', () => {
    const dahle = study('dahle-1995');
    const form = studyToForm(dahle, 'en');
    assert.equal(form.texts.country, 'Sweden');
    form.texts.country = 'Kingdom of Sweden';
    form.arms[0].name = 'Mg';
    form.numbers.randomised = '74';
    const doc = formToStudy(form, dahle, 'en');
    assert.deepEqual(doc.country, { da: 'Sverige', en: 'Kingdom of Sweden' });
    assert.deepEqual((doc.arms as Doc[])[0].name, { da: 'Magnesiumlaktat og -citrat', en: 'Mg' });
    assert.equal(doc.randomised, 74);
    assert.deepEqual(doc.references, dahle.references);
  });

  test('crossover details are written for a crossover and dropped for another design', () => {
    const frusso = study('frusso-1999');
    const form = studyToForm(frusso, 'en');
    assert.equal(form.sequences[0].order, 'mg, placebo');
    form.sequences[0].order = 'placebo, mg';
    const doc = formToStudy(form, frusso, 'en');
    assert.deepEqual(((doc.crossover as Doc).sequences as Doc[])[0].order, ['placebo', 'mg']);
    assert.equal(formToStudy({ ...form, design: 'parallel' }, frusso, 'en').crossover, undefined);
  });

  test('a number typed wrongly is kept as typed, for validation to name the field', () => {
    const form = studyToForm(parallel, 'en');
    form.numbers.year = '19x9';
    form.numbers.analysed = '';
    assert.equal(formToStudy(form, parallel, 'en').year, '19x9');
    form.numbers.year = '2001';
    assert.equal(formToStudy(form, parallel, 'en').year, 2001);
  });
});

describe('data doc ⇄ form', () => {
  for (const d of data) {
    for (const lang of ['da', 'en'] as const) {
      test(`${d.study} in ${lang} comes back unchanged`, () => {
        assert.deepEqual(formToData(dataToForm(d, lang), d, lang), d);
      });
    }
  }

  test('a number in Danish notation is read; the rescale reason keeps its Danish text', () => {
    const nygaard = entry('nygaard-2008');
    const form = dataToForm(nygaard, 'en');
    assert.equal(form.choice, 'mean-sd');
    form.arms.intervention.numbers.sd = '3,2';
    form.rescaleReason = 'per week';
    const doc = formToData(form, nygaard, 'en');
    assert.equal(((doc.arms as Doc).intervention as Doc).sd, 3.2);
    assert.equal(((doc.rescale as Doc).reason as Doc).da, (nygaard.rescale as { reason: Doc }).reason.da);
  });

  test('changing the shape writes only the chosen shape, with its default conversion', () => {
    const form = withChoice(dataToForm(entry('nygaard-2008'), 'en'), 'mean-ci', []);
    form.arms.intervention.numbers = { ...form.arms.intervention.numbers, lower: '7', upper: '12' };
    const doc = formToData(form, entry('nygaard-2008'), 'en');
    assert.deepEqual((doc.arms as Doc).intervention, { mean: 9.5, n: 21, ci: [7, 12], conversion: 'sd-from-ci' });
    const effect = withChoice(form, 'effect', []);
    effect.effect = { ...effect.effect, measure: 'MD', precision: 'p', numbers: { estimate: '1.8', p: '0.2' } };
    const out = formToData(effect, entry('nygaard-2008'), 'en');
    assert.equal(out.arms, undefined);
    assert.deepEqual(out.effect, { estimate: 1.8, p: 0.2, measure: 'MD', conversion: 'se-from-p' });
  });
});

describe('the calculator, against @evidens/meta', () => {
  test('mean, SE and n: SD = SE·√n', () => {
    const c = calculate(arms({ mean: 5, se: 1.5, n: 25, conversion: 'sd-from-se' }, { mean: 6, sd: 7, n: 25 }), ctx());
    const step = c.steps[0];
    assert.equal(step.key, 'data.step.sdFromSe');
    near(value(step.values.sd), sdFromSe({ se: 1.5, n: 25 }).sd);
    assert.equal(
      stepText(step, 'en'),
      'SD from the SE of the mean (Cochrane Handbook §6.5.2.2): SD = SE·√n = 1.5·√25 = 7.50',
    );
    assert.equal(
      stepText(step, 'da'),
      'SD ud fra gennemsnittets SE (Cochrane Handbook §6.5.2.2): SD = SE·√n = 1,5·√25 = 7,50',
    );
  });

  test('mean with a 95% CI: SD = √n·(upper − lower)/3.92, or the t quantile', () => {
    const z = calculate(
      arms({ mean: 6, ci: [3, 9], n: 25, conversion: 'sd-from-ci' }, { mean: 6, sd: 7, n: 25 }),
      ctx(),
    );
    near(value(z.steps[0].values.sd), sdFromMeanCi({ lower: 3, upper: 9, n: 25 }).sd);
    assert.equal(
      stepText(z.steps[0], 'en'),
      'SD from the 95% CI of the mean (Cochrane Handbook §6.5.2.2, z): SD = √n·(upper − lower)/3.920 = √25·(9 − 3)/3.920 = 7.65',
    );
    const t = calculate(
      arms({ mean: 6, ci: [3, 9], n: 25, conversion: 'sd-from-ci-t' }, { mean: 6, sd: 7, n: 25 }),
      ctx(),
    );
    near(value(t.steps[0].values.sd), sdFromMeanCi({ lower: 3, upper: 9, n: 25, distribution: 't' }).sd);
    assert.match(stepText(t.steps[0], 'en'), /t, 24 df\): .*\/4\.128 = 7\.27$/);
  });

  test('median with IQR and range: Luo mean and Wan SD', () => {
    const arm = { median: 5, q1: 4, q3: 8, min: 1, max: 15, n: 46, conversion: 'luo-wan' };
    const c = calculate(arms(arm, { mean: 9, sd: 5, n: 46 }), ctx());
    const expected = meanSdFromQuantiles({ n: 46, median: 5, q1: 4, q3: 8, min: 1, max: 15 });
    assert.equal(c.steps[0].key, 'data.step.luoWan.range-iqr');
    near(value(c.steps[0].values.mean), expected.mean);
    near(value(c.steps[0].values.sd), expected.sd);
    const iqr = calculate(
      arms({ median: 5, q1: 4, q3: 8, n: 46, conversion: 'luo-wan' }, { mean: 9, sd: 5, n: 46 }),
      ctx(),
    );
    assert.equal(iqr.steps[0].key, 'data.step.luoWan.iqr');
    assert.match(
      stepText(iqr.steps[0], 'en'),
      /^Mean and SD from the median and IQR \(Luo et al\. 2018; Wan et al\. 2014\)/,
    );
  });

  test('parallel mean and SD: the MD and its SE, the same as the analysis (Nygaard 2008, CD010655: MD 1.8, −1.32 to 4.92)', () => {
    const nygaard = { ...entry('nygaard-2008') };
    delete nygaard.rescale;
    const c = calculate(nygaard, ctx({ study: study('nygaard-2008') }));
    assert.equal(c.steps.at(-1)?.key, 'data.step.parallelMd');
    const e = c.effect;
    assert.ok(e);
    near(e.yi, 1.8);
    near(e.se, Math.sqrt(5.1 ** 2 / 21 + 4.7 ** 2 / 17));
    assert.equal(Math.round(e.lower * 100) / 100, -1.32);
    assert.equal(Math.round(e.upper * 100) / 100, 4.92);
  });

  test('a rescale multiplies the effect and its SE', () => {
    const c = calculate(entry('nygaard-2008'), ctx({ study: study('nygaard-2008') }));
    assert.equal(c.steps.at(-1)?.key, 'data.step.rescale');
    near(c.effect?.yi ?? Number.NaN, 0.9);
    near(c.effect?.se ?? Number.NaN, 0.5 * Math.sqrt(5.1 ** 2 / 21 + 4.7 ** 2 / 17));
  });

  test('an effect with a CI or a P value: SE from it; ratios on the log scale', () => {
    const ci = calculate(
      {
        study: 'p',
        outcome: 'o',
        effect: { measure: 'MD', estimate: -0.38, ci: [-1.32, 0.56], conversion: 'se-from-ci' },
      },
      ctx(),
    );
    near(value(ci.steps[0].values.se), seFromCi({ lower: -1.32, upper: 0.56 }).se);
    near(ci.effect?.se ?? Number.NaN, seFromCi({ lower: -1.32, upper: 0.56 }).se);
    const p = calculate(
      {
        study: 'p',
        outcome: 'o',
        effect: { measure: 'MD', estimate: 3.8, p: 0.008, df: 45, conversion: 'se-from-p-t' },
      },
      ctx(),
    );
    assert.equal(p.steps[0].key, 'data.step.seFromP');
    near(value(p.steps[0].values.se), seFromP({ estimate: 3.8, p: 0.008, df: 45 }).se);
    const rr = calculate(entry('dahle-1995'), ctx({ study: study('dahle-1995'), measure: 'RR' }));
    assert.equal(rr.steps[0].key, 'data.step.seFromRatioCi');
    near(rr.effect?.se ?? Number.NaN, seFromRatioCi({ lower: 1.35, upper: 23.68 }).se);
    near(rr.effect?.estimate ?? Number.NaN, 5.66);
  });

  test('crossover per treatment: the paired SE with the assumed correlation', () => {
    const frusso = { ...entry('frusso-1999') };
    delete frusso.rescale;
    const c = calculate(frusso, ctx({ study: study('frusso-1999'), r: 0.5 }));
    const step = c.steps.find((s) => s.key === 'data.step.pairedArms');
    const expected = crossoverFromArms({ meanE: 11.8, sdE: 7.6, meanC: 11.1, sdC: 7.3, n: 42, r: 0.5 });
    near(value(step?.values.se), expected.se);
    near(c.effect?.se ?? Number.NaN, expected.se);
    assert.equal(c.effect?.correlation, 0.5);
    const none = calculate(frusso, ctx({ study: study('frusso-1999') }));
    assert.equal(none.effect, undefined);
    assert.match(none.problems[0].message, /within-person correlation is needed/);
  });

  test('crossover by sequence (Roffe 2002): the two paired differences averaged', () => {
    const c = calculate(entry('roffe-2002'), ctx({ study: study('roffe-2002'), r: 0.5 }));
    const sd = (l: number, u: number, n: number) => sdFromMeanCi({ lower: l, upper: u, n }).sd;
    const d1 = crossoverFromArms({ meanE: 5, sdE: sd(4, 8, 29), meanC: 9, sdC: sd(6, 17, 29), n: 29, r: 0.5 });
    const d2 = crossoverFromArms({ meanE: 9, sdE: sd(5, 13, 17), meanC: 8, sdC: sd(4, 14, 17), n: 17, r: 0.5 });
    const step = c.steps.find((s) => s.key === 'data.step.sequences');
    near(value(step?.values.md), (d1.md + d2.md) / 2);
    near(value(step?.values.se), Math.sqrt(d1.se ** 2 + d2.se ** 2) / 2);
    near(c.effect?.yi ?? Number.NaN, (0.25 * (d1.md + d2.md)) / 2);
    near(c.effect?.se ?? Number.NaN, (0.25 * Math.sqrt(d1.se ** 2 + d2.se ** 2)) / 2);
  });

  test('crossover paired difference with a P value: t with n − 1 df', () => {
    const crossover = study('frusso-1999');
    const c = calculate(
      { study: 'frusso-1999', outcome: 'o', paired: { md: 1.2, p: 0.04, n: 20, conversion: 'se-from-p-t' } },
      ctx({ study: crossover }),
    );
    assert.equal(c.steps[0].key, 'data.step.pairedP');
    near(value(c.steps[0].values.se), crossoverFromDifference(1.2, { from: 'p', p: 0.04, n: 20 }).se);
    assert.match(
      stepText(c.steps[0], 'en'),
      /t with 19 df for P = 0\.04 is 2\.205; SE = \|MD\|\/t = \|1\.2\|\/2\.205 = 0\.544$/,
    );
  });
});

describe('bad input gives a message naming the field, never NaN', () => {
  test('a word where a number belongs', () => {
    const c = calculate(arms({ mean: 9.5, sd: 'abc', n: 21 }, { mean: 7.7, sd: 4.7, n: 17 }), ctx());
    assert.equal(c.effect, undefined);
    assert.deepEqual(c.problems, [
      { path: 'arms.intervention.sd', message: 'arms.intervention.sd must be a positive number (got "abc")' },
    ]);
  });

  test('a CI the wrong way round, an n of 1 (caught by the engine, with the part named)', () => {
    const reversed = calculate(
      arms({ mean: 5, ci: [8, 4], n: 29, conversion: 'sd-from-ci' }, { mean: 9, sd: 3, n: 29 }),
      ctx(),
    );
    assert.equal(reversed.problems[0].path, 'arms.intervention.ci');
    const one = calculate(arms({ mean: 5, se: 1, n: 1, conversion: 'sd-from-se' }, { mean: 9, sd: 3, n: 29 }), ctx());
    assert.equal(one.problems[0].path, 'arms.intervention.n');
    assert.match(one.problems[0].message, /^arms\.intervention: n /);
    assert.ok(!JSON.stringify([reversed, one]).includes('NaN'));
  });

  test('a 422 is read into field issues, a 409 into the current version', () => {
    const issues = [
      {
        code: 'invalid_value',
        path: 'arms[0].randomised',
        message: 'arms[0].randomised must be a positive whole number (got -3)',
      },
    ];
    const invalid = saveFailure(new ApiFailure(422, 'invalid', issues[0].message, issues));
    assert.equal(invalid.kind, 'invalid');
    assert.deepEqual(unplaced(invalid.kind === 'invalid' ? invalid.issues : [], ['arms[0].randomised']), []);
    const current = { id: 's', version: 3, position: 0, doc: {} };
    const conflict = saveFailure(new ApiFailure(409, 'version_conflict', 'changed', { current }));
    assert.deepEqual(conflict.kind === 'conflict' && conflict.current, current);
  });
});
