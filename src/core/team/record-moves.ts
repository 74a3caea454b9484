// Planning a move of students' records from one workbook's table to another's: which rows to append and which to
// delete, so that a retry after a kill at any call neither duplicates nor loses a row.

import type { TableRecord, TableSchema } from '../table';

/** A row of the source table as read: its 1-based sheet row and its typed record. */
export interface SourceRow {
  row: number;
  record: TableRecord;
}

/**
 * The columns that identify a row of each record table. Ids are made by the add-on (random, so unique across team
 * workbooks); a check-off has none of its own, so its step, session date and note identify it.
 */
const IDENTITY: Record<string, readonly string[]> = {
  Goals: ['goalId'],
  'Action Steps': ['stepId'],
  'Step Check-offs': ['stepId', 'date', 'noteId'],
  'Session Notes': ['noteId'],
  Conferences: ['conferenceId'],
  Questions: ['messageId'],
};

/** The column holding the student a row is about (every record table has it). */
export const STUDENT_KEY = 'studentId';

/**
 * What identifies a row: its id columns when any is filled, else the whole record (a row typed in by hand). Rows are
 * compared by this on both sides of a move, so both are read through the same schema.
 */
export function recordIdentity(schema: TableSchema, record: TableRecord): string {
  const keys = IDENTITY[schema.name] ?? [];
  const ids = keys.map((k) => String(record[k] ?? '').trim());
  if (ids.some((v) => v !== '')) return `id:${ids.join('\u0001')}`;
  return `row:${JSON.stringify(schema.columns.map((c) => record[c.key] ?? null))}`;
}

export interface TableMovePlan {
  /** Source rows to append to the destination (those not already there), in source order, `rewrite` applied. */
  append: SourceRow[];
  /** Source sheet rows to delete once the append is durable, ascending. */
  deleteRows: number[];
  /** Rows of these students the destination holds once the move is done. */
  held: number;
}

/** Normalizes student ids for matching (ids are text; a hand-typed id may carry spaces). */
export function studentIdSet(studentIds: readonly string[]): Set<string> {
  return new Set(studentIds.map((id) => id.trim()).filter((id) => id !== ''));
}

/**
 * Plans one table's move. Every source row of the students is deleted; it is appended only if the destination does
 * not already hold it (counted per identity, so two identical hand-typed rows stay two). `rewrite` sets fields on the
 * appended copies (e.g. the Questions' team) and is not part of a row's identity.
 */
export function planTableMove(
  schema: TableSchema,
  source: readonly SourceRow[],
  destination: readonly TableRecord[],
  students: ReadonlySet<string>,
  rewrite: TableRecord = {},
): TableMovePlan {
  const present = new Map<string, number>();
  let held = 0;
  for (const record of destination) {
    if (!students.has(String(record[STUDENT_KEY] ?? '').trim())) continue;
    held++;
    const id = recordIdentity(schema, record);
    present.set(id, (present.get(id) ?? 0) + 1);
  }
  const append: SourceRow[] = [];
  const deleteRows: number[] = [];
  for (const { row, record } of source) {
    if (!students.has(String(record[STUDENT_KEY] ?? '').trim())) continue;
    deleteRows.push(row);
    const id = recordIdentity(schema, record);
    const already = present.get(id) ?? 0;
    if (already > 0) {
      present.set(id, already - 1);
      continue;
    }
    append.push({ row, record: { ...record, ...rewrite } });
  }
  deleteRows.sort((a, b) => a - b);
  return { append, deleteRows, held: held + append.length };
}

/** Consecutive rows grouped into runs, bottom run first, so deleting them in order never shifts a later run. */
export function deletionRuns(rows: readonly number[]): { start: number; count: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: { start: number; count: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === row) last.count++;
    else runs.push({ start: row, count: 1 });
  }
  return runs.reverse();
}

/**
 * The records of `wanted` that `present` does not hold yet, counted per identity (so a copy run again adds nothing,
 * and two identical hand-typed rows stay two). Both lists are one team's rows of the same table.
 */
export function missingRecords(schema: TableSchema, wanted: readonly TableRecord[], present: readonly TableRecord[]): TableRecord[] {
  const have = new Map<string, number>();
  for (const record of present) {
    const id = recordIdentity(schema, record);
    have.set(id, (have.get(id) ?? 0) + 1);
  }
  const out: TableRecord[] = [];
  for (const record of wanted) {
    const id = recordIdentity(schema, record);
    const n = have.get(id) ?? 0;
    if (n > 0) have.set(id, n - 1);
    else out.push(record);
  }
  return out;
}
