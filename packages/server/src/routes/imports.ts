/**
 * POST /api/reviews/:reviewId/imports?file=NAME&search=SEARCHID: the body is an export file as it came from the
 * database (MEDLINE, PubMed XML, RIS, BibTeX, EndNote XML, Web of Science, CSV, CSL-JSON, JSON Lines; gzip allowed).
 * The answer is 202 with the import job; the job reads, stores and counts. A file the review holds already, byte for
 * byte, is refused with 409 unless `again=1` says the same export is meant to count twice: every record of every
 * import is kept (see landRecordsFile), so an upload made twice by mistake would double a search.
 *
 * DELETE /api/reviews/:reviewId/imports?file=records/NAME takes an imported file back out, with its records, while
 * nothing rests on them (see remove-records-file.ts); the owner's to do.
 */
import { fromJson } from '@evidens/store';
import type { Context, Hono } from 'hono';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';
import { importFile } from '../jobs/import-file.js';
import { storedCopy } from '../jobs/record-files.js';
import { removeRecordsFile } from '../jobs/remove-records-file.js';
import { param, runJob } from '../jobs/run-job.js';
import { api } from '../openapi.js';

/** The largest file an import takes. */
export const IMPORT_LIMIT_BYTES = 200 * 1024 * 1024;

/** A plain file name: 1 to 200 characters, no slashes, no control characters, not . or .. */
const fileNameOk = (name: string): boolean =>
  name.length > 0 &&
  name.length <= 200 &&
  !/[/\\]/.test(name) &&
  ![...name].some((ch) => ch.charCodeAt(0) < 32) &&
  name !== '.' &&
  name !== '..';

/** The request body, refused with 413 as soon as it is known to pass `limit` bytes. */
export async function readLimitedBody(c: Context<Env>, limit: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new ApiError(413, 'payload_too_large', `the file is larger than the ${Math.round(limit / 1024 / 1024)} MB allowed`);
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const body = c.req.raw.body;
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The protocol's search ids of a review. */
export async function searchIds(c: Context<Env>, reviewId: string): Promise<string[]> {
  const row = await c
    .get('options')
    .store.db.selectFrom('reviews')
    .select('protocol')
    .where('id', '=', reviewId)
    .executeTakeFirstOrThrow();
  const searches = fromJson<{ searches?: unknown }>(row.protocol, 'the protocol').searches;
  return Array.isArray(searches) ? searches.map((s) => String((s as { id?: unknown }).id)) : [];
}

export function importRoutes(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'post',
      path: '/api/reviews/:reviewId/imports',
      summary: 'Import an export file of records (the raw file is the body); answers with the import job',
      tag: 'records',
      query: {
        file: 'The file name, stored as records/NAME (required)',
        search: "The protocol's search the records come from; none: a new search named after the file",
        again: '1: import the file even if the review holds the same bytes already',
      },
      responses: {
        202: '{job}: the import job, queued',
        409: 'the review holds this file already (details.file names it); send again=1 to import it once more',
      },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      const { user } = await access(c, reviewId, 'reviewer');
      const name = c.req.query('file')?.trim() ?? '';
      if (!fileNameOk(name))
        throw new ApiError(
          422,
          'invalid',
          'file: give the file name as ?file=NAME (no slashes, at most 200 characters)',
        );
      const searchId = c.req.query('search') || undefined;
      if (searchId !== undefined && !(await searchIds(c, reviewId)).includes(searchId))
        throw new ApiError(422, 'invalid', `search: there is no search ${searchId} in the protocol`);
      const bytes = await readLimitedBody(c, IMPORT_LIMIT_BYTES);
      if (bytes.byteLength === 0)
        throw new ApiError(422, 'invalid', 'the body is empty: send the export file as the body');
      const options = c.get('options');
      const again = c.req.query('again');
      if (again !== undefined && again !== '1' && again !== '0')
        throw new ApiError(422, 'invalid', `the again parameter must be 1 or 0 (got ${again})`);
      if (again !== '1') {
        const copy = await storedCopy(options.store, reviewId, bytes);
        if (copy !== undefined)
          throw new ApiError(
            409,
            'exists',
            `this file is in the review already, as ${copy}; import it again only if the same export should count twice`,
            { file: copy },
          );
      }
      const job = await runJob(options, { reviewId, kind: 'import', actor: user.id }, (report) =>
        importFile(
          options.store,
          { reviewId, actor: user.id, name, bytes, clock: options.now, ...(searchId ? { searchId } : {}) },
          report,
        ),
      );
      return c.json({ job }, 202);
    },
  );

  api(
    app,
    {
      method: 'delete',
      path: '/api/reviews/:reviewId/imports',
      summary: 'Remove an imported records file with its records, while no decision, group or study rests on them',
      tag: 'records',
      query: { file: 'The stored file: records/NAME, as the searches list it (required)' },
      responses: {
        200: '{file, records, searchId, searchRemoved, groups}',
        404: 'the review has no such records file',
        409: 'in_use: screening decisions, confirmed duplicate groups or studies rest on its records (details count them)',
      },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      const { user } = await access(c, reviewId, 'owner');
      const path = c.req.query('file')?.trim() ?? '';
      if (!path.startsWith('records/') || !fileNameOk(path.slice('records/'.length)))
        throw new ApiError(422, 'invalid', 'file: give the stored file as ?file=records/NAME');
      const removed = await removeRecordsFile(c.get('options').store, { reviewId, actor: user.id, path });
      return c.json(removed);
    },
  );
}
