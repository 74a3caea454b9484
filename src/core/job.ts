// The state of a long job that runs in chunks across executions, and the rules that move it forward.

import type { Locale } from './i18n/locale';
import { jobStatusText as statusText } from './i18n/messages/jobs';

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
  /** What one item is, plural ("teams", "documents"), for the progress in words; "steps" when the kind says nothing. */
  unit?: string;
  /** Time spent inside chunks (not the hours between them), for the estimate of what is left. */
  workMs?: number;
  /** The language of the coordinator who started the job: its progress is said in it (English when unset). */
  locale?: Locale;
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
  /** What the job is doing, in words: "12 of 40 teams done, about 2 minutes left". */
  status: string;
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

/**
 * What one item of each kind of job is, plural, for "12 of 40 teams done". Provisioning's first item is the program
 * folder, then one per team; the upgrade ends with a step of its own.
 */
const UNITS: Record<string, string> = {
  'dashboard-refresh': 'teams',
  'drive-provision': 'folders and teams',
  'team-upgrade': 'steps',
  'generate-docs': 'documents',
};

export function unitOf(kind: string): string {
  return UNITS[kind] ?? 'steps';
}

type Unit = keyof typeof statusText.en;

/** The unit in `locale` ("teams", "mappen en teams"); a unit the catalog does not know stays as given. */
function unitIn(locale: Locale, unit: string): string {
  return unit in statusText.en ? statusText.t(locale, unit as Unit & 'teams') : unit;
}

/** "less than a minute", "about 1 minute", "about 12 minutes", "about 2 hours" (or the Dutch). */
function durationInWords(locale: Locale, ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (ms < 45_000) return statusText.t(locale, 'underMinute');
  if (minutes <= 1) return statusText.t(locale, 'oneMinute');
  if (minutes < 90) return statusText.t(locale, 'minutes', { n: minutes });
  return statusText.t(locale, 'hours', { n: Math.round(minutes / 60) });
}

/**
 * The job's progress in words, in `locale` (English by default). The estimate divides the time spent working so far
 * by the items done (time between chunks — the dialog closed, the hourly trigger not due yet — is not counted), so it
 * needs one item done first.
 */
export function jobStatusText(p: {
  done: number;
  total: number;
  finished: boolean;
  skipped: number;
  unit?: string;
  workMs?: number;
  locale?: Locale;
}): string {
  const locale = p.locale ?? 'en';
  const t = statusText.in(locale);
  const unit = unitIn(locale, p.unit ?? 'steps');
  const skipped = p.skipped > 0 ? t('skipped', { n: p.skipped, attempts: MAX_ATTEMPTS }) : '';
  if (p.finished) return p.total === 0 ? t('nothing', { unit }) : t('allDone', { total: p.total, unit, skipped });
  const head = t('head', { done: p.done, total: p.total, unit, skipped });
  if (p.done === 0 || !p.workMs) return t('starting', { head });
  return t('left', { head, duration: durationInWords(locale, (p.workMs / p.done) * (p.total - p.done)) });
}

export function progressOf(job: JobState): JobProgress {
  const done = Math.min(job.cursor, job.total);
  const finished = job.finishedAt !== null;
  return {
    jobId: job.id,
    kind: job.kind,
    done,
    total: job.total,
    finished,
    errors: job.errors.slice(0, 20),
    warnings: (job.warnings ?? []).slice(0, MAX_WARNINGS),
    chunks: job.chunks,
    status: jobStatusText({ done, total: job.total, finished, skipped: job.errors.length, unit: job.unit, workMs: job.workMs, locale: job.locale }),
  };
}
