import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { folderOnDisk, loadReview, type Review, readRawParts } from '@evidens/review';
import { gradeAll } from '../src/certainty/compute';
import {
  decisionOf,
  decisionsWithoutReason,
  footnotesOf,
  type GradeDoc,
  judgementsOf,
  newGradeDoc,
  setDecision,
  toEntry,
} from '../src/certainty/entry';
import { beforeGradeSave } from '../src/certainty/save';
import { footnoteMark, type SofWords, sofCells, sofFootnotes } from '../src/certainty/sof';
import { certaintySymbols } from '../src/certainty/symbols';
import { inLanguage } from '../src/rob/local-model';

const EXAMPLE = new URL('../../../examples/magnesium-leg-cramps', import.meta.url).pathname;

const words = (lang: 'da' | 'en'): SofWords =>
  lang === 'en'
    ? {
        perThousand: (n) => `${n} per 1000`,
        range: (a, b) => `${a} to ${b}`,
        higher: (x) => `${x} higher`,
        lower: (x) => `${x} lower`,
        more: (x) => `${x} more`,
        fewer: (x) => `${x} fewer`,
        domain: (d) => d,
        moved: (l) => `moved ${l}`,
      }
    : {
        perThousand: (n) => `${n} pr. 1000`,
        range: (a, b) => `${a} til ${b}`,
        higher: (x) => `${x} højere`,
        lower: (x) => `${x} lavere`,
        more: (x) => `${x} flere`,
        fewer: (x) => `${x} færre`,
        domain: (d) => d,
        moved: (l) => `flyttet ${l}`,
      };

describe('certainty symbols', () => {
  it('fills one circle per level, as the report writes them', () => {
    assert.equal(certaintySymbols('high'), '⊕⊕⊕⊕');
    assert.equal(certaintySymbols('moderate'), '⊕⊕⊕◯');
    assert.equal(certaintySymbols('low'), '⊕⊕◯◯');
    assert.equal(certaintySymbols('very-low'), '⊕◯◯◯');
  });
});

describe('a GRADE entry as grade.yaml keeps it', () => {
  const doc: GradeDoc = {
    analysis: 'a1',
    start: 'high',
    imprecision: { judgement: 'serious', reason: { da: 'Bredt KI', en: 'Wide CI' } },
    footnotes: [{ da: 'Note', en: 'Note en' }, 'Plain'],
    assumedControl: 4.68,
  };

  it('reads a decision in the page language and writes one language without losing the other', () => {
    assert.deepEqual(decisionOf(doc, 'imprecision', 'en'), { judgement: 'serious', reason: 'Wide CI' });
    assert.equal(decisionOf(doc, 'inconsistency', 'en'), undefined);
    const next = setDecision(doc, 'imprecision', { judgement: 'very-serious', reason: 'Very wide CI' }, 'en');
    assert.deepEqual(next.imprecision, { judgement: 'very-serious', reason: { da: 'Bredt KI', en: 'Very wide CI' } });
    assert.equal(next.assumedControl, 4.68);
    const removed = setDecision(doc, 'imprecision', undefined, 'en');
    assert.equal('imprecision' in removed, false);
  });

  it('becomes the entry the GRADE functions read', () => {
    const e = toEntry(doc, 'da');
    assert.deepEqual(e.decisions, { imprecision: { judgement: 'serious', reason: 'Bredt KI' } });
    assert.deepEqual(e.footnotes, ['Note', 'Plain']);
    assert.deepEqual(footnotesOf(doc, 'en'), ['Note en', 'Plain']);
    assert.equal(e.assumedControl, 4.68);
    assert.equal(toEntry(newGradeDoc('a2'), 'en').start, 'high');
  });

  it('a decision without a reason stops the save', () => {
    const bare = setDecision(doc, 'indirectness', { judgement: 'serious', reason: ' ' }, 'en');
    assert.deepEqual(decisionsWithoutReason(bare), ['indirectness']);
    assert.deepEqual(beforeGradeSave(bare), { kind: 'needs-reason', domains: ['indirectness'] });
    assert.equal(beforeGradeSave(doc), undefined);
  });

  it('offers the judgements each domain takes', () => {
    assert.deepEqual(judgementsOf('riskOfBias'), ['not-serious', 'serious', 'very-serious']);
    assert.deepEqual(judgementsOf('largeEffect'), ['no', 'yes', 'very-large']);
    assert.deepEqual(judgementsOf('doseResponse'), ['no', 'yes']);
  });
});

