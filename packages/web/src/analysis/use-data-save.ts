/**
 * Editing a study's numbers in the analysis page: each change goes into the model at once (the page recomputes), and
 * leaving the field saves it with PUT …/data/:item and the item's version. A 409 puts the stored numbers back and says
 * which; a 422 says why the numbers were refused.
 */
import type { OutcomeData, Review } from '@evidens/review';
import { type Dispatch, type SetStateAction, useMemo, useState } from 'react';
import { put, seg } from '../api/client';
import { ApiFailure, messageOf } from '../api/errors';
import type { Item } from '../api/types';
import { useI18n } from '../i18n/context';
import { getAt, type Path, pairItems, setAt } from './edit';

export function useDataSave(
  base: string,
  initialItems: Item[],
  review: Review,
  setReview: Dispatch<SetStateAction<Review>>,
) {
  const { t } = useI18n();
  const [items, setItems] = useState(initialItems);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const pairs = useMemo(
    () =>
      pairItems(
        review.data,
        items.map((i) => i.doc),
      ),
    [review.data, items],
  );
  const labelOf = (study: string) => review.studies.find((s) => s.id === study)?.label ?? study;

  const edit = (index: number, path: Path, value: number) => {
    setReview((r) => ({ ...r, data: r.data.map((d, i) => (i === index ? setAt(d, path, value) : d)) }));
  };

  const commit = async (index: number) => {
    const at = pairs[index];
    const entry = review.data[index];
    if (at === undefined) return;
    const item = items[at];
    // The stored document with the model entry's numbers written into it (only the numbers the table edits).
    let doc = item.doc;
    for (const part of ['arms', 'paired', 'effect'] as const) {
      if (entry[part] !== undefined) doc = setAt(doc, [part], { ...(doc[part] as object), ...entry[part] });
    }
    setStatus(t('analysis.saving'));
    try {
      const answer = await put<Item | { item: Item }>(`${base}/data/${seg(item.id)}`, { version: item.version, doc });
      // The contract says {item}; the server answers with the item itself. Either is read.
      const saved = 'item' in answer ? answer.item : answer;
      setItems((list) => list.map((x, i) => (i === at ? saved : x)));
      setStatus(t('analysis.saved'));
      setError(undefined);
    } catch (e) {
      setStatus('');
      const label = labelOf(entry.study);
      if (e instanceof ApiFailure && e.code === 'version_conflict') {
        const current = (e.details as { current?: unknown } | undefined)?.current;
        if (current && typeof current === 'object' && 'doc' in current) {
          const stored = current as Item;
          setItems((list) => list.map((x, i) => (i === at ? stored : x)));
          setReview((r) => ({ ...r, data: r.data.map((d, i) => (i === index ? restore(d, stored.doc) : d)) }));
          setError(t('analysis.conflict', { study: label, value: describe(stored.doc, entry) }));
        } else {
          setError(t('analysis.conflict', { study: label, value: String(current ?? '?') }));
        }
      } else if (e instanceof ApiFailure && e.status === 422) {
        setError(t('analysis.invalid', { study: label, message: messageOf(e) }));
      } else setError(messageOf(e));
    }
  };

  return { edit, commit, status, error };
}

/** The model entry with the stored document's numbers (after a conflict). */
function restore(entry: OutcomeData, doc: Record<string, unknown>): OutcomeData {
  let out = entry;
  for (const part of ['arms', 'paired', 'effect']) {
    if (doc[part] !== undefined) out = setAt(out, [part], doc[part]);
  }
  return out;
}

/** The stored numbers that differ from what the user typed, as "arms.intervention.mean = 11.8". */
function describe(doc: Record<string, unknown>, mine: object): string {
  const diffs: string[] = [];
  const walk = (path: string[]) => {
    const a = getAt(doc, path);
    const b = getAt(mine, path);
    if (a && typeof a === 'object') {
      for (const k of Object.keys(a)) walk([...path, k]);
    } else if (typeof a === 'number' && a !== b) diffs.push(`${path.join('.')} = ${a}`);
  };
  for (const part of ['arms', 'paired', 'effect']) walk([part]);
  return diffs.join(', ') || '–';
}
