/** The screening page's keyboard: one key per action, ignored while typing in a field. Pure. */

export type KeyAction = 'include' | 'exclude' | 'maybe' | 'undo' | 'next';

const KEYS: Record<string, KeyAction> = {
  i: 'include',
  e: 'exclude',
  m: 'maybe',
  u: 'undo',
  n: 'next',
  ArrowRight: 'next',
};

/**
 * The action of a key press, or undefined when the key means nothing here, a modifier is held, or the user is
 * typing (in an input, a text area, a select or an editable element).
 * @example
 * keyAction({ key: 'i' }); // → 'include'
 * keyAction({ key: 'i', target: 'input' }); // → undefined
 */
export function keyAction(press: {
  key: string;
  ctrl?: boolean;
  meta?: boolean;
  alt?: boolean;
  target?: string;
}): KeyAction | undefined {
  if (press.ctrl || press.meta || press.alt) return undefined;
  if (press.target && ['input', 'textarea', 'select', 'editable'].includes(press.target)) return undefined;
  return KEYS[press.key.length === 1 ? press.key.toLowerCase() : press.key];
}
