// Who may read which field: the audience each column declares (src/core/tables.ts), applied to schemas and records.

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
