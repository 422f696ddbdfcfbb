/**
 * What the line-oriented readers (RIS, MEDLINE) share while they read: the queue of records and issues not yet handed
 * on, and issues that are reported once per file (an unknown tag) rather than once per line.
 */
import type { IssueCode, ReadIssue } from '../issues.js';
import type { ReadItem } from '../reader.js';

export abstract class ReaderState {
  queue: ReadItem[] = [];
  private readonly seen = new Set<string>();

  /** True the first time `key` is asked for in this file. */
  protected once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  protected issue(
    code: IssueCode,
    severity: ReadIssue['severity'],
    line: number,
    record: number | undefined,
    message: string,
  ): void {
    const issue: ReadIssue = { code, severity, message, line };
    if (record !== undefined) issue.record = record;
    this.queue.push({ kind: 'issue', issue });
  }
}
