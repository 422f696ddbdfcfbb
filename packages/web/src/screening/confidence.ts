/** The model's confidence and the stopping aid's numbers as a reviewer reads them. Pure. */
import type { Language } from '../i18n/messages';
import type { StoppingAid } from './types';

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * A share 0–1 as a whole percentage in the language's notation, rounded down when `floor` (a recall is never
 * overstated). Below 1 % and above 99 % it says so instead of showing 0 % or 100 %, which the model never means.
 * @example
 * formatPercent('en', 0.873); // → '87%'
 * formatPercent('da', 0.873); // → '87 %'
 * formatPercent('en', 0.0004); // → '<1%'
 */
export function formatPercent(lang: Language, share: number, floor = false): string {
  const f = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 });
  if (!Number.isFinite(share)) return '–';
  if (share > 0 && share < 0.01) return `<${f.format(0.01)}`;
  if (share > 0.99 && share < 1) return `>${f.format(0.99)}`;
  const whole = floor ? Math.floor(share * 100) : Math.round(share * 100);
  return f.format(whole / 100);
}

/** The width of the confidence bar, 0–100 (a percentage of the bar), with a sliver always visible. */
export const confidenceWidth = (confidence: number): number => Math.max(2, Math.min(100, Math.round(confidence * 100)));

/** Which of the aid's sentences applies: all screened, nothing relevant found yet, or counting since the last one. */
export type StoppingCase = 'all' | 'none' | 'since';

/** The case of the aid's sentence. */
export function stoppingCase(aid: StoppingAid): StoppingCase {
  if (aid.unscreened === 0) return 'all';
  return aid.relevantFound === 0 ? 'none' : 'since';
}
