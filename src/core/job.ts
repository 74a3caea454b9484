// The state of a long job that runs in chunks across executions, and the rules that move it forward.

export interface JobState {
  id: string;
  kind: string;
  /** Parameters the handler needs to list and process items (plain JSON). */
  params: Record<string, unknown>;
  /** Spreadsheet the job belongs to, so a time-driven trigger can open it. */
  spreadsheetId: string;
  total: number;
  /** Items before this index are finished; the handler's item list is stable between chunks. */
  cursor: number;
  /** Failed attempts at the item under the cursor; after MAX_ATTEMPTS it is skipped and reported. */
  attempts: number;
  errors: string[];
  /** Things worth telling the user that did not stop an item (e.g. unknown merge fields), each said once. */
  warnings?: string[];
  startedAt: number;
  finishedAt: number | null;
  chunks: number;
}

export interface JobProgress {
  jobId: string;
  kind: string;
  done: number;
  total: number;
  finished: boolean;
  errors: string[];
  warnings: string[];
  chunks: number;
}

export const MAX_ATTEMPTS = 3;
export const MAX_WARNINGS = 20;

/** Adds warnings not said yet, keeping at most MAX_WARNINGS. */
export function addWarnings(job: JobState, warnings: readonly string[]): void {
  const known = job.warnings ?? [];
  for (const w of warnings) if (!known.includes(w) && known.length < MAX_WARNINGS) known.push(w);
  job.warnings = known;
}
/** Stop starting new items after this long, leaving room under Apps Script's 6-minute limit for the slowest item. */
export const CHUNK_BUDGET_MS = 4.5 * 60 * 1000;

export function progressOf(job: JobState): JobProgress {
  return {
    jobId: job.id,
    kind: job.kind,
    done: Math.min(job.cursor, job.total),
    total: job.total,
    finished: job.finishedAt !== null,
    errors: job.errors.slice(0, 20),
    warnings: (job.warnings ?? []).slice(0, MAX_WARNINGS),
    chunks: job.chunks,
  };
}
