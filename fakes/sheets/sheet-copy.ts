// Deep-copying a sheet's state into a spreadsheet (Sheet.copyTo, insertSheet from a template, Spreadsheet.copy).

import { features, newSheetState, nextObjectId } from './book';
import type { SheetState, SpreadsheetState } from './state';

/** Appends a copy of `source` named `name`; protections stay behind, as they do in Sheets. */
export function copySheetInto(target: SpreadsheetState, source: SheetState, name: string, index = target.sheets.length): SheetState {
  const fresh = newSheetState(target, name, source.maxRows, source.maxColumns);
  const copy: SheetState = { ...structuredClone(source), sheetId: fresh.sheetId, name, hidden: false };
  const f = features(copy);
  f.protections = [];
  const move = <T extends { sheetId: number }>(g: T): T => (g.sheetId === source.sheetId ? { ...g, sheetId: copy.sheetId } : g);
  f.conditionalFormats = f.conditionalFormats.map((r) => ({ ...r, ranges: r.ranges.map(move) }));
  f.bandings = f.bandings.map((b) => ({ ...b, id: nextObjectId(target), range: move(b.range) }));
  f.charts = f.charts.map((c) => ({ ...c, chartId: nextObjectId(target), ranges: c.ranges.map(move) }));
  f.merges = f.merges.map(move);
  target.sheets.splice(index, 0, copy);
  return copy;
}
