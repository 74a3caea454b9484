// Inserting and deleting rows or columns: every cell-keyed map and every stored range moves with the grid.

import { features } from './book';
import { cellKey, parseKey } from './grid';
import type { GridRangeState, SheetState, SpreadsheetState } from './state';

export type Axis = 'rows' | 'columns';

function remapKeys<T>(map: Record<string, T>, axis: Axis, move: (index: number) => number | null): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(map)) {
    const [r0, c0] = parseKey(key);
    const moved = move(axis === 'rows' ? r0 : c0);
    if (moved === null) continue;
    out[axis === 'rows' ? cellKey(moved, c0) : cellKey(r0, moved)] = value;
  }
  return out;
}

/** Moves a 1-based range: grows when the change falls inside it, shrinks (or vanishes: null) on deletion. */
function shiftRange<T extends { row: number; column: number; numRows: number; numColumns: number }>(
  g: T,
  axis: Axis,
  at0: number,
  delta: number,
): T | null {
  const startKey = axis === 'rows' ? 'row' : 'column';
  const sizeKey = axis === 'rows' ? 'numRows' : 'numColumns';
  const start0 = g[startKey] - 1;
  const end0 = start0 + g[sizeKey];
  if (delta > 0) {
    if (at0 <= start0) return { ...g, [startKey]: g[startKey] + delta };
    if (at0 < end0) return { ...g, [sizeKey]: g[sizeKey] + delta };
    return g;
  }
  const delEnd = at0 - delta;
  const keptBefore = Math.max(0, Math.min(end0, at0) - start0);
  const keptAfter = Math.max(0, end0 - Math.max(start0, delEnd));
  const size = keptBefore + keptAfter;
  if (size === 0) return null;
  const newStart0 = start0 < at0 ? start0 : Math.max(at0, start0 + delta);
  return { ...g, [startKey]: newStart0 + 1, [sizeKey]: size };
}

function shiftRanges<T extends GridRangeState>(list: T[], sheetId: number, axis: Axis, at0: number, delta: number): T[] {
  const out: T[] = [];
  for (const g of list) {
    if (g.sheetId !== sheetId) out.push(g);
    else {
      const moved = shiftRange(g, axis, at0, delta);
      if (moved) out.push(moved);
    }
  }
  return out;
}

/**
 * Inserts (delta > 0) or deletes (delta < 0) `|delta|` rows or columns starting at 0-based index `at0`,
 * carrying values, formulas, notes, formats, validations, protections, rules, bandings, charts and named ranges.
 */
export function shiftGrid(ss: SpreadsheetState, sheet: SheetState, axis: Axis, at0: number, delta: number): void {
  const move = (i: number): number | null => {
    if (i < at0) return i;
    if (delta < 0 && i < at0 - delta) return null;
    return i + delta;
  };
  if (axis === 'rows') {
    if (delta > 0 && at0 < sheet.values.length) sheet.values.splice(at0, 0, ...Array.from({ length: delta }, () => []));
    if (delta < 0) sheet.values.splice(at0, -delta);
    sheet.maxRows += delta;
  } else {
    for (const row of sheet.values) {
      if (!row) continue;
      if (delta > 0 && at0 < row.length) row.splice(at0, 0, ...Array.from({ length: delta }, () => ''));
      if (delta < 0) row.splice(at0, -delta);
    }
    sheet.maxColumns += delta;
  }
  sheet.formulas = remapKeys(sheet.formulas, axis, move);
  const f = features(sheet);
  f.formats = remapKeys(f.formats, axis, move);
  f.notes = remapKeys(f.notes, axis, move);
  f.validations = remapKeys(f.validations, axis, move);
  const sizes = axis === 'rows' ? f.rowHeights : f.columnWidths;
  const movedSizes: Record<string, number> = {};
  for (const [k, v] of Object.entries(sizes)) {
    const m = move(Number(k) - 1);
    if (m !== null) movedSizes[String(m + 1)] = v;
  }
  if (axis === 'rows') f.rowHeights = movedSizes;
  else f.columnWidths = movedSizes;
  const hidden = (axis === 'rows' ? f.hiddenRows : f.hiddenColumns)
    .map((n) => move(n - 1))
    .filter((n): n is number => n !== null)
    .map((n) => n + 1);
  if (axis === 'rows') f.hiddenRows = hidden;
  else f.hiddenColumns = hidden;
  const id = sheet.sheetId;
  f.protections = f.protections.flatMap((p) => {
    if (p.type === 'SHEET') return [{ ...p, unprotected: shiftRanges(p.unprotected, id, axis, at0, delta) }];
    const range = p.range ? shiftRange(p.range, axis, at0, delta) : null;
    return range ? [{ ...p, range }] : [];
  });
  f.conditionalFormats = f.conditionalFormats
    .map((rule) => ({ ...rule, ranges: shiftRanges(rule.ranges, id, axis, at0, delta) }))
    .filter((rule) => rule.ranges.length > 0);
  f.bandings = f.bandings.flatMap((b) => {
    const range = shiftRange(b.range, axis, at0, delta);
    return range ? [{ ...b, range }] : [];
  });
  f.merges = shiftRanges(f.merges, id, axis, at0, delta);
  f.charts = f.charts.map((c) => ({ ...c, ranges: shiftRanges(c.ranges, id, axis, at0, delta) }));
  ss.namedRanges = shiftRanges(ss.namedRanges, id, axis, at0, delta);
}
