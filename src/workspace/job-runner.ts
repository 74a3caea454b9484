// Runs long jobs in chunks: checkpoints in user properties after every item, stops before the 6-minute limit,
// and is driven by the open dialog (one chunk per call) or, if the user closes it, by an hourly add-on trigger.

import { addWarnings, CHUNK_BUDGET_MS, type JobProgress, type JobState, MAX_ATTEMPTS, progressOf, unitOf } from '../core/job';
import { userLocale } from './locale';

/**
 * A kind of job: a stable list of item keys, and an idempotent step per item. `params.spreadsheetId` is always set:
 * a chunk run by the hourly trigger has no active spreadsheet, so handlers open the workbook by that id.
 */
export interface JobHandler<C = unknown> {
  kind: string;
  listItems(params: Record<string, unknown>): string[];
  /**
   * Reads what every item of one chunk shares (e.g. the workbook), once, just before the chunk's first item; the
   * result is handed to each processItem of that chunk and dropped with it, so the next chunk reads afresh.
   */
  openChunk?(params: Record<string, unknown>): C;
  /**
   * Must be safe to repeat: an execution can be killed after the item's work and before its checkpoint. May return
   * warnings for the user (said once per job, however many items repeat them).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a handler with nothing to say simply returns (its type is void).
  processItem(key: string, params: Record<string, unknown>, chunk: C): readonly string[] | void;
  /** Runs once after the last item (e.g. write a summary). */
  finish?(params: Record<string, unknown>): void;
}

const handlers = new Map<string, JobHandler>();
const PREFIX = 'job:';
export const RESUME_HANDLER = 'resumeJobs';

export function registerJobHandler<C>(handler: JobHandler<C>): void {
  handlers.set(handler.kind, handler as JobHandler);
}

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

/**
 * A job's parameters (item lists can run to tens of KB at district scale) are kept apart from its small, often-saved
 * state, in pieces under Apps Script's 9 KB per value: a UTF-16 unit is at most 3 bytes in UTF-8.
 */
const PARAMS_PIECE_UNITS = 2_800;
/** Finished jobs are forgotten after this long, so user properties (500 KB in all) never fill up. */
const KEEP_FINISHED_MS = 7 * 24 * 3_600_000;

const stateKey = (id: string) => `${PREFIX}${id}`;
const paramsKey = (id: string, piece: number) => `${PREFIX}${id}:p${piece}`;
const isStateKey = (key: string) => key.startsWith(PREFIX) && !key.slice(PREFIX.length).includes(':');

type StoredJob = Omit<JobState, 'params'> & { paramPieces: number };

/** Saves the job's progress: one small property write (its parameters are written once, at start). */
function save(job: JobState): void {
  const { params: _params, ...state } = job;
  const stored: StoredJob = { ...state, paramPieces: Math.ceil(JSON.stringify(job.params).length / PARAMS_PIECE_UNITS) };
  store().setProperty(stateKey(job.id), JSON.stringify(stored));
}

function saveNew(job: JobState): void {
  const json = JSON.stringify(job.params);
  const pieces: Record<string, string> = {};
  for (let i = 0; i * PARAMS_PIECE_UNITS < json.length; i++)
    pieces[paramsKey(job.id, i)] = json.slice(i * PARAMS_PIECE_UNITS, (i + 1) * PARAMS_PIECE_UNITS);
  store().setProperties(pieces);
  save(job);
}

function fromStore(all: Record<string, string>, id: string): JobState | null {
  const raw = all[stateKey(id)];
  if (!raw) return null;
  const { paramPieces, ...state } = JSON.parse(raw) as StoredJob;
  let json = '';
  for (let i = 0; i < paramPieces; i++) json += all[paramsKey(id, i)] ?? '';
  return { ...state, params: json ? (JSON.parse(json) as Record<string, unknown>) : {} };
}

/** One read of the user's properties. */
export function loadJob(jobId: string): JobState | null {
  return fromStore(store().getProperties(), jobId);
}

function allJobs(): JobState[] {
  const all = store().getProperties();
  return Object.keys(all)
    .filter(isStateKey)
    .map((k) => fromStore(all, k.slice(PREFIX.length)))
    .filter((job): job is JobState => job !== null);
}

function forget(jobs: readonly JobState[]): void {
  if (jobs.length === 0) return;
  const props = store();
  const keys = props.getKeys();
  for (const job of jobs) {
    for (const key of keys) if (key === stateKey(job.id) || key.startsWith(`${stateKey(job.id)}:`)) props.deleteProperty(key);
  }
}

function handlerFor(kind: string): JobHandler {
  const handler = handlers.get(kind);
  if (!handler) throw new Error(`Unknown job kind "${kind}".`);
  return handler;
}

/**
 * Starts a job (without running it): the caller then drives it with runChunk. Asking again for a job that is still
 * unfinished — same kind, workbook and parameters — resumes that job rather than starting a second one over the same
 * items.
 */
