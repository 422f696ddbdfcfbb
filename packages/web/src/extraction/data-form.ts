/**
 * A data.yaml entry as the outcome-data form edits it, and back: the shape chosen from the list papers report
 * (events/N, mean/SD/N, mean/SE/N, mean with CI, median with quartiles and/or range, an effect estimate, a crossover's
 * paired difference or its period data by sequence), every number as typed text, texts in the page's language.
 * Pure.
 */
import type { Language } from '../i18n/messages';
import { readLocal, writeLocal } from './local-edit';
import { type Doc, typedNumber, withAt } from './study-form';

/** How one arm (or one treatment in a sequence) is reported. */
export const ARM_KINDS = ['events', 'mean-sd', 'mean-se', 'mean-ci', 'quantiles'] as const;
export type ArmKind = (typeof ARM_KINDS)[number];

/** The list the user picks from: an arm kind for both arms, or one of the other shapes. */
export const CHOICES = [...ARM_KINDS, 'effect', 'paired', 'sequences'] as const;
export type Choice = (typeof CHOICES)[number];

const ARM_FIELDS: Record<ArmKind, readonly string[]> = {
  events: ['events', 'n'],
  'mean-sd': ['mean', 'sd', 'n'],
  'mean-se': ['mean', 'se', 'n'],
  'mean-ci': ['mean', 'ci', 'ciLevel', 'n'],
  quantiles: ['median', 'q1', 'q3', 'min', 'max', 'n'],
};
/** The conversions each kind allows; the first is the default. */
export const ARM_CONVERSIONS: Record<ArmKind, readonly string[]> = {
  events: [],
  'mean-sd': [],
  'mean-se': ['sd-from-se'],
  'mean-ci': ['sd-from-ci', 'sd-from-ci-t'],
  quantiles: ['luo-wan'],
};

export const EFFECT_PRECISIONS = ['se', 'ci', 'p'] as const;
export type EffectPrecision = (typeof EFFECT_PRECISIONS)[number];
export const EFFECT_CONVERSIONS: Record<EffectPrecision, readonly string[]> = {
  se: [],
  ci: ['se-from-ci', 'se-from-ci-t'],
  p: ['se-from-p', 'se-from-p-t'],
};

export const PAIRED_PRECISIONS = ['sd', 'se', 'ci', 't', 'p'] as const;
export type PairedPrecision = (typeof PAIRED_PRECISIONS)[number];
export const PAIRED_CONVERSIONS: Record<PairedPrecision, readonly string[]> = {
  sd: [],
  se: [],
  ci: ['se-from-ci', 'se-from-ci-t'],
  t: ['se-from-t'],
  p: ['se-from-p-t'],
};

/** Every number field of the forms, as text; `lower` and `upper` are the CI's bounds. */
export type Numbers = Record<string, string>;

export interface ArmForm {
  kind: ArmKind;
  /** Arm id in studies.yaml; empty for the role's arm. */
  arm: string;
  numbers: Numbers;
  conversion: string;
  orig: Doc;
}

export interface SequenceForm {
  sequence: string;
  intervention: ArmForm;
  comparator: ArmForm;
  orig: Doc;
}

export interface DataForm {
  choice: Choice;
  study: string;
  outcome: string;
  comparison: string;
  timepoint: string;
  source: string;
  notes: string;
  arms: { intervention: ArmForm; comparator: ArmForm };
  sequences: SequenceForm[];
  effect: { measure: string; precision: EffectPrecision; numbers: Numbers; conversion: string; orig: Doc };
  paired: { precision: PairedPrecision; numbers: Numbers; conversion: string; orig: Doc };
  correlation: string;
  rescaleFactor: string;
  rescaleReason: string;
}

const isMap = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '');
const mapOf = (v: unknown): Doc => (isMap(v) ? v : {});

