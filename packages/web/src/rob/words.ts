/** The keys of the page's words for RoB 2 values, and the tool's conditions in Danish. Pure. */
import type { RobJudgement, RobResponse } from '@evidens/review';
import type { Language, MessageKey } from '../i18n/messages';
import type { OverrideKey } from './doc';

export const judgementKey = (j: RobJudgement | undefined): MessageKey => `rob.judgement.${j ?? 'none'}`;
export const answerKey = (a: RobResponse): MessageKey => `rob.answer.${a}`;
export const overrideKey = (k: OverrideKey): MessageKey => `rob.key.${k}`;

/**
 * A question's condition ("Y/PY/NI to 2.1 or 2.2", as @evidens/review states it) in the page's language.
 * @example
 * conditionText('N/PN/NI to 4.1 and 4.2', 'da'); // → 'N/PN/NI på 4.1 og 4.2'
 */
export function conditionText(condition: string, lang: Language): string {
  if (lang === 'en') return condition;
  return condition.replace(/ to /g, ' på ').replace(/ or /g, ' eller ').replace(/ and /g, ' og ');
}
