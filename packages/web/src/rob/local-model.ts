/**
 * The model in the page's language. GET …/model reads the folder in the review's own language; the names a page
 * shows of outcomes and analyses are taken again from review.yaml (where they may be `{da, en}`) in the page's
 * language, so the figures and tables read in one language. Pure.
 */
import type { Review } from '@evidens/review';
import { localText } from '../i18n/local-text';
import type { Language } from '../i18n/messages';

type Listed = { id?: unknown } & Record<string, unknown>;

const listOf = (protocol: unknown, key: string): Listed[] => {
  const list = (protocol as Record<string, unknown> | null)?.[key];
  return Array.isArray(list) ? (list as Listed[]) : [];
};

/**
 * The review with outcome names, units and timepoints and analysis titles in `lang`.
 * @example
 * inLanguage(review, { outcomes: [{ id: 'o1', name: { da: 'Kramper', en: 'Cramps' } }] }, 'en').outcomes[0].name; // 'Cramps'
 */
export function inLanguage(review: Review, protocol: unknown, lang: Language): Review {
  const outcomes = listOf(protocol, 'outcomes');
  const analyses = listOf(protocol, 'analyses');
  const text = (raw: Listed | undefined, key: string, fallback: string | undefined) =>
    (raw && localText(raw[key], lang)) ?? fallback;
  return {
    ...review,
    outcomes: review.outcomes.map((o) => {
      const raw = outcomes.find((r) => r.id === o.id);
      const out = { ...o, name: text(raw, 'name', o.name) ?? o.name };
      const unit = text(raw, 'unit', o.unit);
      const timepoint = text(raw, 'timepoint', o.timepoint);
      if (unit !== undefined) out.unit = unit;
      if (timepoint !== undefined) out.timepoint = timepoint;
      return out;
    }),
    analyses: review.analyses.map((a) => {
      const title = text(
        analyses.find((r) => r.id === a.id),
        'title',
        a.title,
      );
      return title === undefined ? a : { ...a, title };
    }),
  };
}