/** Number fields of a map as text; a `ci` pair becomes `lower` and `upper`. */
function numbersOf(doc: Doc, fields: readonly string[]): Numbers {
  const out: Numbers = {};
  for (const f of fields) {
    if (f === 'ci') {
      const ci = Array.isArray(doc.ci) ? doc.ci : [];
      out.lower = text(ci[0]);
      out.upper = text(ci[1]);
    } else out[f] = text(doc[f]);
  }
  return out;
}

const ALL_ARM_FIELDS = [...new Set(Object.values(ARM_FIELDS).flat())];

/** The kind of a stored arm, by the fields it has (as data-shapes.ts decides it), mean-sd when it has none. */
export function armKind(arm: Doc): ArmKind {
  if (arm.events !== undefined) return 'events';
  if (arm.mean !== undefined && arm.sd !== undefined) return 'mean-sd';
  if (arm.mean !== undefined && arm.se !== undefined) return 'mean-se';
  if (arm.mean !== undefined && arm.ci !== undefined) return 'mean-ci';
  if (arm.median !== undefined) return 'quantiles';
  return 'mean-sd';
}

function armForm(v: unknown, kind?: ArmKind): ArmForm {
  const orig = mapOf(v);
  return {
    kind: kind ?? armKind(orig),
    arm: text(orig.arm),
    numbers: numbersOf(orig, ALL_ARM_FIELDS),
    conversion: text(orig.conversion),
    orig,
  };
}

function precisionOf<P extends string>(doc: Doc, list: readonly P[], fallback: P): P {
  return list.find((p) => doc[p] !== undefined) ?? fallback;
}

/** The form for a stored entry (or a new one, `{}`), in the page's language. */
export function dataToForm(doc: Doc, lang: Language): DataForm {
  const effect = mapOf(doc.effect);
  const paired = mapOf(doc.paired);
  const arms = mapOf(doc.arms);
  const rescale = mapOf(doc.rescale);
  const sequences = Array.isArray(doc.sequences) ? doc.sequences.filter(isMap) : [];
  const intervention = armForm(arms.intervention);
  let choice: Choice = intervention.kind;
  if (doc.effect !== undefined) choice = 'effect';
  else if (doc.paired !== undefined) choice = 'paired';
  else if (doc.sequences !== undefined) choice = 'sequences';
  return {
    choice,
    study: text(doc.study),
    outcome: text(doc.outcome),
    comparison: text(doc.comparison),
    timepoint: readLocal(doc.timepoint, lang),
    source: readLocal(doc.source, lang),
    notes: readLocal(doc.notes, lang),
    arms: { intervention, comparator: armForm(arms.comparator) },
    sequences: sequences.map((s) => ({
      sequence: text(s.sequence),
      intervention: armForm(s.intervention),
      comparator: armForm(s.comparator),
      orig: s,
    })),
    effect: {
      measure: text(effect.measure),
      precision: precisionOf(effect, EFFECT_PRECISIONS, 'ci'),
      numbers: numbersOf(effect, ['estimate', 'se', 'ci', 'ciLevel', 'p', 'df', 'nIntervention', 'nComparator']),
      conversion: text(effect.conversion),
      orig: effect,
    },
    paired: {
      precision: precisionOf(paired, PAIRED_PRECISIONS, 'ci'),
      numbers: numbersOf(paired, ['md', 'sd', 'se', 'ci', 'ciLevel', 't', 'p', 'n']),
      conversion: text(paired.conversion),
      orig: paired,
    },
    correlation: text(doc.correlation),
    rescaleFactor: text(rescale.factor),
    rescaleReason: readLocal(rescale.reason, lang),
  };
}

