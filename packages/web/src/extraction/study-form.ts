/**
 * A studies.yaml entry as the characteristics form edits it, and back. Every input holds text, so a number typed
 * wrongly stays on screen and is written into the doc as typed, where validation names the field. Texts in both
 * languages are edited in the page's language (local-edit.ts); fields the form does not show (references,
 * subgroups …) are kept from the original doc. Pure.
 */
import type { Language } from '../i18n/messages';
import { parseNumber } from '../i18n/messages';
import { readLines, readLocal, writeLines, writeLocal } from './local-edit';

export type Doc = Record<string, unknown>;

/** Plain and language texts of the study, keyed by their path in the doc. */
export const STUDY_TEXTS = [
  'label',
  'title',
  'country',
  'setting',
  'population',
  'intervention.agent',
  'intervention.salt',
  'intervention.dose',
  'intervention.route',
  'intervention.schedule',
  'intervention.duration',
  'intervention.description',
  'comparator.description',
  'comparator.placeboContent',
  'funding',
  'conflicts',
  'notes',
] as const;
export type StudyText = (typeof STUDY_TEXTS)[number];

export const STUDY_LISTS = ['authors', 'inclusion', 'exclusion', 'outcomes'] as const;
export type StudyList = (typeof STUDY_LISTS)[number];

export const STUDY_NUMBERS = ['year', 'randomised', 'analysed'] as const;
export type StudyNumber = (typeof STUDY_NUMBERS)[number];

export interface ArmForm {
  id: string;
  name: string;
  role: string;
  randomised: string;
  analysed: string;
  /** The arm as stored, so that its other language and unknown fields survive. */
  orig: Doc;
}

export interface SequenceForm {
  id: string;
  /** Arm ids in order, separated by commas. */
  order: string;
  randomised: string;
  analysed: string;
  orig: Doc;
}

export interface StudyForm {
  id: string;
  design: string;
  texts: Record<StudyText, string>;
  lists: Record<StudyList, string>;
  numbers: Record<StudyNumber, string>;
  arms: ArmForm[];
  sequences: SequenceForm[];
  periodLength: string;
  washout: string;
}

const isMap = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a dotted path. */
export function at(doc: Doc, path: string): unknown {
  let x: unknown = doc;
  for (const key of path.split('.')) x = isMap(x) ? x[key] : undefined;
  return x;
}

/** A copy of `doc` with the dotted path set (a parent map made when missing), or deleted when `value` is undefined. */
export function withAt(doc: Doc, path: string, value: unknown): Doc {
  const [head, ...rest] = path.split('.');
  const out = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete out[head];
    else out[head] = value;
    return out;
  }
  const child = isMap(out[head]) ? (out[head] as Doc) : {};
  const next = withAt(child, rest.join('.'), value);
  if (Object.keys(next).length === 0 && !isMap(out[head])) delete out[head];
  else out[head] = next;
  return out;
}

const numberText = (v: unknown) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '');

/** A number typed in either notation, the text itself when it is no number (validation names it), or undefined. */
export function typedNumber(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  return parseNumber(text) ?? text.trim();
}

