// The Dashboard and Prioritized Students written in ONE Sheets API batchUpdate, planned from what Spreadsheets.get
// returned: a missing report sheet created as setup creates it, both reports' cells with their number formats, the
// Dashboard's conditional formats replaced, and the progress-to-goal chart replaced. Pure: sheets and records in,
// requests out.

import { PRIORITIZED_TABLE } from '../dashboard-tables';
import { extendedValue } from '../setup/api-cells';
import { planSetup } from '../setup/plan';
import type { TableRecord, TableSchema } from '../table';
import { numberFormatOf } from '../table-upgrade';
import { DASHBOARD_TABLE } from '../tables';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Sheet = GoogleAppsScript.Sheets.Schema.Sheet;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type Color = GoogleAppsScript.Sheets.Schema.Color;

/** Rates under this show red on the Dashboard. */
export const LOW_RATE = 0.75;
export const RED = '#d93025';
const RED_LIGHT = '#fce8e6';
const FLAGGED_ROW = '#fef7e0';
export const CHART_TITLE = 'Progress to goal: the students most in need of targeted support';
/** The columns whose low rates show red, in the order their rules come. */
const RATE_COLUMNS = ['attendanceRate', 'punctualityRate', 'stepCompletionRate', 'progressToGoal'];
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
/** What each report cell sets: its value and number format (rows below the report are cleared of both). */
export const REPORT_FIELDS = 'userEnteredValue,userEnteredFormat.numberFormat';
/** What the write needs of the master: each sheet's properties, conditional formats and charts (and, for a new sheet's setup, protections and bandings). */
export const REPORT_STRUCTURE =
  'sheets(properties(sheetId,title,index,gridProperties),conditionalFormats,charts(chartId),protectedRanges,bandedRanges)';

export interface DashboardWrite {
  /** The master's sheets as Spreadsheets.get returned them with REPORT_STRUCTURE. */
  sheets: readonly Sheet[];
  dashboard: readonly TableRecord[];
  prioritized: readonly TableRecord[];
  /** How many of the prioritized students the chart shows (the first ones). */
  chartStudents: number;
  /** The user writing (asked only when a new sheet's setup compares a protection). */
  me: () => string;
}

interface Target {
  sheetId: number;
  rows: number;
  columns: number;
  rules: number;
  charts: number[];
  /** A protection of the header row the writer may not edit (another coordinator's): the header is left as it is. */
  headerLocked: boolean;
}

