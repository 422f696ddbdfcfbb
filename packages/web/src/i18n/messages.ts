/**
 * The workbench's words and numbers in Danish or English: a dictionary per language, `{name}` placeholders, and
 * numbers through Intl.NumberFormat so that Danish gets its decimal comma. Pure: no React, no DOM.
 */
import { da } from './da';
import { en, type MessageKey } from './en';

export type { MessageKey };
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { da, en };

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * The message for `key` with its `{name}` placeholders filled in.
 * @example
 * translate('da', 'screen.remaining', { n: 3 }); // → '3 tilbage i køen'
 */
export function translate(lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number in the language's notation with a fixed number of decimals (grouping off, so that 1234 stays one token).
 * @example
 * formatNumber('da', 0.029, 2); // → '0,03'
 * formatNumber('en', -1.5, 1); // → '-1.5'
 */
export function formatNumber(lang: Language, value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '–';
  const id = `${lang}:${decimals}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    formatters.set(id, f);
  }
  return f.format(value);
}

/**
 * A count with the language's thousands separator.
 * @example
 * formatCount('da', 12345); // → '12.345'
 */
export function formatCount(lang: Language, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(value);
}

/**
 * A date (ISO text) as the language writes it, or the text itself when it is not a full date.
 * @example
 * formatDate('en', '2026-11-26T07:00:00Z'); // → '26 Nov 2026'
 */
export function formatDate(lang: Language, iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** Parses a number typed in either notation ("0,25" or "0.25"); undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (t === '' || !/^-?\d*\.?\d+(e-?\d+)?$/i.test(t)) return undefined;
  return Number(t);
}
