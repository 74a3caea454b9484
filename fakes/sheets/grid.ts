// Cell storage over SheetState: reading, writing and measuring the dense value grid and its formulas.

import type { CellValue, SheetState, StoredCell } from './state';

/** Key of a cell in the "row,col" maps (0-based, like SheetState.formulas). */
export function cellKey(r0: number, c0: number): string {
  return `${r0},${c0}`;
}

export function parseKey(key: string): [number, number] {
  const comma = key.indexOf(',');
  return [Number(key.slice(0, comma)), Number(key.slice(comma + 1))];
}

/** JSON turns absent cells into null, so null reads back as empty. */
export function fromStored(stored: StoredCell | null | undefined): CellValue {
  if (stored === null || stored === undefined) return '';
  if (typeof stored === 'object') return new Date(stored.d);
  return stored;
}

export function readStored(sheet: SheetState, r0: number, c0: number): StoredCell {
  return sheet.values[r0]?.[c0] ?? '';
}

export function writeStored(sheet: SheetState, r0: number, c0: number, value: StoredCell): void {
  if (value === '' && (sheet.values[r0] === undefined || sheet.values[r0].length <= c0)) return;
  while (sheet.values.length <= r0) sheet.values.push([]);
  const row = sheet.values[r0] ?? [];
  sheet.values[r0] = row;
  while (row.length < c0) row.push('');
  row[c0] = value;
}

function filled(v: StoredCell | null | undefined): boolean {
  return v !== '' && v !== null && v !== undefined;
}

/** The 1-based number of the last row holding a value or formula; 0 on an empty sheet. */
export function lastRowOf(sheet: SheetState): number {
  let last = 0;
  for (let r0 = sheet.values.length - 1; r0 >= 0; r0--) {
    if (sheet.values[r0]?.some(filled)) {
      last = r0 + 1;
      break;
    }
  }
  for (const key of Object.keys(sheet.formulas)) last = Math.max(last, parseKey(key)[0] + 1);
  return last;
}

/** The 1-based number of the last column holding a value or formula; 0 on an empty sheet. */
export function lastColumnOf(sheet: SheetState): number {
  let last = 0;
  sheet.values.forEach((row) => {
    if (!row) return;
    for (let c0 = row.length - 1; c0 >= last; c0--) {
      if (filled(row[c0])) {
        last = c0 + 1;
        break;
      }
    }
  });
  for (const key of Object.keys(sheet.formulas)) last = Math.max(last, parseKey(key)[1] + 1);
  return last;
}
