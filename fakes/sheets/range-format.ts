// Per-cell formatting of a block: applying one value or a grid of values, and reading them back with defaults.

import type { Block } from './a1';
import { features } from './book';
import { columnsMismatch, rowsMismatch, sheetsError } from './messages';
import type { CellFormatState, SheetState } from './state';
import { eachCell } from './values';

export type FormatKey = keyof CellFormatState;

/** Sheets' defaults for cells nobody formatted, as Apps Script's getters report them. */
export const FORMAT_DEFAULTS: Required<Omit<CellFormatState, 'border'>> = {
  numberFormat: '0.###############',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  fontLine: 'none',
  background: '#ffffff',
  wrap: true,
  wrapStrategy: 'OVERFLOW',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
};

/** Same size check and messages as setValues. */
export function requireShape(grid: unknown[][], b: Block): void {
  if (grid.length !== b.numRows) throw sheetsError(rowsMismatch(grid.length, b.numRows));
  for (const row of grid) if (row.length !== b.numColumns) throw sheetsError(columnsMismatch(row.length, b.numColumns));
}

function put(formats: Record<string, CellFormatState>, key: string, prop: FormatKey, value: unknown): void {
  const current = formats[key] ?? {};
  if (value === null || value === undefined) {
    delete current[prop];
    if (Object.keys(current).length === 0) delete formats[key];
    else formats[key] = current;
    return;
  }
  (current as Record<string, unknown>)[prop] = value;
  formats[key] = current;
}

/** Sets `prop` on every cell (null resets it to the default). */
export function formatAll(sheet: SheetState, b: Block, prop: FormatKey, value: unknown): void {
  const formats = features(sheet).formats;
  eachCell(b, (_r0, _c0, key) => put(formats, key, prop, value));
}

/** Sets `prop` cell by cell from a grid shaped like the block. */
export function formatEach(sheet: SheetState, b: Block, prop: FormatKey, grid: unknown[][]): void {
  requireShape(grid, b);
  const formats = features(sheet).formats;
  eachCell(b, (_r0, _c0, key, r, c) => put(formats, key, prop, grid[r][c]));
}

export function readFormat<K extends keyof typeof FORMAT_DEFAULTS>(sheet: SheetState, b: Block, prop: K): (typeof FORMAT_DEFAULTS)[K][][] {
  const formats = features(sheet).formats;
  const out: (typeof FORMAT_DEFAULTS)[K][][] = [];
  for (let r = 0; r < b.numRows; r++) out.push([]);
  eachCell(b, (_r0, _c0, key, r) => {
    out[r].push((formats[key]?.[prop] as (typeof FORMAT_DEFAULTS)[K] | undefined) ?? FORMAT_DEFAULTS[prop]);
  });
  return out;
}
