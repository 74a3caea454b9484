// Refreshes the master's Dashboard and Prioritized Students list from every team workbook: the master's Settings and
// Roster in one values.batchGet, one values.batchGet per team workbook (its four record sheets), then both reports,
// their conditional formats and the progress-to-goal chart in one batchUpdate (calls grow with teams, never with rows).

import { computeDashboard, type DashboardRow, dashboardRecord } from '../core/dashboard';
import { planDashboardWrite, REPORT_STRUCTURE } from '../core/dashboard/write-requests';
import { DRIVE_FOLDERS_TABLE } from '../core/drive-tables';
import type { Locale } from '../core/i18n/locale';
import { dashboardText } from '../core/i18n/messages/dashboard';
import type { ActionStep, Goal, IsoDate, ProgramSettings, SessionNote, StepCheckOff, Student } from '../core/model';
import { prioritizedRecord, prioritizeStudents } from '../core/prioritize';
import { actionStepFromRecord, checkOffFromRecord, goalFromRecord, sessionNoteFromRecord } from '../core/records';
import { indexColumns } from '../core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, GOALS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE, SETTINGS_TABLE } from '../core/tables';
import { rosterFromValues, settingsFromValues } from './access/caller';
import { userLocale } from './locale';
import { withDocumentLock } from './lock';
import { sendBatch, sheetsApi } from './sheets-api';
import { recordFromApi } from './table-store';
import { TEAM_WORKBOOK_KIND, type TeamWorkbookRef } from './team/team-directory';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How many of the most urgent students the progress-to-goal chart shows (a bar per student stays readable). */
export const CHART_STUDENTS = 20;

export interface DashboardSummary {
  today: IsoDate;
  students: number;
  flagged: number;
  /** Teams whose students show with no data (no team workbook yet, or it could not be read). */
  teamsWithoutData: number;
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

/** What every team's step of a refresh shares: the master's Settings, full Roster and its list of team workbooks. */
export interface DashboardSources {
  /** The master workbook's id: every read and the write go through the Sheets API by id (no openById). */
  spreadsheetId: string;
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
export function loadDashboardSources(id: string): DashboardSources {
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
    spreadsheetId: id,
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
  const sources = loadDashboardSources(ss.getId());
  const rows = dashboardTeams(sources).flatMap((team) => teamDashboardRows(sources, team, today));
  return writeDashboard(sources.spreadsheetId, rows, today);
}

/**
 * Writes the Dashboard and Prioritized Students from every team's rows (sorted as computeDashboard sorts), their
 * conditional formats and the chart: one Spreadsheets.get of the master's structure (sheet ids, rules and charts to
 * replace) and ONE atomic batchUpdate planned in src/core/dashboard/write-requests.ts, under the document lock.
 */
export function writeDashboard(id: string, teamRows: readonly DashboardRow[], today: IsoDate): DashboardSummary {
  const rows = [...teamRows].sort((a, b) => a.team.localeCompare(b.team) || a.name.localeCompare(b.name) || a.studentId.localeCompare(b.studentId));
  const prioritized = prioritizeStudents(rows);
  withDocumentLock(() => {
    const structure = sheetsApi().Spreadsheets.get(id, { fields: REPORT_STRUCTURE });
    const requests = planDashboardWrite({
      sheets: structure.sheets ?? [],
      dashboard: rows.map(dashboardRecord),
      prioritized: prioritized.map(prioritizedRecord),
      chartStudents: CHART_STUDENTS,
      me: () => Session.getEffectiveUser().getEmail(),
    });
    sendBatch(id, requests);
  });
  const teamsWithoutData = new Set(rows.filter((r) => r.noData !== undefined).map((r) => teamKey(r.team))).size;
  return { today, students: rows.length, flagged: prioritized.length, teamsWithoutData };
}