/** Sets a form's choice; a crossover shape by sequence gets two sequences when it has none. */
export function withChoice(form: DataForm, choice: Choice, sequenceIds: readonly string[]): DataForm {
  const next = { ...form, choice };
  if ((ARM_KINDS as readonly string[]).includes(choice)) {
    const kind = choice as ArmKind;
    next.arms = {
      intervention: { ...form.arms.intervention, kind },
      comparator: { ...form.arms.comparator, kind },
    };
  }
  if (choice === 'sequences' && form.sequences.length === 0) {
    const ids = sequenceIds.length >= 2 ? sequenceIds.slice(0, 2) : ['', ''];
    next.sequences = ids.map((sequence) => ({
      sequence,
      intervention: armForm({}, 'mean-sd'),
      comparator: armForm({}, 'mean-sd'),
      orig: {},
    }));
  }
  return next;
}

/** Keeps an unchanged number exactly as stored. */
function num(orig: Doc, key: string, value: string): unknown {
  return text(orig[key]) === value ? orig[key] : typedNumber(value);
}

function ciOf(orig: Doc, numbers: Numbers): unknown {
  const old = Array.isArray(orig.ci) ? orig.ci : [];
  const lower = numbers.lower ?? '';
  const upper = numbers.upper ?? '';
  if (text(old[0]) === lower && text(old[1]) === upper && old.length === 2) return orig.ci;
  if (lower.trim() === '' && upper.trim() === '') return undefined;
  return [typedNumber(lower) ?? null, typedNumber(upper) ?? null];
}

/** Writes the given number fields (and a CI) onto `orig`, dropping the fields of other shapes in `drop`. */
function writeNumbers(orig: Doc, numbers: Numbers, fields: readonly string[], drop: readonly string[]): Doc {
  let out: Doc = { ...orig };
  for (const f of drop) if (!fields.includes(f)) delete out[f];
  for (const f of fields) out = withAt(out, f, f === 'ci' ? ciOf(orig, numbers) : num(orig, f, numbers[f] ?? ''));
  return out;
}

/** The conversion to write: the chosen one when the shape allows it, else the shape's default; none when it needs none. */
function conversionFor(allowed: readonly string[], chosen: string, orig: Doc): string | undefined {
  if (allowed.length === 0) return orig.conversion === 'none' ? 'none' : undefined;
  return allowed.includes(chosen) ? chosen : allowed[0];
}

export function armToDoc(arm: ArmForm): Doc {
  let out = writeNumbers(arm.orig, arm.numbers, ARM_FIELDS[arm.kind], [...ALL_ARM_FIELDS, 'conversion']);
  out = withAt(out, 'conversion', conversionFor(ARM_CONVERSIONS[arm.kind], arm.conversion, arm.orig));
  return withAt(out, 'arm', arm.arm.trim() === '' ? undefined : arm.arm.trim());
}

const EFFECT_ALL = ['se', 'ci', 'ciLevel', 'p', 'df', 'conversion'];
const PAIRED_ALL = ['sd', 'se', 'ci', 'ciLevel', 't', 'p', 'conversion'];

function effectToDoc(e: DataForm['effect']): Doc {
  const precision = e.precision === 'ci' ? ['ci', 'ciLevel'] : [e.precision];
  const df = e.numbers.df?.trim() || e.conversion.endsWith('-t') ? ['df'] : [];
  const fields = ['estimate', ...precision, ...df, 'nIntervention', 'nComparator'];
  let out = writeNumbers(e.orig, e.numbers, fields, EFFECT_ALL);
  out = withAt(out, 'measure', e.measure || undefined);
  return withAt(out, 'conversion', conversionFor(EFFECT_CONVERSIONS[e.precision], e.conversion, e.orig));
}

function pairedToDoc(p: DataForm['paired']): Doc {
  const precision = p.precision === 'ci' ? ['ci', 'ciLevel'] : [p.precision];
  const out = writeNumbers(p.orig, p.numbers, ['md', ...precision, 'n'], PAIRED_ALL);
  return withAt(out, 'conversion', conversionFor(PAIRED_CONVERSIONS[p.precision], p.conversion, p.orig));
}