describe('GRADE and the summary of findings of the magnesium example', () => {
  let review: Review;
  let docs: GradeDoc[];
  before(async () => {
    ({ review } = await loadReview(EXAMPLE));
    docs = (await readRawParts(folderOnDisk(EXAMPLE))).parts.grade as GradeDoc[];
  });

  it('gives the report’s certainty: low for cramps per week, very low for responders', () => {
    const graded = gradeAll(review, docs, 'en');
    assert.deepEqual(
      graded.map((g) => [g.id, g.grade?.certainty]),
      [
        ['cramps-md', 'low'],
        ['responders-rr', 'very-low'],
      ],
    );
  });

  it('a changed decision moves the certainty at once: imprecision not serious makes cramps moderate', () => {
    const i = docs.findIndex((d) => d.analysis === 'cramps-md');
    const changed = docs.map((d, j) =>
      j === i ? setDecision(d, 'imprecision', { judgement: 'not-serious', reason: 'CI within ±1' }, 'en') : d,
    );
    const g = gradeAll(review, changed, 'en').find((x) => x.id === 'cramps-md');
    assert.equal(g?.grade?.certainty, 'moderate');
    assert.equal(g?.grade?.domains.find((d) => d.domain === 'imprecision')?.status, 'changed');
  });

  it('without decisions every domain is only proposed', () => {
    const g = gradeAll(review, [], 'en')[0];
    assert.equal(g.grade?.pending.length, 8);
  });

  it('writes the cells in Danish and English from the control group’s mean and risk', () => {
    const graded = gradeAll(review, docs, 'en');
    const md = graded[0].sof;
    const rr = graded[1].sof;
    assert.ok(md && rr);
    assert.equal(sofCells(md, 'en', words('en')).assumed, '4.68');
    assert.equal(sofCells(md, 'da', words('da')).assumed, '4,68');
    assert.match(sofCells(md, 'da', words('da')).absolute, /^MD 0,03 højere \(0,41 lavere til 0,47 højere\)$/);
    assert.equal(sofCells(md, 'en', words('en')).participants, '220 (4)');
    const en = sofCells(rr, 'en', words('en'));
    assert.equal(en.assumed, '605 per 1000');
    assert.match(en.relative, /^RR 2\.35 \(0\.64 to 8\.68\)$/);
    assert.match(en.absolute, /^\d+ more per 1000 \(\d+ fewer to \d+ more\)$/);
    assert.match(sofCells(rr, 'da', words('da')).relative, /^RR 2,35 \(0,64 til 8,68\)$/);
  });

  it('footnotes name each domain that moves certainty with the reason, then grade.yaml’s notes', () => {
    const g = gradeAll(review, docs, 'en')[0];
    assert.ok(g.grade);
    const notes = sofFootnotes(g.grade, (d) => `reason for ${d}`, ['extra'], words('en'));
    assert.deepEqual(notes, [
      'riskOfBias: moved -1. reason for riskOfBias.',
      'imprecision: moved -1. reason for imprecision.',
      'extra',
    ]);
    assert.equal(footnoteMark(0), 'a');
    assert.equal(footnoteMark(27), 'ab');
  });

  it('names outcomes and analyses in the page language', () => {
    const protocol = {
      outcomes: [{ id: 'cramps-per-week', name: { da: 'Lægkramper pr. uge', en: 'Leg cramps per week' } }],
      analyses: [{ id: 'cramps-md', title: { da: 'Kramper', en: 'Cramps, magnesium versus placebo' } }],
    };
    const en = inLanguage(review, protocol, 'en');
    assert.equal(en.outcomes.find((o) => o.id === 'cramps-per-week')?.name, 'Leg cramps per week');
    assert.equal(en.analyses.find((a) => a.id === 'cramps-md')?.title, 'Cramps, magnesium versus placebo');
    assert.equal(inLanguage(review, undefined, 'en').outcomes[0].name, review.outcomes[0].name);
  });
});
