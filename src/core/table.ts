// A sheet declared once as a typed table: its columns, their types and notes, validation and layout.

export type ColumnType = 'id' | 'text' | 'longtext' | 'email' | 'date' | 'time' | 'number' | 'percent' | 'boolean' | 'choice' | 'url';

/**
 * Who may read a field, widest last: 'coordinators' only (the master's contacts and consent, cross-team triage);
 * the 'team' (its tutors and teacher, and coordinators); the student and 'family' (and everyone above).
 * Every output filters by it (`src/core/family/audience.ts`).
 */
export type Audience = 'coordinators' | 'team' | 'family';

/** A value as it travels between core and a sheet row. */
export type Cell = string | number | boolean | null;

/** One row of a table, keyed by column key. */
export type TableRecord = Record<string, Cell>;

export interface ColumnSpec {
  /** The record field this column holds. */
  key: string;
  /** Header text, in the seeds' words; rows are matched to columns by header, so users may reorder columns. */
  header: string;
  /** Who may read this field (declared once here; every output applies it). */
  audience: Audience;
  type: ColumnType;
  /**
   * Header note explaining the field to the person filling it in, when written here; the tables of src/core/tables.ts keep
   * theirs in src/core/setup/table-notes.ts (a data file, read only by setup). Read either with `columnNote`.
   */
  note?: string;
  choices?: readonly string[];
  /** Lower and upper bound for numbers (data validation). */
  range?: readonly [number, number];
  width?: number;
  required?: boolean;
  /** Schema version that introduced the column; setup adds it to older workbooks. */
  since?: number;
}

export interface TableSchema {
  name: string;
  /** Bumped when columns are added; stored per sheet so setup knows what to upgrade. */
  version: number;
  /** Purpose of the sheet, shown as the note of its first header (or in src/core/setup/table-notes.ts; read with `tablePurpose`). */
  purpose?: string;
  columns: readonly ColumnSpec[];
  /** Key/value sheets (Settings) have a fixed layout and no banding. */
  kind: 'records' | 'keyValue' | 'report';
  frozenColumns?: number;
  tabColor?: string;
}

/** Where each schema column sits in an actual sheet (0-based), found by header text; -1 when missing. */
export type ColumnIndex = Record<string, number>;

export function indexColumns(schema: TableSchema, headers: readonly unknown[]): ColumnIndex {
  const normalized = headers.map((h) =>
    String(h ?? '')
      .trim()
      .toLowerCase(),
  );
  const index: ColumnIndex = {};
  for (const column of schema.columns) index[column.key] = normalized.indexOf(column.header.toLowerCase());
  return index;
}

export function columnOf(schema: TableSchema, key: string): ColumnSpec {
  const column = schema.columns.find((c) => c.key === key);
  if (!column) throw new Error(`${schema.name} has no column "${key}"`);
  return column;
}
