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
