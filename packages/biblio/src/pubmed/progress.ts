/** Progress of a long operation, for a progress bar: `done` of `total` units (records, or PMIDs for links). */
export interface PubmedProgress {
  phase: 'search' | 'fetch' | 'summary' | 'link';
  done: number;
  total: number;
}

export type ProgressListener = (progress: PubmedProgress) => void;

/** Options every multi-request operation takes. */
export interface RunOptions {
  /** Cancels the operation: the request in flight is aborted and no other starts. */
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}
