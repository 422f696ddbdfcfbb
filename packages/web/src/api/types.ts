/** The shapes of the API's answers, as the contract gives them (packages/server routes). */
import type { PrismaCounts, Review } from '@evidens/review';

export type Mode = 'single' | 'team';
export type Role = 'owner' | 'reviewer' | 'viewer';

export interface Me {
  user: { id: string; name: string; email: string };
  csrfToken: string;
  mode: Mode;
}

export interface ReviewSummary {
  id: string;
  title: string;
  language: 'da' | 'en';
  role: Role;
  version: number;
  updatedAt: string;
  counts: { records: number; studies: number };
}

/** GET /api/reviews/:id — the raw review.yaml map as `protocol`. */
export interface ReviewDetail {
  id: string;
  title: string;
  version: number;
  protocol: RawProtocol;
  settings: unknown;
  role: Role;
  handle: string;
}

/** The parts of the raw protocol the page reads; everything is optional because it is the file as written. */
export interface RawProtocol {
  title?: LocalText;
  language?: string;
  objective?: LocalText;
  question?: { population?: LocalText; intervention?: LocalText; comparator?: LocalText };
  eligibility?: { designs?: unknown; include?: unknown; exclude?: unknown };
  searches?: { id?: string; source?: LocalText; kind?: string; date?: string | number; hits?: number }[];
}

/** A text of review.yaml: plain, or one per language (read with `localText`). */
export type LocalText = string | Record<string, string>;

export interface ModelAnswer {
  review: Review;
  issues: unknown[];
}

export type { PrismaCounts };

/** A stored item (study, data entry, RoB assessment, GRADE entry) with its optimistic-lock version. */
export interface Item<D = Record<string, unknown>> {
  id: string;
  version: number;
  position: number;
  doc: D;
}

export interface QueueRecord {
  id: string;
  title: string | null;
  abstract?: string | null;
  year?: number | null;
  /** Plain names or `{family, given}` (read with `authorNames`). */
  authors?: unknown[];
  journal?: string | null;
}

export interface Queue {
  items: { record: QueueRecord; priority: number }[];
  remaining: number;
}

export type Stage = 'title-abstract' | 'full-text';
export type Decision = 'include' | 'exclude' | 'maybe' | 'not-retrieved';

export interface Progress {
  records: number;
  decidedByMe: number;
  complete: number;
  conflicts: number;
  included: number;
  excluded: number;
  kappa: { value: number; n: number } | null;
}

export interface DecisionAnswer {
  decision: { decision: Decision; reason?: string; version: number };
}

/** One conflict as GET …/conflicts lists it: the record and each reviewer's decision. */
export interface Conflict {
  record: QueueRecord;
  decisions: { reviewer: string; decision: Decision; reason?: string }[];
}