function record<K extends string>(keys: readonly K[], f: (k: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, string>;
}

/** The form for a stored study (or a new one: `{}`), in the page's language. */
export function studyToForm(doc: Doc, lang: Language): StudyForm {
  const crossover = isMap(doc.crossover) ? doc.crossover : {};
  const arms = Array.isArray(doc.arms) ? doc.arms.filter(isMap) : [];
  const sequences = Array.isArray(crossover.sequences) ? crossover.sequences.filter(isMap) : [];
  return {
    id: numberText(doc.id),
    design: typeof doc.design === 'string' ? doc.design : '',
    texts: record(STUDY_TEXTS, (k) => readLocal(at(doc, k), lang)),
    lists: record(STUDY_LISTS, (k) => readLines(doc[k], lang)),
    numbers: record(STUDY_NUMBERS, (k) => numberText(doc[k])),
    arms: arms.map((a) => ({
      id: numberText(a.id),
      name: readLocal(a.name, lang),
      role: typeof a.role === 'string' ? a.role : '',
      randomised: numberText(a.randomised),
      analysed: numberText(a.analysed),
      orig: a,
    })),
    sequences: sequences.map((s) => ({
      id: numberText(s.id),
      order: (Array.isArray(s.order) ? s.order : typeof s.order === 'string' ? [s.order] : []).join(', '),
      randomised: numberText(s.randomised),
      analysed: numberText(s.analysed),
      orig: s,
    })),
    periodLength: readLocal(crossover.periodLength, lang),
    washout: readLocal(crossover.washout, lang),
  };
}

/** A new study's form: a parallel trial with an intervention and a comparator arm. */
export function newStudyForm(lang: Language): StudyForm {
  const form = studyToForm({}, lang);
  const arm = (id: string, role: string): ArmForm => ({ id, name: '', role, randomised: '', analysed: '', orig: {} });
  return { ...form, design: 'parallel', arms: [arm('intervention', 'intervention'), arm('comparator', 'comparator')] };
}

/** Keeps an unchanged id or number exactly as stored (a numeric id stays a number). */
function keep(old: unknown, text: string, value: unknown): unknown {
  return numberText(old) === text ? old : value;
}

/** The doc the form stands for, built on `original` so that what the form does not show is kept. */
export function formToStudy(form: StudyForm, original: Doc, lang: Language): Doc {
  let doc: Doc = { ...original };
  doc.id = keep(original.id, form.id, form.id.trim() || undefined);
  if (doc.id === undefined) delete doc.id;
  doc = withAt(doc, 'design', form.design || undefined);
  for (const k of STUDY_TEXTS) doc = withAt(doc, k, writeLocal(at(original, k), lang, form.texts[k]));
  for (const k of STUDY_LISTS) doc = withAt(doc, k, writeLines(original[k], lang, form.lists[k]));
  for (const k of STUDY_NUMBERS) doc = withAt(doc, k, keep(original[k], form.numbers[k], typedNumber(form.numbers[k])));
  doc.arms = form.arms.map((a) => {
    let arm: Doc = { ...a.orig, id: keep(a.orig.id, a.id, a.id.trim()) };
    arm = withAt(arm, 'name', writeLocal(a.orig.name, lang, a.name));
    arm = withAt(arm, 'role', a.role || undefined);
    arm = withAt(arm, 'randomised', keep(a.orig.randomised, a.randomised, typedNumber(a.randomised)));
    return withAt(arm, 'analysed', keep(a.orig.analysed, a.analysed, typedNumber(a.analysed)));
  });
  return withCrossover(doc, form, original, lang);
}

function withCrossover(doc: Doc, form: StudyForm, original: Doc, lang: Language): Doc {
  if (form.design !== 'crossover') return withAt(doc, 'crossover', undefined);
  const old = isMap(original.crossover) ? original.crossover : {};
  let crossover: Doc = { ...old };
  const sequences = form.sequences.map((s) => {
    let seq: Doc = { ...s.orig, id: keep(s.orig.id, s.id, s.id.trim()) };
    const order = s.order
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
    const oldOrder = Array.isArray(s.orig.order) ? s.orig.order.map(numberText).join(', ') : undefined;
    seq.order = oldOrder === s.order ? s.orig.order : order;
    seq = withAt(seq, 'randomised', keep(s.orig.randomised, s.randomised, typedNumber(s.randomised)));
    return withAt(seq, 'analysed', keep(s.orig.analysed, s.analysed, typedNumber(s.analysed)));
  });
  crossover = withAt(crossover, 'sequences', sequences.length > 0 || old.sequences ? sequences : undefined);
  crossover = withAt(crossover, 'periodLength', writeLocal(old.periodLength, lang, form.periodLength));
  crossover = withAt(crossover, 'washout', writeLocal(old.washout, lang, form.washout));
  return withAt(doc, 'crossover', Object.keys(crossover).length > 0 ? crossover : undefined);
}

/** The paths of the fields the form shows, to tell which issues need a place of their own. */
export function studyFieldPaths(form: StudyForm): string[] {
  const paths: string[] = ['id', 'design', ...STUDY_TEXTS, ...STUDY_LISTS, ...STUDY_NUMBERS];
  form.arms.forEach((_, i) => {
    for (const k of ['id', 'name', 'role', 'randomised', 'analysed']) paths.push(`arms[${i}].${k}`);
  });
  if (form.design === 'crossover') {
    form.sequences.forEach((_, i) => {
      for (const k of ['id', 'order', 'randomised', 'analysed']) paths.push(`crossover.sequences[${i}].${k}`);
    });
    paths.push('crossover.periodLength', 'crossover.washout');
  }
  return paths;
}