function color(hex: string): Color {
  const [red, green, blue] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return { red, green, blue };
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The report sheets a refresh writes: created (headers, notes, formats, protection) as setup would if missing. */
function targets(input: DashboardWrite, requests: Request[]): { dashboard: Target; list: Target } {
  const byName = new Map(input.sheets.map((s) => [s.properties?.title ?? '', s]));
  const missing = [DASHBOARD_TABLE, PRIORITIZED_TABLE].filter((t) => !byName.has(t.name));
  const created = new Map<string, Target>();
  if (missing.length > 0) {
    const dashIndex = byName.get(DASHBOARD_TABLE.name)?.properties?.index;
    // A new list goes right after the Dashboard; a new Dashboard at the end.
    const positions = { [DASHBOARD_TABLE.name]: -1, [PRIORITIZED_TABLE.name]: dashIndex === undefined || dashIndex === null ? -1 : dashIndex + 1 };
    const plan = planSetup({ schemas: missing, me: input.me, settings: null, keepBlankSheet: true, positions }, { sheets: input.sheets });
    requests.push(...plan.requests);
    for (const r of plan.requests) {
      const p = r.addSheet?.properties;
      if (!p?.title) continue;
      const grid = p.gridProperties ?? {};
      created.set(p.title, {
        sheetId: p.sheetId ?? 0,
        rows: grid.rowCount ?? DEFAULT_ROWS,
        columns: grid.columnCount ?? DEFAULT_COLUMNS,
        rules: 0,
        charts: [],
        headerLocked: false,
      });
    }
    // Setup widens a new sheet to its schema.
    for (const r of plan.requests) {
      const a = r.appendDimension;
      const t = [...created.values()].find((x) => x.sheetId === a?.sheetId);
      if (a?.dimension === 'COLUMNS' && t) t.columns += a.length ?? 0;
    }
  }
  const target = (schema: TableSchema): Target => {
    const made = created.get(schema.name);
    if (made) return made;
    const s = byName.get(schema.name) as Sheet;
    const grid = s.properties?.gridProperties ?? {};
    return {
      sheetId: s.properties?.sheetId ?? 0,
      rows: grid.rowCount ?? DEFAULT_ROWS,
      columns: grid.columnCount ?? DEFAULT_COLUMNS,
      rules: s.conditionalFormats?.length ?? 0,
      charts: (s.charts ?? []).map((c) => c.chartId).filter((id): id is number => typeof id === 'number'),
      headerLocked: (s.protectedRanges ?? []).some((p) => p.requestingUserCanEdit === false && (p.range?.startRowIndex ?? 0) === 0),
    };
  };
  return { dashboard: target(DASHBOARD_TABLE), list: target(PRIORITIZED_TABLE) };
}

/** A report row as CellData in schema order: user text as stringValue, rates and numbers with their number format. */
function reportRow(schema: TableSchema, record: TableRecord): CellData[] {
  return schema.columns.map((column) => {
    const cell: CellData = {};
    const value = extendedValue(column, record[column.key]);
    if (value) cell.userEnteredValue = value;
    const pattern = numberFormatOf(column);
    if (pattern) cell.userEnteredFormat = { numberFormat: { type: column.type === 'percent' ? 'PERCENT' : 'DATE', pattern } };
    return cell;
  });
}

/**
 * One report rewritten whole: the grid grown to hold it, then the header (it gains a column a newer schema added;
 * kept as it is under a protection the writer may not edit, or the whole batch would be refused) and every row in
 * schema order, the cells below cleared ("If the data in rows does not cover the entire requested range, the fields matching those set in
 * fields will be cleared": https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#UpdateCellsRequest).
 */
function writeReport(requests: Request[], schema: TableSchema, t: Target, records: readonly TableRecord[]): void {
  const width = schema.columns.length;
  const needed = records.length + 1;
  if (needed > t.rows) {
    requests.push({ appendDimension: { sheetId: t.sheetId, dimension: 'ROWS', length: needed - t.rows } });
    t.rows = needed;
  }
  if (width > t.columns) {
    requests.push({ appendDimension: { sheetId: t.sheetId, dimension: 'COLUMNS', length: width - t.columns } });
    t.columns = width;
  }
  const header = { values: schema.columns.map((c): CellData => ({ userEnteredValue: { stringValue: c.header } })) };
  const data = records.map((r) => ({ values: reportRow(schema, r) }));
  requests.push({
    updateCells: {
      range: { sheetId: t.sheetId, startRowIndex: t.headerLocked ? 1 : 0, endRowIndex: t.rows, startColumnIndex: 0, endColumnIndex: width },
      rows: t.headerLocked ? data : [header, ...data],
      fields: REPORT_FIELDS,
    },
  });
}

/**
 * Flagged rows highlighted, low rates red. Rules use formulas so empty cells (no goal, no check-offs) stay plain:
 * Sheets treats a blank as 0 in "less than" rules. The rate rules come first, since a cell takes the first rule that
 * matches. The old rules go first (from the last, so each index is still the one read).
 */
function highlight(requests: Request[], t: Target, rows: number): void {
  for (let i = t.rules - 1; i >= 0; i--) requests.push({ deleteConditionalFormatRule: { sheetId: t.sheetId, index: i } });
  const col = (key: string) => DASHBOARD_TABLE.columns.findIndex((c) => c.key === key);
  const span = Math.max(1, rows);
  const range = (c0: number, c1: number) => ({
    sheetId: t.sheetId,
    startRowIndex: 1,
    endRowIndex: 1 + span,
    startColumnIndex: c0,
    endColumnIndex: c1,
  });
  let index = 0;
  for (const key of RATE_COLUMNS) {
    const at = col(key);
    if (at < 0) continue;
    const cell = `${columnLetter(at + 1)}2`;
    requests.push({
      addConditionalFormatRule: {
        index: index++,
        rule: {
          ranges: [range(at, at + 1)],
          booleanRule: {
            condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: `=AND(ISNUMBER(${cell}),${cell}<${LOW_RATE})` }] },
            format: { textFormat: { foregroundColor: color(RED), bold: true }, backgroundColor: color(RED_LIGHT) },
          },
        },
      },
    });
  }
  const flag = col('flag');
  if (flag >= 0) {
    requests.push({
      addConditionalFormatRule: {
        index: index++,
        rule: {
          ranges: [range(0, DASHBOARD_TABLE.columns.length)],
          booleanRule: {
            condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: `=$${columnLetter(flag + 1)}2=TRUE` }] },
            format: { backgroundColor: color(FLAGGED_ROW) },
          },
        },
      },
    });
  }
}

/** A bar chart of progress to goal for the most urgent students, beside the Dashboard; replaces the ones there. */
function chart(requests: Request[], dash: Target, list: Target, students: number): void {
  for (const objectId of dash.charts) requests.push({ deleteEmbeddedObject: { objectId } });
  const col = (key: string) => PRIORITIZED_TABLE.columns.findIndex((c) => c.key === key);
  const rows = Math.max(1, students) + 1;
  const source = (c: number) => ({
    sourceRange: { sources: [{ sheetId: list.sheetId, startRowIndex: 0, endRowIndex: rows, startColumnIndex: c, endColumnIndex: c + 1 }] },
  });
  const axis = {
    position: 'BOTTOM_AXIS',
    viewWindowOptions: { viewWindowMin: 0, viewWindowMax: 1 },
  } as GoogleAppsScript.Sheets.Schema.BasicChartAxis;
  requests.push({
    addChart: {
      chart: {
        spec: {
          title: CHART_TITLE,
          basicChart: {
            chartType: 'BAR',
            legendPosition: 'NO_LEGEND',
            headerCount: 1,
            axis: [axis],
            domains: [{ domain: source(col('name')) }],
            series: [{ series: source(col('progressToGoal')), color: color(RED) }],
          },
        },
        // Anchored one column right of the Dashboard's last, on its second row.
        position: { overlayPosition: { anchorCell: { sheetId: dash.sheetId, rowIndex: 1, columnIndex: DASHBOARD_TABLE.columns.length + 1 } } },
      },
    },
  });
}

/** Every request of a refresh's write, in order: new sheets, both reports, the Dashboard's rules, the chart. */
export function planDashboardWrite(input: DashboardWrite): Request[] {
  const requests: Request[] = [];
  const { dashboard, list } = targets(input, requests);
  writeReport(requests, DASHBOARD_TABLE, dashboard, input.dashboard);
  writeReport(requests, PRIORITIZED_TABLE, list, input.prioritized);
  highlight(requests, dashboard, input.dashboard.length);
  chart(requests, dashboard, list, Math.min(input.chartStudents, input.prioritized.length));
  return requests;
}
