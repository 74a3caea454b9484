// Refreshes the master's Dashboard and Prioritized Students list from every team workbook: the master's Settings and
// Roster, then one values.batchGet per team workbook (its four record sheets), each report written once, then
// conditional formatting and the progress-to-goal chart (calls grow with the number of teams, never with rows).

import { computeDashboard, type DashboardRow, dashboardRecord } from '../core/dashboard';
import { PRIORITIZED_TABLE } from '../core/dashboard-tables';
import { DRIVE_FOLDERS_TABLE } from '../core/drive-tables';
import type { Locale } from '../core/i18n/locale';
import { dashboardText } from '../core/i18n/messages/dashboard';
import type { ActionStep, Goal, IsoDate, ProgramSettings, SessionNote, StepCheckOff, Student } from '../core/model';
import { prioritizedRecord, prioritizeStudents } from '../core/prioritize';
import { actionStepFromRecord, checkOffFromRecord, goalFromRecord, sessionNoteFromRecord } from '../core/records';
import { type ColumnIndex, indexColumns, type TableSchema } from '../core/table';
import {
  ACTION_STEPS_TABLE,
  CHECK_OFFS_TABLE,
  DASHBOARD_TABLE,
  GOALS_TABLE,
  ROSTER_TABLE,
  SESSION_NOTES_TABLE,
  SETTINGS_TABLE,
} from '../core/tables';
import { rosterFromValues, settingsFromValues } from './access/caller';
import { userLocale } from './locale';
import { withDocumentLock } from './lock';
import { sheetsApi } from './sheets-api';
import { recordFromApi, replaceRows } from './table-store';
import { TEAM_WORKBOOK_KIND, type TeamWorkbookRef } from './team/team-directory';
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
  /** Teams whose students show with no data (no team workbook yet, or it could not be read). */
  teamsWithoutData: number;
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

/** One team workbook's records, as the dashboard needs them. */
export interface TeamRecords {
  goals: Goal[];
  steps: ActionStep[];
  checkOffs: StepCheckOff[];
  notes: SessionNote[];
}

/**
 * Reads the records of one team workbook in ONE Sheets API call: a values.batchGet of Goals Master List, Action Steps,
 * Step Check-offs and Session Notes, whole (the dashboard counts every note), values as stored — dates as serial days,
 * so no time zone is asked (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet).
 * No openById: the API takes the id and checks that the caller may read the file (a team workbook not shared with the
 * coordinator is 403 "The caller does not have permission", which the dashboard shows as the team's reason).
 */
export function readTeamRecords(ref: TeamWorkbookRef): TeamRecords {
  const tables = [GOALS_TABLE, ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, SESSION_NOTES_TABLE];
  const reply = sheetsApi().Spreadsheets.Values.batchGet(ref.spreadsheetId, {
    ranges: tables.map((t) => `'${t.name.replace(/'/g, "''")}'!A1:ZZZ`),
    valueRenderOption: 'UNFORMATTED_VALUE',
    dateTimeRenderOption: 'SERIAL_NUMBER',
  });
  const [goals, steps, checkOffs, notes] = tables.map((schema, i) => {
    const values = (reply.valueRanges?.[i]?.values ?? []) as unknown[][];
    const index = indexColumns(schema, values[0] ?? []);
    return values
      .slice(1)
      .filter((line) => line.some((v) => v !== '' && v !== null && v !== undefined))
      .map((line) => recordFromApi(schema, index, line));
  });
  return {
    goals: goals.map(goalFromRecord),
    steps: steps.map(actionStepFromRecord),
    checkOffs: checkOffs.map(checkOffFromRecord),
    notes: notes.map(sessionNoteFromRecord),
  };
}

const teamKey = (team: string) => team.trim().toLowerCase();

/** Why a team has no data on the dashboard: no workbook yet, or its workbook could not be read. */

/** What every team's step of a refresh shares: the master's Settings, full Roster and its list of team workbooks. */
export interface DashboardSources {
  settings: ProgramSettings;
  students: Student[];
  refs: Map<string, TeamWorkbookRef>;
  /** Each student's team, lower-cased: records count for a student only from their own team's workbook. */
  teamOf: Map<string, string>;
  /** The language of the coordinator running the refresh: the Reason column is written in it (read once per run). */
  locale: Locale;
}

/**
 * Reads the master's side of a refresh in one values.batchGet: Settings, the Roster and the Drive Folders list of team
 * workbooks (dates as serial days, so no time-zone call). Before provisioning there is no Drive Folders sheet: the API
 * refuses the batch ("Unable to parse range") and it is read again without it.
 */
