// Who may read which field: the audience each column declares (src/core/tables.ts), applied to schemas and records.

import { readCell } from '../cells';
import type { Audience, Cell, ColumnSpec, TableRecord, TableSchema } from '../table';

/** Widest first: a reader of one audience also reads every audience after it in this list. */
const READS: Record<Audience, readonly Audience[]> = {
  coordinators: ['coordinators', 'team', 'family'],
  team: ['team', 'family'],
  family: ['family'],
};

/** True when a reader of `reader`'s audience may read a field declared for `field`. */
export function mayRead(reader: Audience, field: Audience): boolean {
  return READS[reader].includes(field);
}

/** The columns of `schema` a reader of `reader` may see, in schema order. */
export function visibleTo(reader: Audience, schema: TableSchema): ColumnSpec[] {
  return schema.columns.filter((c) => mayRead(reader, c.audience));
}

/** The keys of `schema` a reader of `reader` may see. */
export function visibleKeys(reader: Audience, schema: TableSchema): Set<string> {
  return new Set(visibleTo(reader, schema).map((c) => c.key));
}

/** Only the fields of `record` that `schema` declares and `reader` may see (unknown keys are dropped too). */
export function pickFor(reader: Audience, schema: TableSchema, record: TableRecord): TableRecord {
  const out: TableRecord = {};
  for (const column of visibleTo(reader, schema)) {
    const value: Cell | undefined = record[column.key];
    if (value !== undefined) out[column.key] = value;
  }
  return out;
}

/** The same table as `reader` may hold it: the schema with only their columns (a team workbook's roster slice). */
export function sliceFor(reader: Audience, schema: TableSchema): TableSchema {
  return { ...schema, columns: visibleTo(reader, schema) };
}

/** A keyValue record (Settings) with the fields `reader` may not see blanked: the layout keeps every label. */
export function blankFor(reader: Audience, schema: TableSchema, record: TableRecord): TableRecord {
  const out: TableRecord = { ...record };
  for (const column of schema.columns) if (!mayRead(reader, column.audience) && column.key in out) out[column.key] = '';
  return out;
}

/** The record a blank row of `schema` reads as: each field empty in its column's type (false, null or ''). */
export function emptyRecord(schema: TableSchema): TableRecord {
  return Object.fromEntries(schema.columns.map((c) => [c.key, readCell(c, '')]));
}

/** `record` with every field the team may not read removed (fields the schema does not declare are dropped too). */
export function teamFields<T extends object>(schema: TableSchema, record: T): Partial<T> {
  const out: Partial<T> = {};
  for (const column of visibleTo('team', schema)) {
    const key = column.key as keyof T;
    if (key in record) out[key] = record[key];
  }
  return out;
}

/**
 * A whole record of `schema` as the team may read it: each field the team may read as `record` has it, every other
 * (or absent) field empty as a blank row reads. A field added to the schema follows without an edit here.
 */
export function teamRecord<T extends object>(schema: TableSchema, record: T): T {
  return { ...emptyRecord(schema), ...teamFields(schema, record) } as T;
}
