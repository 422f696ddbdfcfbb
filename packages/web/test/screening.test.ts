import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confidenceWidth, formatPercent, stoppingCase } from '../src/screening/confidence';
import { markRecord, whyForms } from '../src/screening/mark';
import { orderKey, readOrder, saveOrder } from '../src/screening/order';
import type { StoppingAid } from '../src/screening/types';

/** A storage in memory, optionally one that refuses every call (as a locked-down browser does). */
function memoryStorage(refuse = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem(key: string) {
      if (refuse) throw new Error('SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (refuse) throw new Error('SecurityError');
      items.set(key, value);
    },
  };
}

describe('formatPercent', () => {
  it('writes the confidence as a whole percentage in each language (Danish with a space before %)', () => {
    assert.equal(formatPercent('en', 0.873), '87%');
    assert.equal(formatPercent('da', 0.873), '87\u00a0%');
    assert.equal(formatPercent('en', 0.5), '50%');
  });
  it('says below 1 % and above 99 % instead of 0 % or 100 %, which a model never means', () => {
    assert.equal(formatPercent('en', 0.0004), '<1%');
    assert.equal(formatPercent('en', 0.9996), '>99%');
    assert.equal(formatPercent('en', 0), '0%');
    assert.equal(formatPercent('en', 1), '100%');
  });
  it('rounds a recall down when asked, so it is never overstated', () => {
    assert.equal(formatPercent('en', 0.5833), '58%');
    assert.equal(formatPercent('en', 0.587), '59%');
    assert.equal(formatPercent('en', 0.587, true), '58%');
    assert.equal(formatPercent('en', Number.NaN), '–');
  });
});

describe('confidenceWidth', () => {
  it('is the percentage, with a sliver always visible and never past the bar', () => {
    assert.deepEqual([0, 0.004, 0.5, 0.876, 1].map(confidenceWidth), [2, 2, 50, 88, 100]);
  });
});

describe('stoppingCase', () => {
  const aid = (unscreened: number, relevantFound: number) => ({ unscreened, relevantFound }) as StoppingAid;
  it('picks the sentence: all screened, none relevant yet, or counting since the last relevant one', () => {
    assert.equal(stoppingCase(aid(0, 3)), 'all');
    assert.equal(stoppingCase(aid(5, 0)), 'none');
    assert.equal(stoppingCase(aid(5, 2)), 'since');
  });
});

describe('markRecord', () => {
  it("marks the question's stems and the model's words in two kinds, and gives the text back whole", () => {
    const text = 'Magnesium oxide for nocturnal leg cramps in older adults';
    const segments = markRecord(text, ['magnesium', 'cramp'], ['leg', 'cramps', 'nocturnal']);
    assert.deepEqual(segments, [
      { text: 'Magnesium', kind: 'question' },
      { text: ' oxide for ', kind: 'plain' },
      { text: 'nocturnal', kind: 'why' },
      { text: ' ', kind: 'plain' },
      { text: 'leg', kind: 'why' },
      { text: ' ', kind: 'plain' },
      { text: 'cramps', kind: 'both' },
      { text: ' in older adults', kind: 'plain' },
    ]);
    assert.equal(segments.map((s) => s.text).join(''), text);
  });
  it('matches why-words whole and regardless of case, not as prefixes', () => {
    assert.deepEqual(markRecord('Legs, LEG and legacy', [], ['leg']), [
      { text: 'Legs, ', kind: 'plain' },
      { text: 'LEG', kind: 'why' },
      { text: ' and legacy', kind: 'plain' },
    ]);
  });
  it('without why-words marks the question only, as before', () => {
    assert.deepEqual(markRecord('Magnesium for cramps', ['cramp'], []), [
      { text: 'Magnesium for ', kind: 'plain' },
      { text: 'cramps', kind: 'question' },
    ]);
  });
});

describe('whyForms', () => {
  it('gathers every form of the why-terms once', () => {
    assert.deepEqual(whyForms([{ forms: ['leg'] }, { forms: ['leg', 'cramps'] }, { forms: ['cramps', 'cramp'] }]), [
      'leg',
      'cramps',
      'cramp',
    ]);
  });
});

describe('the remembered order', () => {
  it('is kept per review, with AI as the default', () => {
    const storage = memoryStorage();
    assert.equal(readOrder(storage, 'R1'), 'ai');
    saveOrder(storage, 'R1', 'random');
    saveOrder(storage, 'R2', 'source');
    assert.equal(readOrder(storage, 'R1'), 'random');
    assert.equal(readOrder(storage, 'R2'), 'source');
    assert.equal(storage.items.get(orderKey('R1')), 'random');
  });
  it('falls back to AI for a stored text that is no order, no storage, or a storage that refuses', () => {
    const storage = memoryStorage();
    storage.items.set(orderKey('R1'), 'best');
    assert.equal(readOrder(storage, 'R1'), 'ai');
    assert.equal(readOrder(undefined, 'R1'), 'ai');
    const locked = memoryStorage(true);
    assert.equal(readOrder(locked, 'R1'), 'ai');
    assert.doesNotThrow(() => saveOrder(locked, 'R1', 'source'));
  });
});