/** The doc the form stands for, built on `original` so that what the form does not show is kept. */
export function formToData(form: DataForm, original: Doc, lang: Language): Doc {
  let doc: Doc = { ...original };
  for (const k of ['arms', 'effect', 'paired', 'sequences']) delete doc[k];
  const id = (k: 'study' | 'outcome' | 'comparison') =>
    text(original[k]) === form[k] ? original[k] : form[k].trim() || undefined;
  doc = withAt(doc, 'study', id('study'));
  doc = withAt(doc, 'outcome', id('outcome'));
  doc = withAt(doc, 'comparison', id('comparison'));
  doc = withAt(doc, 'timepoint', writeLocal(original.timepoint, lang, form.timepoint));
  doc = withAt(doc, 'source', writeLocal(original.source, lang, form.source));
  doc = withAt(doc, 'notes', writeLocal(original.notes, lang, form.notes));
  if (form.choice === 'effect') doc.effect = effectToDoc(form.effect);
  else if (form.choice === 'paired') doc.paired = pairedToDoc(form.paired);
  else if (form.choice === 'sequences') {
    doc.sequences = form.sequences.map((s) => ({
      ...s.orig,
      sequence: text(s.orig.sequence) === s.sequence ? s.orig.sequence : s.sequence.trim(),
      intervention: armToDoc(s.intervention),
      comparator: armToDoc(s.comparator),
    }));
  } else doc.arms = { intervention: armToDoc(form.arms.intervention), comparator: armToDoc(form.arms.comparator) };
  doc = withAt(doc, 'correlation', num(original, 'correlation', form.correlation));
  return inOrderOf(withRescale(doc, form, original, lang), original);
}

/** The doc's keys in the original's order, new keys after them, so that a saved file changes no more than it must. */
function inOrderOf(doc: Doc, original: Doc): Doc {
  const keys = [...Object.keys(original).filter((k) => k in doc), ...Object.keys(doc).filter((k) => !(k in original))];
  return Object.fromEntries(keys.map((k) => [k, doc[k]]));
}

function withRescale(doc: Doc, form: DataForm, original: Doc, lang: Language): Doc {
  const old = mapOf(original.rescale);
  let rescale: Doc = { ...old };
  rescale = withAt(rescale, 'factor', num(old, 'factor', form.rescaleFactor));
  rescale = withAt(rescale, 'reason', writeLocal(old.reason, lang, form.rescaleReason));
  return withAt(doc, 'rescale', Object.keys(rescale).length > 0 ? rescale : undefined);
}

/** The paths of the fields the form shows, to tell which issues need a place of their own. */
export function dataFieldPaths(form: DataForm): string[] {
  const paths = [
    'study',
    'outcome',
    'comparison',
    'timepoint',
    'source',
    'notes',
    'correlation',
    'rescale.factor',
    'rescale.reason',
  ];
  const arm = (base: string, a: ArmForm) => {
    for (const f of ARM_FIELDS[a.kind]) paths.push(`${base}.${f}`);
    paths.push(`${base}.conversion`, `${base}.arm`);
  };
  if (form.choice === 'effect')
    for (const f of Object.keys(form.effect.numbers)) paths.push(`effect.${f === 'lower' || f === 'upper' ? 'ci' : f}`);
  if (form.choice === 'effect') paths.push('effect.measure', 'effect.conversion');
  if (form.choice === 'paired')
    for (const f of Object.keys(form.paired.numbers)) paths.push(`paired.${f === 'lower' || f === 'upper' ? 'ci' : f}`);
  if (form.choice === 'paired') paths.push('paired.conversion');
  if (form.choice === 'sequences') {
    form.sequences.forEach((s, i) => {
      paths.push(`sequences[${i}].sequence`);
      arm(`sequences[${i}].intervention`, s.intervention);
      arm(`sequences[${i}].comparator`, s.comparator);
    });
  }
  if ((ARM_KINDS as readonly string[]).includes(form.choice)) {
    arm('arms.intervention', form.arms.intervention);
    arm('arms.comparator', form.arms.comparator);
  }
  return paths;
}
