/** The shapes of the screening queue and progress as the server gives them (server/src/screening/progress-routes.ts). */
import type { Progress, QueueRecord } from '../api/types';

export const ORDERS = ['ai', 'random', 'source'] as const;
/** The order of the queue: by the model, at random (a seed per reviewer), or the records' own order. */
export type QueueOrder = (typeof ORDERS)[number];

/** One term's part in the model's score for a record: the record's own word, its forms, and its weight. */
export interface WhyTerm {
  term: string;
  word: string;
  /** Lower-case words of the record that stem to the term, for highlighting. */
  forms: string[];
  weight: number;
}

export interface RankedItem {
  record: QueueRecord;
  priority: number | null;
  /** The model's probability-like confidence that the record is relevant, 0 to 1; null outside AI order. */
  confidence: number | null;
  why: WhyTerm[];
}

export interface RankedQueue {
  items: RankedItem[];
  remaining: number;
  /** The order given ("source" when AI order was asked for before the model could start). */
  order: QueueOrder;
  model: { name: string; relevant: number; irrelevant: number } | null;
  reason: string | null;
}

/** @evidens/screen's stopping aid for the stage. */
export interface StoppingAid {
  screened: number;
  relevantFound: number;
  unscreened: number;
  sinceLastRelevant: number;
  window: { size: number; relevant: number };
  remaining: { estimate: number; upper: number; level: number };
  recall: { estimate: number; lower: number };
  statement: string;
}

export interface StageProgress extends Progress {
  /** Null until a record has a final decision at the stage. */
  stopping: StoppingAid | null;
}
