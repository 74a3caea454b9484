// Range.sort: reorders whole rows of a block by column keys, with Sheets' ordering of mixed types.

import type { Block } from './a1';
import { features } from './book';
import { cellKey, readStored, writeStored } from './grid';
import type { CellValue, SheetState, SpreadsheetState } from './state';
import { readValues } from './values';

interface SortKey {
  column: number;
  ascending: boolean;
}

function keysOf(spec: unknown): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  return list.map((s) => {
    if (typeof s === 'number') return { column: s, ascending: true };
    const o = s as { column: number; ascending?: boolean };
    return { column: Number(o.column), ascending: o.ascending !== false };
  });
}

/** Numbers and dates, then text (ignoring case), then booleans; blanks always sink to the bottom. */
function rank(v: CellValue): number {
  if (v === '') return 3;
  if (typeof v === 'number' || v instanceof Date) return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

function compare(a: CellValue, b: CellValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
  return Number(a) - Number(b);
}

export function sortRows(ss: SpreadsheetState, sheet: SheetState, block: Block, spec: unknown): void {
  const keys = keysOf(spec);
  const values = readValues(ss, sheet, block);
  const f = features(sheet);
  const rows = values.map((vals, r) => {
    const r0 = block.row - 1 + r;
    const cells = [];
    for (let c = 0; c < block.numColumns; c++) {
      const key = cellKey(r0, block.column - 1 + c);
      cells.push({
        value: readStored(sheet, r0, block.column - 1 + c),
        formula: sheet.formulas[key],
        format: f.formats[key],
        note: f.notes[key],
        validation: f.validations[key],
      });
    }
    return { vals, cells };
  });
  rows.sort((x, y) => {
    for (const k of keys) {
      const i = k.column - block.column;
      const a = x.vals[i] ?? '';
      const b = y.vals[i] ?? '';
      if (a === '' || b === '') {
        if (a !== b) return a === '' ? 1 : -1;
        continue;
      }
      const d = compare(a, b);
      if (d !== 0) return k.ascending ? d : -d;
    }
    return 0;
  });
  rows.forEach((row, r) => {
    const r0 = block.row - 1 + r;
    row.cells.forEach((cell, c) => {
      const c0 = block.column - 1 + c;
      const key = cellKey(r0, c0);
      writeStored(sheet, r0, c0, cell.value);
      const set = <T>(map: Record<string, T>, v: T | undefined) => {
        if (v === undefined) delete map[key];
        else map[key] = v;
      };
      set(sheet.formulas, cell.formula);
      set(f.formats, cell.format);
      set(f.notes, cell.note);
      set(f.validations, cell.validation);
    });
  });
}
