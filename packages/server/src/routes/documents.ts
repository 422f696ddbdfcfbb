/**
 * A review as files: a review folder uploaded as a zip becomes a review; a review goes out as its folder zipped
 * (deterministic: sorted names, fixed dates), and as its report in HTML, Markdown or DOCX, built by the same report
 * functions as `evidens report`.
 */
import {
  buildReport,
  gatherReport,
  LANGS,
  type Lang,
  REPORT_FORMATS,
  type ReportFormat,
  reportFiles,
  toHtml,
  toMarkdown,
} from '@evidens/report';
import { svgToPng } from '@evidens/report/png';
import { fileSlug, folderInMemory, type LoadResult } from '@evidens/review';
import {
  addMember,
  exportFiles,
  getReview,
  importFolder,
  invalid,
  loadReviewFromStore,
  type Store,
} from '@evidens/store';
import { strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import type { Context, Hono } from 'hono';
import { access, requireUser } from '../access.js';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';
import { api } from '../openapi.js';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The most bytes a zip upload may have, and may unpack to. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;
/** fflate writes DOS times in local time, so a local 1980-01-01 is the same bytes in every time zone. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The folder's files under `name/`, names sorted, every date fixed: the same review gives the same bytes. */
export function zipFolder(name: string, files: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) {
    const data = files.get(path) as string | Uint8Array;
    entries[`${name}/${path}`] = [typeof data === 'string' ? strToU8(data) : data, { mtime: ZIP_TIME }];
  }
  return zipSync(entries, { level: 6, mtime: ZIP_TIME });
}

/**
 * The text files of an uploaded zip, relative to the review folder: a zip of the folder itself (one top folder
 * holding review.yaml) or of its contents. Desktop litter (.DS_Store, __MACOSX) is left out.
 */
export function unzipFolder(bytes: Uint8Array): { name: string; files: Map<string, string> } {
  let unpacked = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        return !file.name.endsWith('/') && unpacked <= MAX_UNPACKED_BYTES;
      },
    });
  } catch {
    throw new ApiError(400, 'bad_request', 'the body is not a readable zip file');
  }
  if (unpacked > MAX_UNPACKED_BYTES) tooLarge();
  const paths = Object.keys(entries).filter(
    (p) => !p.split('/').some((part) => part.startsWith('.') || part === '__MACOSX'),
  );
  for (const path of paths)
    if (path.startsWith('/') || path.split('/').includes('..'))
      throw new ApiError(400, 'bad_request', `the zip holds a path outside its folder (${path})`);
  const top = paths[0]?.split('/')[0];
  const nested = !paths.includes('review.yaml') && paths.every((p) => p.startsWith(`${top}/`));
  const files = new Map<string, string>();
  for (const path of paths) {
    try {
      files.set(nested ? path.slice(`${top}/`.length) : path, utf8.decode(entries[path]));
    } catch {
      throw new ApiError(422, 'invalid', `${path} is not UTF-8 text: a zip upload can hold text files only`);
    }
  }
  return { name: nested && top ? top : 'upload', files };
}

/** A file name from a title (the review package's, so that the page names the files alike). */
export const slug = fileSlug;

/** A query parameter from an explicit list, or its default. */
function choice<T extends string>(c: Context<Env>, name: string, allowed: readonly T[], fallback: T): T {
  const value = c.req.query(name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new ApiError(422, 'invalid', `${name} must be one of ${allowed.join(', ')} (got ${value})`);
  return value as T;
}

/**
 * The stored review read in `lang`, as `evidens report --lang` reads a folder: texts written in both languages give
 * the one asked for.
 */
function loadIn(store: Store, reviewId: string, lang: Lang | undefined): Promise<LoadResult> {
  return loadReviewFromStore(store, reviewId, lang ? { lang } : {});
}

const attachment = (name: string) => `attachment; filename="${name}"`;

export function documentRoutes(app: Hono<Env>): void {
  const tag = 'documents';
  api(
    app,
    {
      method: 'post',
      path: '/api/reviews/import',
      summary: 'Import a review folder sent as a zip (application/zip); you become its owner',
      tag,
      responses: { 201: '{reviewId, issues}: the new review and the warnings found', 422: 'The folder has errors' },
    },
    async (c) => {
      const user = requireUser(c);
      const { store, mode } = c.get('options');
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/(zip|x-zip-compressed|octet-stream)\b/.test(type))
        throw new ApiError(
          400,
          'bad_request',
          `the body must be a zip of a review folder, application/zip (got ${type || 'no content type'})`,
        );
      if (Number(c.req.header('content-length') ?? 0) > MAX_UPLOAD_BYTES) tooLarge();
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length > MAX_UPLOAD_BYTES) tooLarge();
      const { name, files } = unzipFolder(bytes);
      const { reviewId, issues } = await importFolder(store, folderInMemory(name, files), { actor: user.id });
      if (mode === 'team') await addMember(store, { reviewId, userId: user.id, role: 'owner' }, user.id);
      return c.json({ reviewId, issues }, 201);
    },
  );

  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/folder.zip',
      summary: 'The review folder as a zip',
      tag,
      produces: 'application/zip',
    },
    async (c) => {
      const reviewId = c.req.param('reviewId') as string;
      await access(c, reviewId, 'viewer');
      const { store } = c.get('options');
      const name = slug((await getReview(store.db, reviewId)).title);
      const zip = zipFolder(name, await exportFiles(store, reviewId));
      return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/zip',
        'content-disposition': attachment(`${name}.zip`),
      });
    },
  );

  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/report',
      summary: 'The report (HTML with inline figures, Markdown, or DOCX)',
      tag,
      query: { format: 'html (default), md or docx', lang: 'da or en (default: the review language)' },
      responses: { 200: 'The report', 422: 'The review has errors to fix first' },
      produces: 'text/html',
    },
    async (c) => {
      const reviewId = c.req.param('reviewId') as string;
      await access(c, reviewId, 'viewer');
      const format = choice(c, 'format', REPORT_FORMATS, 'html');
      const asked = c.req.query('lang') === undefined ? undefined : choice<Lang>(c, 'lang', LANGS, 'da');
      const { review, issues } = await loadIn(c.get('options').store, reviewId, asked);
      const lang = asked ?? review.language;
      const errors = issues.filter((i) => i.severity === 'error');
      if (errors.length > 0) throw invalid(errors);
      const data = gatherReport(review);
      const doc = buildReport(review, { lang, data });
      let body: string | Uint8Array;
      if (format === 'html') body = toHtml(doc);
      else if (format === 'md') body = toMarkdown(doc);
      else {
        const files = await reportFiles(doc, ['docx'], (svg) => svgToPng(svg, { scale: 2 }));
        body = files.find((f) => f.path === 'report.docx')?.data as Uint8Array;
      }
      const headers = {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': attachment(`${slug(review.title)}.${format}`),
      };
      return typeof body === 'string'
        ? c.body(body, 200, headers)
        : c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
    },
  );
}

function tooLarge(): never {
  throw new ApiError(
    413,
    'payload_too_large',
    `a review folder zip may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
  );
}
