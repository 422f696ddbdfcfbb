/**
 * A stopping aid: numbers that help a reviewer judge whether to stop screening, and a plain statement of what stopping
 * now risks. It never stops anything itself.
 *
 * The estimate of relevant records still unseen follows Callaghan & Müller-Hansen (2020, Systematic Reviews 9:273,
 * "Statistical stopping criteria for automated screening in systematic reviews"): the most recent `window` screened
 * records are treated as if drawn at random from themselves together with the U records not yet screened. Prioritised
 * screening puts likely records first, so the unscreened records are, if anything, poorer in relevant ones than the
 * window, and the estimate errs towards more remaining, not fewer. With k relevant among the n window records:
 *
 *   estimate  = U · k / n
 *   upper     = max{ K − k : P(X ≤ k | X ~ Hypergeometric(n + U, K, n)) ≥ 1 − level },  K = k … k + U
 *
 * and recall is estimated as found / (found + estimate), at least found / (found + upper).
 */
import { inRange } from '../errors.js';
import { hypergeometricCdf } from './hypergeometric.js';

export interface StoppingOptions {
  /** Records in the window (default: the most recent quarter of those screened, at least 50). */
  window?: number;
  /** Confidence level of the upper bound (default 0.95). */
  level?: number;
}

export interface StoppingAid {
  /** Records screened (prior knowledge included). */
  screened: number;
  /** Relevant records among them. */
  relevantFound: number;
  /** Records not yet screened. */
  unscreened: number;
  /** Records screened since the last relevant one (all of them when none was relevant). */
  sinceLastRelevant: number;
  /** The most recent screened records the estimate rests on, and how many of them were relevant. */
  window: { size: number; relevant: number };
  /** Relevant records estimated to remain among the unscreened: point estimate and upper bound at `level`. */
  remaining: { estimate: number; upper: number; level: number };
  /** Estimated recall so far (0 to 1) and its lower bound at `level`. */
  recall: { estimate: number; lower: number };
  /** What stopping now risks, in words. */
  statement: string;
}

function upperBound(k: number, n: number, unscreened: number, level: number): number {
  const ok = (K: number) => hypergeometricCdf(k, n + unscreened, K, n) >= 1 - level;
  let lo = k;
  let hi = k + unscreened;
  if (ok(hi)) return unscreened;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo - k;
}

/**
 * The stopping aid for a screening `history` (1 relevant, 0 irrelevant, in the order screened) out of `total` records.
 *
 * @example
 * const history = [1, 1, 0, 1, ...Array(96).fill(0)];
 * stoppingAid(history, 1000, { window: 50 });
 * // { sinceLastRelevant: 96, window: { size: 50, relevant: 0 }, remaining: { estimate: 0, upper: 53, … }, … }
 */
export function stoppingAid(history: ArrayLike<number>, total: number, options: StoppingOptions = {}): StoppingAid {
  const screened = history.length;
  inRange('total', total, screened, Number.MAX_SAFE_INTEGER);
  const level = inRange('level', options.level ?? 0.95, 0.5, 0.999999);
  const size = Math.min(screened, Math.round(inRange('window', options.window ?? Math.max(50, screened / 4), 1, 1e12)));
  let relevantFound = 0;
  let last = -1;
  let windowRelevant = 0;
  for (let i = 0; i < screened; i++) {
    if (history[i] !== 1) continue;
    relevantFound++;
    last = i;
    if (i >= screened - size) windowRelevant++;
  }
  const unscreened = total - screened;
  const estimate = size > 0 ? (unscreened * windowRelevant) / size : unscreened;
  const upper = size > 0 ? upperBound(windowRelevant, size, unscreened, level) : unscreened;
  const recall = {
    estimate: relevantFound + estimate > 0 ? relevantFound / (relevantFound + estimate) : 1,
    lower: relevantFound + upper > 0 ? relevantFound / (relevantFound + upper) : 1,
  };
  const aid = {
    screened,
    relevantFound,
    unscreened,
    sinceLastRelevant: screened - 1 - last,
    window: { size, relevant: windowRelevant },
    remaining: { estimate, upper, level },
    recall,
  };
  return { ...aid, statement: statement(aid) };
}

const count = (x: number) => Math.round(x).toLocaleString('en');
const percent = (x: number) => `${Math.floor(x * 100)}%`;

function statement(a: Omit<StoppingAid, 'statement'>): string {
  if (a.unscreened === 0) return 'Every record has been screened; stopping now risks nothing.';
  const since =
    a.relevantFound === 0
      ? `No relevant record has been found in ${count(a.screened)} screened.`
      : `${count(a.sinceLastRelevant)} records have been screened since the last relevant one.`;
  const level = `${Math.round(a.remaining.level * 100)}%`;
  return (
    `Stopping now leaves ${count(a.unscreened)} records unscreened. ${since} ` +
    `${a.window.relevant} of the last ${count(a.window.size)} screened were relevant; if the unscreened records are ` +
    `no richer in relevant ones, about ${count(a.remaining.estimate)} relevant records remain unseen ` +
    `(at most ${count(a.remaining.upper)} at ${level} confidence): estimated recall ${percent(a.recall.estimate)}, ` +
    `at least ${percent(a.recall.lower)}. The ranking cannot see what it has not been shown: records unlike any ` +
    'found so far may rank low, so the decision to stop stays with the reviewers.'
  );
}
