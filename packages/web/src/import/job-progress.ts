/**
 * A job's progress in words for a progress bar: the share done as a whole percent (never 100 before the job has
 * ended, so that a bar at 100 % always means finished), and the line under it. Pure: no React, no DOM.
 */
import type { Job } from '../api/imports';
import { serverText } from '../i18n/server-text';

export type ProgressLanguage = 'da' | 'en';

const LOCALES: Record<ProgressLanguage, string> = { da: 'da-DK', en: 'en-GB' };

/** The whole percent a bar shows: floor of progress × 100, 100 only when done, 0 for a missing or odd value. */
export function progressPercent(job: Pick<Job, 'status' | 'progress'>): number {
  if (job.status === 'done') return 100;
  const p = Number.isFinite(job.progress) ? job.progress : 0;
  return Math.min(99, Math.max(0, Math.floor(p * 100)));
}

/**
 * A percent as the language writes it.
 * @example
 * formatPercent('da', 42); // → '42 %'
 * formatPercent('en', 42); // → '42%'
 */
export function formatPercent(lang: ProgressLanguage, percent: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** What the progress line says. */
export interface ProgressLine {
  percent: number;
  /** True once the job is done or failed. */
  ended: boolean;
  failed: boolean;
  /** "42 % · stored 100 of 2000 records" (the job's own message, which the server writes in English). */
  text: string;
}

/**
 * The progress line of a job.
 * @example
 * jobProgressLine({ status: 'running', progress: 0.425, message: 'stored 100 of 200 records', error: null }, 'en');
 * // → { percent: 42, ended: false, failed: false, text: '42% · stored 100 of 200 records' }
 */
export function jobProgressLine(
  job: Pick<Job, 'status' | 'progress' | 'message' | 'error'>,
  lang: ProgressLanguage,
  words: { queued: string; done: string; failed: string } = { queued: 'waiting', done: 'done', failed: 'failed' },
): ProgressLine {
  const percent = progressPercent(job);
  const shown = formatPercent(lang, percent);
  if (job.status === 'failed') {
    const why = serverText(lang, job.error?.message ?? job.message ?? '');
    return { percent, ended: true, failed: true, text: why ? `${words.failed}: ${why}` : words.failed };
  }
  if (job.status === 'done') return { percent, ended: true, failed: false, text: `${shown} · ${words.done}` };
  const said = job.status === 'queued' ? words.queued : serverText(lang, job.message ?? '');
  return { percent, ended: false, failed: false, text: said ? `${shown} · ${said}` : shown };
}
