/** GRADE certainty as the summary-of-findings table writes it: filled and open circles, and the words. Pure. */
import type { Certainty } from '@evidens/review';
import type { MessageKey } from '../i18n/messages';

const FILLED: Record<Certainty, number> = { high: 4, moderate: 3, low: 2, 'very-low': 1 };

/**
 * "⊕⊕◯◯" for low certainty (the report's symbols).
 * @example
 * certaintySymbols('moderate'); // → '⊕⊕⊕◯'
 */
export function certaintySymbols(certainty: Certainty): string {
  const n = FILLED[certainty];
  return `${'⊕'.repeat(n)}${'◯'.repeat(4 - n)}`;
}

export const certaintyKey = (c: Certainty): MessageKey => `certainty.level.${c}`;
