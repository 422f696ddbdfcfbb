/**
 * A screening of a set of records by one or more reviewers, with a ranking per reviewer that is brought up to date
 * after every decision.
 *
 * Blind dual screening: each reviewer's model trains on the decisions that stand for everyone (agreed — two or more
 * reviewers decided a record the same way — or settled with `resolve`) and on that reviewer's own decisions, never on
 * another reviewer's unagreed ones. A record leaves a reviewer's ranking once that reviewer has decided it or it is
 * settled for everyone. Before a reviewer's first ranking their training set needs prior knowledge: at least one
 * relevant and one irrelevant record.
 */
import { oneOf, ScreenError } from './errors.js';
import type { SparseMatrix } from './features/sparse.js';
import { createLearner, type ModelOptions } from './models/create.js';
import { DEFAULT_MODEL, type Label, type Learner, MODELS, type ModelName } from './models/learner.js';
import { checkQuery, pickNext, type QueryOptions } from './query.js';
import { deriveSeed, mulberry32, type Random } from './random.js';
import { type StoppingAid, type StoppingOptions, stoppingAid } from './stopping/stopping-aid.js';

export interface Decision {
  /** 0-based index of the record in the matrix. */
  record: number;
  reviewer: string;
  include: boolean;
}

export interface ScreeningOptions extends ModelOptions {
  /** The model (default "lr", see DEFAULT_MODEL). */
  model?: ModelName;
  query?: QueryOptions;
  /** Seed of the query's random picks and of the linear models' pass order (default 1). */
  seed?: number;
}

interface ReviewerState {
  learner: Learner;
  /** The label this reviewer's model trains on, per record: 1, 0, or −1 for none. */
  view: Int8Array;
  /** The records this reviewer decided, in order, and what they decided. */
  history: number[];
  historyLabels: number[];
  stale: boolean;
  scores: Float64Array;
  eligible: Uint8Array;
  random: Random;
}

export class Screening {
  readonly matrix: SparseMatrix;
  private readonly options: ScreeningOptions;
  private readonly query: Required<QueryOptions>;
  private readonly decisions = new Map<number, Map<string, boolean>>();
  private readonly settled = new Map<number, boolean>();
  private readonly reviewers = new Map<string, ReviewerState>();

  /**
   * @example
   * const s = new Screening(featurize(records).matrix, { model: 'nb' });
   * s.decide({ record: 3, reviewer: 'ana', include: true });
   * s.decide({ record: 8, reviewer: 'ana', include: false });
   * s.nextFor('ana'); // the unscreened record ana's model ranks highest
   */
  constructor(matrix: SparseMatrix, options: ScreeningOptions = {}) {
    this.matrix = matrix;
    this.options = options;
    this.query = checkQuery(options.query ?? {});
    oneOf('model', options.model ?? DEFAULT_MODEL, MODELS);
  }

  /** Records a reviewer's decision (a later decision by the same reviewer on the same record replaces it). */
  decide(decision: Decision): void {
    const { record, reviewer, include } = decision;
    this.checkRecord(record);
    const byReviewer = this.decisions.get(record) ?? new Map<string, boolean>();
    this.decisions.set(record, byReviewer);
    const state = this.stateOf(reviewer);
    if (!byReviewer.has(reviewer)) {
      state.history.push(record);
      state.historyLabels.push(include ? 1 : 0);
    } else {
      state.historyLabels[state.history.lastIndexOf(record)] = include ? 1 : 0;
    }
    byReviewer.set(reviewer, include);
    this.refresh(record);
  }

  /** Settles a record for everyone (a resolved conflict, or a decision taken outside the screening). */
  resolve(record: number, include: boolean): void {
    this.checkRecord(record);
    this.settled.set(record, include);
    this.refresh(record);
  }

