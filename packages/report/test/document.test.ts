/**
 * The report document built from the review package's good fixture: its sections in both languages, its numbers
 * against the engine's results for the same folder, its figures, and its bytes from one run to the next.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  crossoverSensitivity,
  gradeOutcome,
  optimalInformationSize,
  prismaCounts,
  runAnalysis,
  summaryOfFindings,
} from '@evidens/review';
import {
  buildReport,
  docLabels,
  figuresOf,
  formatInterval,
  formatNumber,
  formatPercent,
  type Lang,
  type ReportDocument,
  toHtml,
} from '../src/index.js';
import { goodReview } from './support/document-fixture.js';

const review = await goodReview();
const SECTIONS = [
  'background',
  'objective',
  'methods',
  'results',
  'certainty',
  'discussion',
  'conclusion',
  'references',
];

/** The document's visible text, without tags (SVG text included). */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/\s+/g, ' ');
}

function headings(doc: ReportDocument): string[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
}

for (const lang of ['en', 'da'] as const) {
  describe(`report document (${lang})`, () => {
    const doc = buildReport(review, { lang });
    const html = toHtml(doc);
    const text = textOf(html);
    const l = docLabels(lang);

    test('has the sections of the seed and PRISMA 2020, in order, titled in the language', () => {
      assert.deepEqual(
        doc.sections.map((s) => s.id),
        SECTIONS,
      );
      assert.deepEqual(
        doc.sections.map((s) => s.title),
        SECTIONS.map((id) => l.sections[id as keyof typeof l.sections]),
      );
      for (const id of SECTIONS) assert.match(html, new RegExp(`<section id="${id}">`));
      assert.match(html, new RegExp(`<html lang="${lang}">`));
    });

    test('methods and results have their subsections', () => {
      const h = headings(doc);
      for (const name of [
        l.methods.eligibility,
        l.methods.searches,
        l.methods.selection,
        l.methods.extraction,
        l.methods.riskOfBias,
        l.methods.synthesis,
        l.results.search,
        l.results.included,
        l.results.riskOfBias,
        'Cramps per week, magnesium vs placebo',
        'At least 25 % fewer cramps',
        l.discussion.mainFindings,
        l.discussion.informationSize,
        l.discussion.strengths,
      ]) {
        assert.ok(h.includes(name), `heading ${name}`);
      }
    });

    test('the pooled results are the engine’s, in the language’s notation', () => {
      const run = runAnalysis(review, 'cramps-md');
      const fit = run.fit;
      assert.ok(fit);
      const n = (x: number) => formatNumber(x, 2, lang);
      assert.ok(
        text.includes(
          `MD ${n(fit.beta[0])} (${l.interval(formatPercent(95, 0, lang), n(fit.ciLb[0]), n(fit.ciUb[0]))})`,
        ),
      );
      assert.ok(text.includes(`Q = ${n(fit.QE)}`));
      assert.ok(text.includes(`I² = ${formatPercent(fit.I2, 0, lang)}`));
      const rr = runAnalysis(review, 'responders-rr').fit;
      assert.ok(rr);
      assert.ok(text.includes(`RR ${n(Math.exp(rr.beta[0]))}`), 'a ratio is shown on its natural scale');
      const s = run.subgroups;
      assert.ok(s);
      assert.ok(text.includes(`χ² = ${n(s.Qb)}, df = ${s.QbDf}`));
    });

    test('the sensitivity table holds the correlation and leave-one-out refits', () => {
      const rows = crossoverSensitivity(review, 'cramps-md').rows;
      for (const row of rows) {
        assert.ok(row.estimate !== undefined && row.ciLb !== undefined && row.ciUb !== undefined);
        assert.ok(text.includes(formatInterval(row.estimate, row.ciLb, row.ciUb, 2, lang)), `r = ${row.r}`);
      }
      const without = runAnalysis(review, 'cramps-md').sensitivity[0].fit;
      assert.ok(without);
      assert.ok(text.includes(formatInterval(without.beta[0], without.ciLb[0], without.ciUb[0], 2, lang)));
    });

    test('the summary of findings has the engine’s absolute effects and certainty', () => {
      const run = runAnalysis(review, 'responders-rr');
      const grade = gradeOutcome(review, run);
      const row = summaryOfFindings(review, run, grade);
      assert.ok(row.absolute && row.corresponding && row.assumed);
      assert.equal(row.absolute.estimate, 53);
      assert.ok(text.includes(l.certainty.perThousand(String(Math.round(1000 * row.assumed.value)))));
      assert.ok(text.includes(`${l.certainty.more('53')} ${lang === 'da' ? 'pr.' : 'per'} 1000`));
      assert.ok(text.includes(`⊕⊕◯◯ ${l.certainty.names[grade.certainty]}`));
      assert.ok(html.includes('<sup>a,b,c</sup>'), 'three footnotes on cramps: two domains and grade.yaml’s note');
      assert.ok(text.includes('Medians converted to means (Luo 2018, Wan 2014) in one trial.'));
      // Risks stay below 1000 per 1000 here, so no note says the risk was capped.
      assert.equal(row.capped, undefined);
      assert.ok(!text.includes(l.certainty.capped(run.outcome.name)));
    });

    test('the information size is the one GRADE’s imprecision check uses, and the share reached follows', () => {
      const run = runAnalysis(review, 'cramps-md');
      const ois = optimalInformationSize('MD', run.outcome, run.effects);
      assert.ok('required' in ois);
      assert.ok(text.includes(l.participants(String(ois.required))));
      const accrued = run.effects.reduce((s, e) => s + (e.n ?? 0), 0);
      assert.ok(text.includes(formatPercent((100 * accrued) / ois.required, 0, lang)));
      assert.ok(text.includes(String(ois.required - accrued)), 'participants a new trial needs');
    });

    test('the PRISMA numbers are prismaCounts', () => {
      const c = prismaCounts(review);
      assert.ok(text.includes(`${c.identified} `));
      const svg = figuresOf(doc).find((f) => f.name === 'prisma')?.svg ?? '';
      assert.ok(svg.includes(`(n = ${c.screened})`));
    });

    test('figures are inlined as SVG, nothing is fetched and nothing runs', () => {
      const figures = figuresOf(doc);
      assert.deepEqual(
        figures.map((f) => f.name),
        ['prisma', 'rob-traffic-light-cramps-md', 'rob-summary-cramps-md', 'forest-cramps-md', 'forest-responders-rr'],
      );
      assert.equal((html.match(/<svg /g) ?? []).length, figures.length);
      for (const f of figures) {
        assert.ok(html.includes(`<figure id="figure-${f.name}">`));
        assert.ok(f.width > 0 && f.height > 0);
      }
      assert.doesNotMatch(html, /<script|<img|<link|src=|url\(/);
      assert.match(html, /<style>/);
      assert.match(html, /@media print/);
      assert.doesNotMatch(html, /\bNaN\b|undefined|\[object/);
    });

    test('the forest plot has the subgroups, RoB columns and the prediction interval', () => {
      const svg = figuresOf(doc).find((f) => f.name === 'forest-cramps-md')?.svg ?? '';
      assert.match(svg, />Idiopathic</);
      assert.match(svg, />Pregnancy</);
      assert.match(svg, /class="rob rob-/);
      assert.ok(svg.includes(`>${lang === 'da' ? 'Prædiktionsinterval' : 'Prediction interval'}<`));
    });

    test('references are numbered and cited in the table of studies', () => {
      assert.match(html, /<ol>\n<li>Alpha A, Beta B\. 2008\. PMID: 18768245\.<\/li>/);
      assert.ok(text.includes('Alpha 2008 [1]'));
    });
  });
}

describe('report document: language and determinism', () => {
  test('Danish uses a decimal comma, English a point', () => {
    const da = textOf(toHtml(buildReport(review, { lang: 'da' })));
    const en = textOf(toHtml(buildReport(review, { lang: 'en' })));
    assert.ok(da.includes('MD −0,18 (95 % KI −0,93 til 0,58)'));
    assert.ok(en.includes('MD −0.18 (95% CI −0.93 to 0.58)'));
  });

  test('the language defaults to review.yaml’s', () => {
    assert.equal(buildReport(review).lang, review.language);
    assert.equal(buildReport({ ...review, language: 'da' }).sections[0].title, 'Baggrund');
  });

  test('the same folder gives the same bytes; a date changes only the date line', () => {
    for (const lang of ['en', 'da'] as Lang[]) {
      const a = toHtml(buildReport(review, { lang }));
      const b = toHtml(buildReport(review, { lang }));
      assert.equal(a, b);
      const dated = toHtml(buildReport(review, { lang, date: '2026-03-05' }));
      const line = lang === 'da' ? 'Rapporten er dannet 5. marts 2026' : 'Report made on 5 March 2026';
      assert.equal(dated.replace(`\n<p class="date">${line}</p>`, ''), a);
    }
  });

  test('a funnel plot and Egger’s test appear from ten studies on, not before', () => {
    const base = review.studies.find((s) => s.id === 'alpha-2008');
    const entry = review.data.find((d) => d.study === 'alpha-2008' && d.outcome === 'cramps');
    assert.ok(base && entry?.arms);
    const arms = entry.arms;
    const trials = (k: number) => {
      const studies = Array.from({ length: k }, (_, i) => ({ ...base, id: `t${i}`, label: `Trial ${i + 1}` }));
      const data = studies.map((s, i) => ({
        ...entry,
        study: s.id,
        arms: { ...arms, intervention: { ...arms.intervention, mean: 6 + i * 0.4, n: 15 + 6 * i } },
      }));
      return {
        ...review,
        studies,
        data,
        rob: [],
        grade: [],
        analyses: [{ ...review.analyses[0], subgroup: undefined }],
      };
    };
    const ten = buildReport(trials(10), { lang: 'en' });
    assert.ok(figuresOf(ten).some((f) => f.name === 'funnel-cramps-md'));
    assert.match(textOf(toHtml(ten)), /Egger’s test for funnel plot asymmetry: t = −?\d+\.\d\d, P [=<] /);
    const nine = buildReport(trials(9), { lang: 'en' });
    assert.ok(!figuresOf(nine).some((f) => f.name.startsWith('funnel')));
  });

  test('a review with no studies, data or screening still gives every section', () => {
    const empty = { ...review, studies: [], data: [], rob: [], grade: [], screening: [] };
    const doc = buildReport(empty, { lang: 'en' });
    assert.deepEqual(
      doc.sections.map((s) => s.id),
      SECTIONS,
    );
    const text = textOf(toHtml(doc));
    assert.ok(text.includes('The model could not be fitted'));
    assert.ok(text.includes('No screening decisions are recorded.'));
    assert.doesNotMatch(text, /\bNaN\b|undefined/);
  });
});