export function startJob(kind: string, params: Record<string, unknown>, spreadsheetId: string): JobProgress {
  const handler = handlerFor(kind);
  const fullParams = { ...params, spreadsheetId };
  const jobs = allJobs();
  const same = jobs.find(
    (j) => j.finishedAt === null && j.kind === kind && j.spreadsheetId === spreadsheetId && JSON.stringify(j.params) === JSON.stringify(fullParams),
  );
  if (same) {
    ensureResumeTrigger();
    return progressOf(same);
  }
  forget(jobs.filter((j) => j.finishedAt !== null && Date.now() - j.finishedAt > KEEP_FINISHED_MS));
  const total = handler.listItems(fullParams).length;
  const job: JobState = {
    id: `${kind}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`,
    kind,
    params: fullParams,
    spreadsheetId,
    total,
    cursor: 0,
    attempts: 0,
    errors: [],
    startedAt: Date.now(),
    finishedAt: total === 0 ? Date.now() : null,
    chunks: 0,
    unit: unitOf(kind),
    workMs: 0,
    // Its progress is said in the language of the coordinator who started it (read once, here, in the one place that
    // asks Google: a failed read falls back to English, as every message does, and the job still starts).
    locale: userLocale(),
  };
  saveNew(job);
  if (job.finishedAt === null) ensureResumeTrigger();
  return progressOf(job);
}

/**
 * Processes items until the job ends or the chunk budget is spent. An item that throws stays under the cursor to be
 * retried by the next chunk; after MAX_ATTEMPTS it is skipped and its error reported.
 */
export function runChunk(jobId: string, budgetMs = CHUNK_BUDGET_MS): JobProgress {
  // One chunk at a time per user: the open dialog and the hourly trigger may both ask for the next chunk, and two
  // chunks working from the same cursor would do the same items twice.
  const lock = LockService.getUserLock();
  if (!lock.tryLock(CHUNK_LOCK_WAIT_MS)) {
    const job = loadJob(jobId);
    if (!job) throw new Error('That job is no longer known (it may have finished long ago). Start it again.');
    return progressOf(job);
  }
  try {
    return runChunkHoldingLock(jobId, budgetMs);
  } finally {
    lock.releaseLock();
  }
}

/** How long a chunk request waits for another execution's chunk before answering with the progress so far. */
const CHUNK_LOCK_WAIT_MS = 2_000;

function runChunkHoldingLock(jobId: string, budgetMs: number): JobProgress {
  const job = loadJob(jobId);
  if (!job) throw new Error('That job is no longer known (it may have finished long ago). Start it again.');
  if (job.finishedAt !== null) return progressOf(job);
  const handler = handlerFor(job.kind);
  const started = Date.now();
  const items = handler.listItems(job.params);
  job.total = items.length;
  job.chunks++;
  let chunk: { value: unknown } | null = null;
  // Work time so far plus this chunk's, saved with every checkpoint (the estimate of what is left reads it).
  const workBefore = job.workMs ?? 0;
  const worked = () => {
    job.workMs = workBefore + (Date.now() - started);
  };
  while (job.cursor < items.length && Date.now() - started < budgetMs) {
    const key = items[job.cursor];
    if (job.attempts >= MAX_ATTEMPTS) {
      job.errors.push(`${key}: skipped after ${MAX_ATTEMPTS} failed attempts`);
      job.cursor++;
      job.attempts = 0;
      worked();
      save(job);
      continue;
    }
    job.attempts++;
    save(job);
    // Opened at the first item (and counted as its attempt if it throws), so a chunk with nothing to do reads nothing.
    chunk ??= { value: handler.openChunk?.(job.params) };
    const warnings = handler.processItem(key, job.params, chunk.value);
    if (warnings?.length) addWarnings(job, warnings);
    job.cursor++;
    job.attempts = 0;
    worked();
    save(job);
  }
  if (job.cursor >= items.length) {
    handler.finish?.(job.params);
    job.finishedAt = Date.now();
    save(job);
    removeResumeTriggerIfIdle();
  }
  return progressOf(job);
}

export function jobProgress(jobId: string): JobProgress | null {
  const job = loadJob(jobId);
  return job ? progressOf(job) : null;
}

/** Every unfinished job of this user. */
export function unfinishedJobs(): JobState[] {
  return allJobs().filter((job) => job.finishedAt === null);
}

/** The hourly trigger's work: one chunk of each unfinished job. */
export function resumeUnfinishedJobs(): JobProgress[] {
  return unfinishedJobs().map((job) => runChunk(job.id));
}

/** Add-on time-driven triggers may run at most hourly; one is enough for every job. */
function ensureResumeTrigger(): void {
  const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === RESUME_HANDLER);
  if (!exists) ScriptApp.newTrigger(RESUME_HANDLER).timeBased().everyHours(1).create();
}

function removeResumeTriggerIfIdle(): void {
  if (unfinishedJobs().length > 0) return;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === RESUME_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}