export function loadDashboardSources(ss: Spreadsheet): DashboardSources {
  const id = ss.getId();
  const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const ranges = [`${quote(SETTINGS_TABLE.name)}!A2:B${SETTINGS_TABLE.columns.length + 1}`, `${quote(ROSTER_TABLE.name)}!A1:ZZZ`];
  const get = (r: string[]) =>
    (
      sheetsApi().Spreadsheets.Values.batchGet(id, { ranges: r, valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' })
        .valueRanges ?? []
    ).map((v) => (v.values ?? []) as unknown[][]);
  let values: unknown[][][];
  try {
    values = get([...ranges, `${quote(DRIVE_FOLDERS_TABLE.name)}!A1:ZZZ`]);
  } catch (error) {
    if (!String(error instanceof Error ? error.message : error).includes(`Unable to parse range: ${quote(DRIVE_FOLDERS_TABLE.name)}`)) throw error;
    values = [...get(ranges), []];
  }
  const settings = settingsFromValues(values[0]);
  const students = rosterFromValues(values[1]);
  return {
    settings,
    students,
    refs: new Map(teamWorkbooksFrom(values[2]).map((r) => [teamKey(r.team), r])),
    teamOf: new Map(students.map((s) => [s.studentId, teamKey(s.team)])),
    locale: userLocale(),
  };
}

/** The team workbooks the Drive Folders rows list (as `readTeamWorkbooks` reads them: the last row of a key wins). */
function teamWorkbooksFrom(rows: readonly unknown[][]): TeamWorkbookRef[] {
  const index = indexColumns(DRIVE_FOLDERS_TABLE, rows[0] ?? []);
  const byKey = new Map<string, TeamWorkbookRef>();
  for (const line of rows.slice(1)) {
    const r = recordFromApi(DRIVE_FOLDERS_TABLE, index, line);
    const planKey = String(r.planKey ?? '');
    if (!planKey) continue;
    byKey.set(planKey, { team: String(r.team ?? ''), planKey, spreadsheetId: String(r.folderId ?? ''), url: String(r.url ?? '') });
  }
  return [...byKey.values()]
    .filter((r) => r.planKey.endsWith(`.${TEAM_WORKBOOK_KIND}`) && r.spreadsheetId)
    .sort((a, b) => a.team.localeCompare(b.team));
}

/** The teams of the active students, lower-cased, in order: one refresh step each. */
export function dashboardTeams(sources: DashboardSources): string[] {
  return [...new Set(sources.students.filter((s) => s.active).map((s) => teamKey(s.team)))].sort();
}

/**
 * One team's Dashboard rows: its workbook read in one values.batchGet whatever its rows, its active students computed.
 * A team with no workbook yet, or whose workbook cannot be read, gets rows with no data and the reason.
 */
export function teamDashboardRows(sources: DashboardSources, team: string, today: IsoDate): DashboardRow[] {
  const key = teamKey(team);
  const students = sources.students.filter((s) => teamKey(s.team) === key);
  const ref = sources.refs.get(key);
  let records: TeamRecords = { goals: [], steps: [], checkOffs: [], notes: [] };
  const t = dashboardText.in(sources.locale);
  let unavailable: string | null = ref ? null : t('noWorkbook');
  if (ref) {
    try {
      const read = readTeamRecords(ref);
      const ours = <T extends { studentId: string }>(rows: T[]) => rows.filter((r) => sources.teamOf.get(r.studentId) === key);
      records = { goals: ours(read.goals), steps: ours(read.steps), checkOffs: ours(read.checkOffs), notes: ours(read.notes) };
    } catch (error) {
      unavailable = t('unreadable', { message: error instanceof Error ? error.message : String(error) });
    }
  }
  const missing = unavailable === null ? undefined : new Map([[key, unavailable]]);
  return computeDashboard({ today, settings: sources.settings, students, ...records, unavailable: missing, locale: sources.locale }).rows;
}

/**
 * Recomputes every active student's row for `today` from the team workbooks and rewrites both report sheets of the
 * master, in one execution (the resumable job in dashboard-job.ts runs the same steps across executions). A team
 * with no workbook yet, or whose workbook cannot be read, shows its students with no data and why; the other teams
 * are refreshed all the same.
 */
export function refreshDashboard(ss: Spreadsheet, today: IsoDate): DashboardSummary {
  const sources = loadDashboardSources(ss);
  const rows = dashboardTeams(sources).flatMap((team) => teamDashboardRows(sources, team, today));
  return writeDashboard(ss, rows, today);
}

/** Writes the Dashboard and Prioritized Students from every team's rows (sorted as computeDashboard sorts), then the chart. */
export function writeDashboard(ss: Spreadsheet, teamRows: readonly DashboardRow[], today: IsoDate): DashboardSummary {
  const rows = [...teamRows].sort((a, b) => a.team.localeCompare(b.team) || a.name.localeCompare(b.name) || a.studentId.localeCompare(b.studentId));
  const prioritized = prioritizeStudents(rows);
  withDocumentLock(() => {
    const dashSheet = reportSheet(ss, DASHBOARD_TABLE);
    const listSheet = reportSheet(ss, PRIORITIZED_TABLE, () => dashSheet.getIndex());
    const headers = replaceRows(dashSheet, DASHBOARD_TABLE, rows.map(dashboardRecord));
    const listHeaders = replaceRows(listSheet, PRIORITIZED_TABLE, prioritized.map(prioritizedRecord));
    highlightDashboard(dashSheet, headers, rows.length);
    chartProgress(dashSheet, listSheet, headers.length, indexColumns(PRIORITIZED_TABLE, listHeaders), Math.min(prioritized.length, CHART_STUDENTS));
  });
  const teamsWithoutData = new Set(rows.filter((r) => r.noData !== undefined).map((r) => teamKey(r.team))).size;
  return { today, students: rows.length, flagged: prioritized.length, teamsWithoutData };
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
