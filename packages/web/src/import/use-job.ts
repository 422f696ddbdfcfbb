/**
 * Following a job to its end: the Server-Sent Events stream of /api/jobs/:id/events, and when the stream cannot be
 * had (a proxy that buffers, a dropped connection), polling GET /api/jobs/:id instead. `onEnd` is told once.
 */
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/errors';
import { getJob, type Job, jobEventsPath } from '../api/imports';

const POLL_MS = 500;
const ended = (job: Job) => job.status === 'done' || job.status === 'failed';

export interface FollowedJob {
  job: Job | undefined;
  /** A failure to learn the job's state (not the job's own failure, which is in `job.error`). */
  error: string | undefined;
}

export function useJob(initial: Job | undefined, onEnd?: (job: Job) => void): FollowedJob {
  const [job, setJob] = useState<Job | undefined>(initial);
  const [error, setError] = useState<string>();
  const endRef = useRef(onEnd);
  endRef.current = onEnd;
  const id = initial?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new job id starts a new follow
  useEffect(() => {
    setJob(initial);
    setError(undefined);
    if (!initial || id === undefined) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let source: EventSource | undefined;
    const finish = (j: Job) => {
      if (!live) return;
      live = false;
      source?.close();
      setJob(j);
      endRef.current?.(j);
    };
    const poll = () => {
      getJob(id).then(
        ({ job: j }) => {
          if (!live) return;
          if (ended(j)) return finish(j);
          setJob(j);
          timer = setTimeout(poll, POLL_MS);
        },
        (e: unknown) => {
          if (!live) return;
          setError(messageOf(e));
          timer = setTimeout(poll, POLL_MS * 4);
        },
      );
    };
    if (ended(initial)) {
      finish(initial);
    } else if (typeof EventSource === 'function') {
      source = new EventSource(jobEventsPath(id), { withCredentials: true });
      const read = (e: MessageEvent<string>) => {
        try {
          return JSON.parse(e.data) as Job;
        } catch {
          return undefined;
        }
      };
      source.addEventListener('progress', (e) => {
        const j = read(e as MessageEvent<string>);
        if (j && live) setJob(j);
      });
      source.addEventListener('end', (e) => {
        const j = read(e as MessageEvent<string>);
        if (j) finish(j);
      });
      source.onerror = () => {
        // The stream closes after 'end'; any other close falls back to polling.
        source?.close();
        if (live) poll();
      };
    } else {
      poll();
    }
    return () => {
      live = false;
      source?.close();
      if (timer) clearTimeout(timer);
    };
  }, [id]);
  return { job, error };
}
