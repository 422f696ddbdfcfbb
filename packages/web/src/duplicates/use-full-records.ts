/** The full records of a group's members (the list gives summaries without volume, issue and pages). */
import { useEffect, useState } from 'react';
import { readRecord } from '../api/dedup';
import type { FullRecord } from '../api/records';

/** The records read so far, by id; a record that cannot be read stays out (its summary is shown). */
export function useFullRecords(reviewId: string, ids: readonly string[]): Map<string, FullRecord> {
  const [records, setRecords] = useState(() => new Map<string, FullRecord>());
  const key = ids.join('\n');
  useEffect(() => {
    let live = true;
    const wanted = key.split('\n').filter(Boolean);
    Promise.all(wanted.map((id) => readRecord(reviewId, id).catch(() => undefined))).then((found) => {
      if (!live) return;
      const next = new Map<string, FullRecord>();
      for (const stored of found) if (stored) next.set(stored.id, stored.record);
      setRecords(next);
    });
    return () => {
      live = false;
    };
  }, [reviewId, key]);
  return records;
}
