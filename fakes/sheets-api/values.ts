// spreadsheets.values.batchGet: several A1 ranges of one spreadsheet's values in one call, as the API renders them.

import type { SpreadsheetState } from '../sheets/state';
import { readDisplayValues, readValues } from '../sheets/values';
import { serialOf } from './convert';
import { InvalidRequest } from './errors';
import { parseRange } from './read';

/** Dates from any realm (the values fake builds them in the fake's realm). */
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export interface BatchGetOptions {
  ranges?: string[];
  majorDimension?: string;
  valueRenderOption?: string;
  dateTimeRenderOption?: string;
}

type ValueRange = GoogleAppsScript.Sheets.Schema.ValueRange;

const RENDER = ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'];
const DATE_RENDER = ['SERIAL_NUMBER', 'FORMATTED_STRING'];
const DIMENSIONS = ['ROWS', 'COLUMNS'];

function column(c0: number): string {
  let s = '';
  for (let n = c0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const quoted = (name: string) => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

function checkEnum(name: string, value: string | undefined, allowed: string[]): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw new InvalidRequest(`Invalid value at '${name}' (TYPE_ENUM), "${value}"`);
  }
}

/**
 * The reply of values.batchGet (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet):
 * "ValueRanges ... in the same order as the requested ranges"; each range's `range` is the A1 range actually covered
 * (clipped to the grid). Empty trailing rows and columns are omitted, and a range with no value has no `values`
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange: "For output, empty
 * trailing rows and columns will not be included."). valueRenderOption (default FORMATTED_VALUE, the cell as shown;
 * UNFORMATTED_VALUE the computed value; FORMULA the formula where there is one) and dateTimeRenderOption (default
 * SERIAL_NUMBER: days since 1899-12-30; FORMATTED_STRING as shown; "ignored if valueRenderOption is FORMATTED_VALUE")
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption,
 * https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption). majorDimension ROWS (default) or
 * COLUMNS. A range naming no sheet of the file is 400 "Unable to parse range: X". Returns the cells read, for the counter.
 */
export function batchGetValues(ss: SpreadsheetState, options: BatchGetOptions): { valueRanges: ValueRange[]; cells: number } {
  const ranges = options.ranges ?? [];
  checkEnum('major_dimension', options.majorDimension, DIMENSIONS);
  checkEnum('value_render_option', options.valueRenderOption, RENDER);
  checkEnum('date_time_render_option', options.dateTimeRenderOption, DATE_RENDER);
  const render = options.valueRenderOption ?? 'FORMATTED_VALUE';
  const dates = options.dateTimeRenderOption ?? 'SERIAL_NUMBER';
  const byColumns = options.majorDimension === 'COLUMNS';
  let cells = 0;
  const valueRanges = ranges.map((text): ValueRange => {
    const p = parseRange(ss, text);
    const r1 = Math.max(p.r0, p.r1);
    const c1 = Math.max(p.c0, p.c1);
    const block = { row: p.r0 + 1, column: p.c0 + 1, numRows: r1 - p.r0, numColumns: c1 - p.c0 };
    const a1 = `${quoted(p.sheet.name)}!${column(p.c0)}${p.r0 + 1}:${column(c1 - 1)}${r1}`;
    const out: ValueRange = { range: a1, majorDimension: byColumns ? 'COLUMNS' : 'ROWS' };
    if (block.numRows === 0 || block.numColumns === 0) return out;
    const shown = readDisplayValues(ss, p.sheet, block);
    const raw = render === 'FORMATTED_VALUE' ? null : readValues(ss, p.sheet, block);
    let grid: unknown[][] = shown.map((line, i) =>
      line.map((text, j) => {
        if (!raw) return text;
        const key = `${p.r0 + i},${p.c0 + j}`;
        const formula = p.sheet.formulas[key];
        if (render === 'FORMULA' && formula) return formula;
        const v = raw[i][j];
        if (isDate(v)) return dates === 'FORMATTED_STRING' ? text : serialOf(v.getTime(), ss.timeZone);
        return v;
      }),
    );
    if (byColumns) grid = grid[0].map((_, j) => grid.map((line) => line[j]));
    // Trailing empty cells of each line, then trailing empty lines, are left out.
    grid = grid.map((line) => {
      const copy = [...line];
      while (copy.length && copy[copy.length - 1] === '') copy.pop();
      return copy;
    });
    while (grid.length && grid[grid.length - 1].length === 0) grid.pop();
    cells += grid.reduce((n, line) => n + line.length, 0);
    if (grid.length) out.values = grid;
    return out;
  });
  return { valueRanges, cells };
}