  /** The unscreened records of `reviewer`, best first (ties: lower index first). */
  rankFor(reviewer: string): Int32Array {
    const state = this.updated(reviewer);
    const order = Int32Array.from(state.eligible.keys()).filter((i) => state.eligible[i] === 1);
    const s = state.scores;
    return order.sort((a, b) => s[b] - s[a] || a - b);
  }

  /** The record `reviewer` should screen next under the query strategy, or null when none is left. */
  nextFor(reviewer: string): number | null {
    const state = this.updated(reviewer);
    return pickNext(state.scores, state.eligible, state.random, this.query);
  }

  /** The stopping aid for `reviewer` (stopping-aid.ts). */
  stoppingFor(reviewer: string, options: StoppingOptions = {}): StoppingAid {
    const state = this.stateOf(reviewer);
    return stoppingAid(state.historyLabels, this.matrix.rows, options);
  }

  /** The label `reviewer`'s model trains on for `record`: 1, 0, or null. */
  trainingLabel(reviewer: string, record: number): Label {
    const v = this.stateOf(reviewer).view[record];
    return v < 0 ? null : (v as 0 | 1);
  }

  private checkRecord(record: number): void {
    if (!(Number.isInteger(record) && record >= 0 && record < this.matrix.rows)) {
      throw new ScreenError(
        'unknown_record',
        `record must be an index from 0 to ${this.matrix.rows - 1} (got ${record})`,
      );
    }
  }

  /** The label for everyone: settled, or agreed by two or more reviewers; else undefined. */
  private common(record: number): boolean | undefined {
    const settled = this.settled.get(record);
    if (settled !== undefined) return settled;
    const byReviewer = this.decisions.get(record);
    if (!byReviewer || byReviewer.size < 2) return undefined;
    const [first] = byReviewer.values();
    for (const v of byReviewer.values()) if (v !== first) return undefined;
    return first;
  }

  private labelFor(reviewer: string, record: number): number {
    const common = this.common(record);
    const own = common ?? this.decisions.get(record)?.get(reviewer);
    return own === undefined ? -1 : own ? 1 : 0;
  }

  private refresh(record: number): void {
    for (const [name, state] of this.reviewers) this.apply(name, state, record);
  }

  private apply(name: string, state: ReviewerState, record: number): void {
    const label = this.labelFor(name, record);
    const decided = this.decisions.get(record)?.has(name) === true;
    state.eligible[record] = label < 0 && !decided ? 1 : 0;
    if (state.view[record] === label) return;
    state.view[record] = label;
    state.learner.setLabel(record, label < 0 ? null : (label as 0 | 1));
    state.stale = true;
  }

  private stateOf(reviewer: string): ReviewerState {
    const known = this.reviewers.get(reviewer);
    if (known) return known;
    const rows = this.matrix.rows;
    const seed = deriveSeed(this.options.seed ?? 1, this.reviewers.size);
    const state: ReviewerState = {
      learner: createLearner(this.options.model ?? DEFAULT_MODEL, this.matrix, this.options, seed),
      view: new Int8Array(rows).fill(-1),
      history: [],
      historyLabels: [],
      stale: true,
      scores: new Float64Array(rows),
      eligible: new Uint8Array(rows).fill(1),
      random: mulberry32(deriveSeed(seed, 1)),
    };
    this.reviewers.set(reviewer, state);
    for (const record of new Set([...this.decisions.keys(), ...this.settled.keys()]))
      this.apply(reviewer, state, record);
    return state;
  }

  private updated(reviewer: string): ReviewerState {
    const state = this.stateOf(reviewer);
    if (!state.stale) return state;
    const { relevant, irrelevant } = state.learner.counts;
    if (relevant < 1 || irrelevant < 1) {
      throw new ScreenError(
        'prior_knowledge',
        `reviewer ${reviewer} needs at least one relevant and one irrelevant record before a ranking ` +
          `(has ${relevant} relevant, ${irrelevant} irrelevant)`,
      );
    }
    state.learner.fit();
    state.learner.scores(state.scores);
    state.stale = false;
    return state;
  }
}
