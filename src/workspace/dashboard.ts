// Refreshes the Dashboard and the Prioritized Students list: each source sheet read once, each report written once,
// then conditional formatting and the progress-to-goal chart (a fixed number of calls whatever the size).

import { computeDashboard, dashboardRecord } from '../core/dashboard';
import { PRIORITIZED_TABLE } from '../core/dashboard-tables';
import type { IsoDate } from '../core/model';
import { prioritizedRecord, prioritizeStudents } from '../core/prioritize';
import { type ColumnIndex, indexColumns, type TableSchema } from '../core/table';
import { DASHBOARD_TABLE } from '../core/tables';
import { withDocumentLock } from './lock';
import { readActionSteps, readCheckOffs, readGoals, readRoster, readSessionNotes, readSettings, workbookDates } from './program';
import { replaceRows } from './table-store';
import { ensureTable } from './workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How many of the most urgent students the progress-to-goal chart shows (a bar per student stays readable). */
export const CHART_STUDENTS = 20;
/** Rates under this show red on the Dashboard. */
const LOW_RATE = 0.75;
const RED = '#d93025';
const RED_LIGHT = '#fce8e6';
const FLAGGED_ROW = '#fef7e0';
const CHART_TITLE = 'Progress to goal: the students most in need of targeted support';

export interface DashboardSummary {
  today: IsoDate;
  students: number;
  flagged: number;
}

/** The report sheet, created (with its headers and formats) if this workbook does not have it yet. */
function reportSheet(ss: Spreadsheet, schema: TableSchema, position?: () => number): Sheet {
  const existing = ss.getSheetByName(schema.name);
  if (existing) return existing;
  ensureTable(ss, schema, position?.());
  const created = ss.getSheetByName(schema.name);
  if (!created) throw new Error(`Could not create the "${schema.name}" sheet.`);
  return created;
}

/** Recomputes every active student's row for `today` and rewrites both report sheets. */
export function refreshDashboard(ss: Spreadsheet, today: IsoDate): DashboardSummary {
  const dates = workbookDates(ss);
  const dashboard = computeDashboard({
    today,
    settings: readSettings(ss, dates),
    students: readRoster(ss, dates),
    goals: readGoals(ss, dates),
    steps: readActionSteps(ss, dates),
    checkOffs: readCheckOffs(ss, dates),
    notes: readSessionNotes(ss, dates),
  });
  const prioritized = prioritizeStudents(dashboard.rows);

  withDocumentLock(() => {
    const dashSheet = reportSheet(ss, DASHBOARD_TABLE);
    const listSheet = reportSheet(ss, PRIORITIZED_TABLE, () => dashSheet.getIndex());
    const headers = replaceRows(dashSheet, DASHBOARD_TABLE, dashboard.rows.map(dashboardRecord));
    const listHeaders = replaceRows(listSheet, PRIORITIZED_TABLE, prioritized.map(prioritizedRecord));
    highlightDashboard(dashSheet, headers, dashboard.rows.length);
    chartProgress(dashSheet, listSheet, headers.length, indexColumns(PRIORITIZED_TABLE, listHeaders), Math.min(prioritized.length, CHART_STUDENTS));
  });
  return { today, students: dashboard.rows.length, flagged: prioritized.length };
}

function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Flagged rows highlighted, low rates red. Rules use formulas so empty cells (no goal, no check-offs) stay plain:
 * Sheets treats a blank as 0 in "less than" rules. The rate rules come first, since a cell takes the first rule that
 * matches.
 */
function highlightDashboard(sheet: Sheet, headers: readonly string[], rowCount: number): void {
  const index = indexColumns(DASHBOARD_TABLE, headers);
  const rows = Math.max(1, rowCount);
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const key of ['attendanceRate', 'punctualityRate', 'stepCompletionRate', 'progressToGoal']) {
    const at = index[key];
    if (at < 0) continue;
    const cell = `${columnLetter(at + 1)}2`;
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=AND(ISNUMBER(${cell}),${cell}<${LOW_RATE})`)
        .setFontColor(RED)
        .setBackground(RED_LIGHT)
        .setBold(true)
        .setRanges([sheet.getRange(2, at + 1, rows, 1)])
        .build(),
    );
  }
  const flag = index.flag;
  if (flag >= 0) {
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=$${columnLetter(flag + 1)}2=TRUE`)
        .setBackground(FLAGGED_ROW)
        .setRanges([sheet.getRange(2, 1, rows, headers.length)])
        .build(),
    );
  }
  sheet.setConditionalFormatRules(rules);
}

/** A bar chart of progress to goal for the most urgent students, beside the Dashboard; replaces the previous one. */
function chartProgress(dashSheet: Sheet, listSheet: Sheet, dashboardWidth: number, listIndex: ColumnIndex, students: number): void {
  for (const chart of dashSheet.getCharts()) dashSheet.removeChart(chart);
  const rows = Math.max(1, students) + 1;
  const chart = dashSheet
    .newChart()
    .asBarChart()
    .setTitle(CHART_TITLE)
    .setColors([RED])
    .addRange(listSheet.getRange(1, listIndex.name + 1, rows, 1))
    .addRange(listSheet.getRange(1, listIndex.progressToGoal + 1, rows, 1))
    .setNumHeaders(1)
    .setOption('hAxis', { format: 'percent', minValue: 0, maxValue: 1 })
    .setOption('legend', { position: 'none' })
    .setPosition(2, dashboardWidth + 2, 0, 0)
    .build();
  dashSheet.insertChart(chart);
}
