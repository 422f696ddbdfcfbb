/**
 * Progress on stderr for long work: a single line redrawn at most four times a second, shown only when stderr is a
 * terminal and the work has taken more than a second, and cleared at the end. Never on stdout, so output stays clean
 * for pipes and `--json`.
 */
import type { Output } from './io.js';

export interface Progress {
  update(text: string): void;
  done(): void;
}

export function progress(stderr: Output & { isTTY?: boolean }, now: () => number = Date.now): Progress {
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(text) {
      if (!stderr.isTTY) return;
      const t = now();
      if (t - started < 1000 || t - last < 250) return;
      last = t;
      shown = true;
      stderr.write(`\r\x1b[2K${text}`);
    },
    done() {
      if (shown) stderr.write('\r\x1b[2K');
    },
  };
}

/**
 * A bar of `width` cells for a fraction done, and the percentage.
 * @example
 * meter(0.42, 10); // '[####......] 42%'
 */
export function meter(fraction: number, width = 20): string {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const full = Math.round(f * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${Math.floor(f * 100)}%`;
}

/** A size in bytes for people: "812 kB", "533 MB", "1.2 GB". */
export function byteSize(bytes: number): string {
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
  if (bytes < 1e9) return `${Math.round(bytes / 1e6)} MB`;
  return `${(bytes / 1e9).toFixed(1)} GB`;
}
