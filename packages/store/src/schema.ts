/**
 * The database's tables as Kysely sees them. One schema serves SQLite and PostgreSQL, so it keeps to types both
 * speak alike: text (ids, ISO 8601 times, JSON documents), integer and real. Review content is kept as the raw items
 * of the review folder (the plain data of each YAML list item or CSV row), so that a folder goes in and comes out
 * without loss and the review package's validation applies unchanged.
 */

/** A review: its protocol (review.yaml as plain data) and its settings. */
export interface ReviewsTable {
  id: string;
  title: string;
  /** The raw review.yaml map, as JSON. */
  protocol: string;
  /** JSON {@link ReviewSettings}. */
  settings: string;
  /** Top-level keys of studies.yaml, data.yaml, rob.yaml, grade.yaml other than their lists, as JSON. */
  extras: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The files of the folder a review was imported from, kept so that an unchanged part exports byte for byte. */
export interface ReviewFilesTable {
  review_id: string;
  /** Path inside the folder, '/'-separated: 'review.yaml', 'records/pubmed.nbib'. */
  path: string;
  /** The text, or base64 for a binary file (gzip). */
  content: string;
  encoding: 'utf8' | 'base64';
  /**
   * A review file (review.yaml, screening.csv, the YAML lists): JSON of the part it held when imported; the original
   * text is written back while the part still equals it. A records file: `sha256:` and the hash of its bytes (see
   * contentDigest), so that the same export uploaded again is recognised without reading every file back.
   */
  digest: string | null;
}

/** One bibliographic record of a review, by the id that screening and studies use (PMID, RIS ID, JSONL id). */
export interface RecordsTable {
  review_id: string;
  id: string;
  /** The search it came from (review.yaml searches[].id), when known. */
  search_id: string | null;
  /** The record file it was read from, relative to the folder. */
  file: string | null;
  /** 0-based position in that file. */
  position: number;
  title: string | null;
  year: number | null;
  doi: string | null;
  pmid: string | null;
  /** The normalised record (@evidens/biblio) as JSON. */
  data: string;
  created_at: string;
}

/** A group of records found to be one publication. */
export interface DedupGroupsTable {
  id: string;
  review_id: string;
  /** The record kept. */
  kept: string;
  status: 'proposed' | 'confirmed' | 'rejected';
  /** JSON: what matched (fields, scores). */
  evidence: string;
  version: number;
  updated_at: string;
}

export interface DedupMembersTable {
  group_id: string;
  review_id: string;
  record_id: string;
}

/** One screening decision: a reviewer's on a record at a stage. */
export interface ScreeningDecisionsTable {
  id: string;
  review_id: string;
  record_id: string;
  stage: string;
  /** The reviewer's handle (initials in a folder, a member's handle in the workbench); 'consensus' settles a conflict. */
  reviewer: string;
  decision: string;
  reason: string | null;
  /** When it was decided, ISO 8601 (date or date-time, as given). */
  time: string;
  source: string | null;
  /** JSON of the cells of columns screening.csv has beyond the seven of the format (column → cell), else null. */
  raw: string | null;
  /** Order in screening.csv. */
  position: number;
  version: number;
  updated_at: string;
}

/** A raw list item of studies.yaml, data.yaml, rob.yaml or grade.yaml. */
export interface ItemsTable {
  review_id: string;
  /** The study id, outcome id (grade) or a generated id (data, rob). */
  id: string;
  position: number;
  /** The raw item as JSON. */
  doc: string;
  version: number;
  updated_at: string;
}

/** Every change, append-only: who, when, what, before and after. */
export interface AuditLogTable {
  /** Time-ordered id. */
  id: string;
  review_id: string | null;
  /** User id, or 'local' in single-user mode, or 'system'. */
  actor: string;
  at: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  /** scrypt$N$r$p$salt$hash */
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself is only in the cookie. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface MembershipsTable {
  review_id: string;
  user_id: string;
  role: 'owner' | 'reviewer' | 'viewer';
  /** The reviewer's handle in screening decisions. */
  handle: string;
  created_at: string;
}

export interface InvitationsTable {
  /** SHA-256 of the invitation token. */
  id: string;
  review_id: string;
  email: string;
  role: 'owner' | 'reviewer' | 'viewer';
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
}

/** Long work (imports, searches, exports) with progress a client can poll. */
export interface JobsTable {
  id: string;
  review_id: string | null;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  /** 0 to 1. */
  progress: number;
  message: string | null;
  /** JSON. */
  result: string | null;
  /** JSON {code, message}. */
  error: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** The database. */
export interface Database {
  reviews: ReviewsTable;
  review_files: ReviewFilesTable;
  records: RecordsTable;
  dedup_groups: DedupGroupsTable;
  dedup_members: DedupMembersTable;
  screening_decisions: ScreeningDecisionsTable;
  studies: ItemsTable;
  outcome_data: ItemsTable;
  rob_assessments: ItemsTable;
  grade_entries: ItemsTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  sessions: SessionsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  jobs: JobsTable;
}

/** Per-review settings. */
export interface ReviewSettings {
  /** Reviewers needed per screening stage: 1 (single) or 2 (blind dual screening). */
  reviewersPerStage: { 'title-abstract': 1 | 2; 'full-text': 1 | 2 };
}

export const DEFAULT_SETTINGS: ReviewSettings = { reviewersPerStage: { 'title-abstract': 2, 'full-text': 2 } };

/** The item tables, by the folder file they come from. */
export const ITEM_TABLES = ['studies', 'outcome_data', 'rob_assessments', 'grade_entries'] as const;
export type ItemTable = (typeof ITEM_TABLES)[number];
