// Save keys: the random id a sidebar form gets when it opens, the record ids derived from it, and what the rows a key
// left in a team workbook say about that save (landed, half-written, or not there) — pure, shared by sidebar and server.

import * as v from '../validation/schema';

/** 16 to 40 lower-case letters and digits: random enough to be unique, and safe inside a TextFinder search. */
export const SAVE_KEY_RE = /^[a-z0-9]{16,40}$/;

/** The optional `saveKey` field of a save form: absent or blank means "no retry protection" (a caller that never retries). */
export const saveKeyField = v.optional(
  v.pipe(
    // English in every language: the sidebar always sends a good key, so only a tampered request sees this, and its
    // Dutch would put the tutor sidebar over its 60 KB budget (by 133 bytes, measured when it was tried).
    v.string('The form lost its save key: reload the sidebar.'),
    v.trim(),
    v.check((s) => s === '' || SAVE_KEY_RE.test(s), 'The form lost its save key: reload the sidebar.'),
  ),
  '',
);

/** A new key from 16 random bytes (the sidebar passes crypto.getRandomValues; the server a UUID's bytes). */
export function saveKeyFrom(bytes: ArrayLike<number>): string {
  let key = '';
  for (let i = 0; i < bytes.length; i++) key += (bytes[i] & 0xff).toString(16).padStart(2, '0');
  return key.slice(0, 32);
}

/** The ids of every row a save writes, derived from its key: finding one of them is finding the save. */
export const idsOf = (key: string) => ({
  noteId: `N-${key}`,
  goalId: `G-${key}`,
  conferenceId: `C-${key}`,
  stepId: (n: number) => `S-${key}-${n + 1}`,
  questionId: `Q-${key}`,
  answerId: `A-${key}`,
});

/** One cell that holds the key, as a spreadsheet-wide TextFinder found it. */
export interface KeyHit {
  sheet: string;
  row: number;
  value: string;
}

/** The rows a key left, per sheet (1-based sheet rows, each once, in sheet order). */
export interface SaveTrace {
  key: string;
  rows: Record<string, number[]>;
}

/**
 * Which rows a key wrote, from the cells that hold its ids. A cell counts only where that id is a row's own id or its
 * parent's on that sheet (a question "about" a note id, typed text quoting an id, are not rows of the save).
 */
export function traceOf(key: string, hits: readonly KeyHit[], sheets: SaveSheets): SaveTrace {
  const ids = idsOf(key);
  const owned: Record<string, (value: string) => boolean> = {
    [sheets.notes]: (x) => x === ids.noteId,
    [sheets.checkOffs]: (x) => x === ids.noteId,
    [sheets.goals]: (x) => x === ids.goalId,
    [sheets.steps]: (x) => x === ids.goalId,
    [sheets.conferences]: (x) => x === ids.conferenceId,
    [sheets.questions]: (x) => x === ids.questionId || x === ids.answerId,
  };
  const rows: Record<string, number[]> = {};
  for (const hit of hits) {
    const mine = owned[hit.sheet];
    if (!mine?.(hit.value.trim())) continue;
    const list = rows[hit.sheet] ?? [];
    if (!list.includes(hit.row)) list.push(hit.row);
    rows[hit.sheet] = list;
  }
  for (const list of Object.values(rows)) list.sort((a, b) => a - b);
  return { key, rows };
}

/** The sheet names a trace is read against (the team workbook's tables). */
export interface SaveSheets {
  notes: string;
  checkOffs: string;
  goals: string;
  steps: string;
  conferences: string;
  questions: string;
}

/** What a key's rows say: `landed` when the save's completion marker (its last write) is there. */
export type SaveStatus = { key: string; landed: boolean; kind: 'note' | 'conference' | 'question' | null };

/**
 * The completion markers: a session note's row (written after its check-offs), a conference's goal row (written after
 * its steps, its record and the previous goal's outcome), a question's or an answer's row (one write each).
 */
export function statusOf(trace: SaveTrace, sheets: SaveSheets): SaveStatus {
  const has = (sheet: string) => (trace.rows[sheet]?.length ?? 0) > 0;
  const kind = has(sheets.notes) ? 'note' : has(sheets.goals) ? 'conference' : has(sheets.questions) ? 'question' : null;
  return { key: trace.key, landed: kind !== null, kind };
}
