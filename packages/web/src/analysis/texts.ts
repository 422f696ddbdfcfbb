/**
 * The review model in the page's language. The model is read for the review's own language, while the raw protocol
 * (review.yaml as stored) may give a text as `{da, en}`; the page's figures and tables take the protocol's texts in
 * the language the reader chose: comparison names (the forest plot's "Favours …"), outcome names and units,
 * analysis titles and the descriptions of sensitivity analyses. Pure.
 */
import type { Review } from '@evidens/review';
import { localText } from '../i18n/local-text';
import type { Language } from '../i18n/messages';

type Raw = Record<string, unknown>;

/** The raw entries of a protocol list by id. */
function byId(protocol: unknown, list: string): Map<string, Raw> {
  const raw = (protocol as Raw | undefined)?.[list];
  const out = new Map<string, Raw>();
  if (!Array.isArray(raw)) return out;
  for (const x of raw) {
    if (x && typeof x === 'object' && typeof (x as Raw).id === 'string') out.set((x as Raw).id as string, x as Raw);
  }
  return out;
}

/** The raw text in `lang` where the protocol gives one, else the model's. */
function text<T extends string | undefined>(raw: unknown, lang: Language, model: T): T | string {
  return localText(raw, lang) ?? model;
}

/**
 * A copy of the review with the protocol's texts in `lang` (numbers, ids and data shared with the original).
 * @example
 * localiseReview(review, { comparisons: [{ id: 'mg-placebo', intervention: { da: 'Magnesium gennem munden', en: 'Oral magnesium' } }] }, 'en')
 *   .comparisons[0].intervention; // → 'Oral magnesium'
 */
export function localiseReview(review: Review, protocol: unknown, lang: Language): Review {
  const comparisons = byId(protocol, 'comparisons');
  const outcomes = byId(protocol, 'outcomes');
  const analyses = byId(protocol, 'analyses');
  return {
    ...review,
    comparisons: review.comparisons.map((c) => {
      const raw = comparisons.get(c.id);
      if (!raw) return c;
      return {
        ...c,
        intervention: text(raw.intervention, lang, c.intervention),
        comparator: text(raw.comparator, lang, c.comparator),
      };
    }),
    outcomes: review.outcomes.map((o) => {
      const raw = outcomes.get(o.id);
      if (!raw) return o;
      const out = { ...o, name: text(raw.name, lang, o.name) };
      if (o.unit !== undefined) out.unit = text(raw.unit, lang, o.unit);
      if (o.timepoint !== undefined) out.timepoint = text(raw.timepoint, lang, o.timepoint);
      return out;
    }),
    analyses: review.analyses.map((a) => {
      const raw = analyses.get(a.id);
      if (!raw) return a;
      const sensitivity = byId(raw, 'sensitivity');
      const out = {
        ...a,
        sensitivity: a.sensitivity.map((s) => ({
          ...s,
          description: text(sensitivity.get(s.id)?.description, lang, s.description),
        })),
      };
      if (a.title !== undefined || raw.title !== undefined) out.title = text(raw.title, lang, a.title);
      return out;
    }),
  };
}
