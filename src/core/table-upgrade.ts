// Decides how an existing sheet's header row must change to match a table schema, without touching rows or user columns.

import type { ColumnSpec, TableSchema } from './table';

export interface HeaderPlan {
  /** The header row to write: existing headers in their order (user-added kept), then missing schema columns. */
  headers: string[];
  /** Schema columns the sheet did not have, with their 0-based position in `headers`. */
  added: { column: ColumnSpec; at: number }[];
  /** True when nothing needs writing. */
  unchanged: boolean;
}

export function planHeaders(schema: TableSchema, existing: readonly string[]): HeaderPlan {
  const trimmed = [...existing];
  while (trimmed.length > 0 && String(trimmed[trimmed.length - 1]).trim() === '') trimmed.pop();
  const present = new Set(trimmed.map((h) => String(h).trim().toLowerCase()));
  const headers = trimmed.map((h) => String(h));
  const added: HeaderPlan['added'] = [];
  for (const column of schema.columns) {
    if (present.has(column.header.toLowerCase())) continue;
    added.push({ column, at: headers.length });
    headers.push(column.header);
  }
  return { headers, added, unchanged: added.length === 0 };
}

/**
 * Number format per column type. Text columns get none: the add-on writes text with a leading apostrophe where Sheets
 * would otherwise parse it (see cells.ts), and in a plain-text ("@") cell that apostrophe would be kept as a character.
 */
export function numberFormatOf(column: ColumnSpec): string | null {
  switch (column.type) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'percent':
      return '0%';
    default:
      return null;
  }
}
