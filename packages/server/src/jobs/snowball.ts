/**
 * Citation searching from one record: the PubMed records it cites and/or that cite it (ELink), less those the review
 * already has, fetched and stored under the protocol's 'citation-searching' search (kind 'other', so that PRISMA
 * counts them under "other methods"), which is created the first time.
 */
import { writeJsonl } from '@evidens/biblio';
import type { User } from '../env.js';
import { collect, pubmedClient } from './pubmed.js';
import { landRecordsFile, today } from './record-files.js';
import type { JobOptions, Report } from './run-job.js';

export const SNOWBALL_DIRECTIONS = ['references', 'cited-by', 'both'] as const;
export type SnowballDirection = (typeof SNOWBALL_DIRECTIONS)[number];

export const CITATION_SEARCH = { id: 'citation-searching', kind: 'other', source: 'Citation searching' } as const;

export interface SnowballResult {
  pmid: string;
  direction: SnowballDirection;
  /** PMIDs ELink linked. */
  linked: number;
  /** Of those, PMIDs the review did not have yet, and so fetched. */
  fetched: number;
  added: number;
  file: string | null;
  warnings: string[];
}

export async function snowball(
  options: JobOptions,
  spec: { reviewId: string; user: User; pmid: string; direction: SnowballDirection },
  report: Report,
): Promise<SnowballResult> {
  const client = pubmedClient(options, spec.user, false);
  const { pmid, direction } = spec;
  const linked = new Set<string>();
  const warnings: string[] = [];
  report(0, `asking PubMed for the links of PMID ${pmid}`);
  if (direction !== 'cited-by') {
    const refs = await client.references([pmid]);
    for (const l of refs.links) for (const id of l.linked) linked.add(id);
    warnings.push(...refs.warnings);
  }
  if (direction !== 'references') {
    const citing = await client.citedBy([pmid]);
    for (const l of citing.links) for (const id of l.linked) linked.add(id);
    warnings.push(...citing.warnings);
  }
  const { db } = options.store;
  const have = await db
    .selectFrom('records')
    .select(['id', 'pmid'])
    .where('review_id', '=', spec.reviewId)
    .where((eb) => eb.or([eb('pmid', 'in', [...linked, '']), eb('id', 'in', [...linked, ''])]))
    .execute();
  const known = new Set(have.flatMap((r) => [r.id, r.pmid ?? '']));
  const wanted = [...linked].filter((id) => !known.has(id));
  const base = { pmid, direction, linked: linked.size, fetched: wanted.length };
  if (wanted.length === 0) return { ...base, added: 0, file: null, warnings };
  report(0.2, `fetching ${wanted.length} records`);
  const stream = client.fetchPmids(wanted, {
    onProgress: (p) => report(0.2 + (0.7 * p.done) / Math.max(1, p.total), `fetched ${p.done} of ${p.total}`),
  });
  const { records } = await collect(stream);
  if (records.length === 0) return { ...base, added: 0, file: null, warnings: [...warnings, ...stream.warnings] };
  const date = today(options.now);
  const landed = await landRecordsFile(options.store, {
    reviewId: spec.reviewId,
    actor: spec.user.id,
    name: `citation-searching-${date}.jsonl`,
    content: writeJsonl(records),
    records,
    search: { existingOrCreate: { ...CITATION_SEARCH, date } },
  });
  return { ...base, added: landed.added, file: landed.file, warnings: [...warnings, ...stream.warnings] };
}
