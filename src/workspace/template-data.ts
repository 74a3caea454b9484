// Reads what templates show: settings and roster from the workbook in use, a student's or team's records from the
// team workbook that holds them (the master holds none). One read per sheet, only the sheets a template needs.

import type { DateFormatter } from '../core/cells';
import { type Conference, type Goal, type ProgramSettings, type Student, workbookKindOf } from '../core/model';
import { conferenceFromRecord, goalFromRecord } from '../core/records';
import { CONFERENCES_TABLE, GOALS_TABLE } from '../core/tables';
import type { TemplateId } from '../core/templates/model';
import type { WorkbookData } from '../core/templates/values';
import { readActionSteps, readCheckOffs, readRoster, readSessionNotes, readSettings, workbookDates } from './program';
import { readTable, requireSheet } from './table-store';
import { openTeamWorkbook } from './team/team-directory';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Session notes can be the longest log: only templates that summarise effort or last week read them. */
const READS_NOTES: readonly TemplateId[] = ['goal-setting-conference', 'tier3-weekly-meeting'];

/** Per-program templates (coaching, programme) show settings only: no team workbook is opened for them. */
const READS_RECORDS: readonly TemplateId[] = ['goal-setting-conference', 'mentoring-session-plan', 'tier3-weekly-meeting'];

/** Sheet rows of the goals and conferences read, by id: a write-back then touches one known row. */
export interface RowIndex {
  goals: Map<string, number>;
  conferences: Map<string, number>;
}

/** Where one team's records were read from: the write-back of a conference link goes to the same workbook and rows. */
export interface RecordSource {
  ss: Spreadsheet;
  data: WorkbookData;
  rows: RowIndex;
}

type Records = Omit<WorkbookData, 'settings' | 'roster'>;

const NO_RECORDS: Records = { goals: [], steps: [], checkOffs: [], notes: [], conferences: [] };

/** Reads a workbook that holds its own records (a team workbook); sheets the template does not use come back empty. */
export function readWorkbookData(ss: Spreadsheet, templateId: TemplateId | null, rows?: RowIndex): WorkbookData {
  // The time zone is asked once for every sheet read here.
  const dates = workbookDates(ss);
  return { settings: readSettings(ss, dates), roster: readRoster(ss, dates), ...readRecords(ss, templateId, dates, rows) };
}

function readRecords(ss: Spreadsheet, templateId: TemplateId | null, dates: DateFormatter, rows?: RowIndex): Records {
  const all = templateId === null;
  const conference = all || templateId === 'goal-setting-conference';
  const student = all || conference || templateId === 'mentoring-session-plan';
  return {
    goals: student || templateId === 'tier3-weekly-meeting' ? readGoalsWithRows(ss, dates, rows) : [],
    steps: student ? readActionSteps(ss, dates) : [],
    checkOffs: conference ? readCheckOffs(ss, dates) : [],
    notes: all || (templateId !== null && READS_NOTES.includes(templateId)) ? readSessionNotes(ss, dates) : [],
    conferences: conference ? readConferences(ss, dates, rows) : [],
  };
}

/** The settings and roster of the workbook in use (the master's full Roster, or a team's slice). */
export interface ProgramBase {
  ss: Spreadsheet;
  settings: ProgramSettings;
  roster: readonly Student[];
}

export function readProgramBase(ss: Spreadsheet): ProgramBase {
  const dates = workbookDates(ss);
  return { ss, settings: readSettings(ss, dates), roster: readRoster(ss, dates) };
}

/**
 * A reader of each team's records, opened once per team: in a team workbook the workbook itself (whatever the team
 * asked, it holds only its own); in the master the team's workbook listed in Drive Folders. Templates that need no
 * records never open one.
 */
export function teamRecordReader(base: ProgramBase, templateId: TemplateId): (team: string) => RecordSource {
  const cache = new Map<string, RecordSource>();
  const inTeamWorkbook = workbookKindOf(base.settings) === 'team';
  return (team) => {
    const key = inTeamWorkbook ? '' : team.trim().toLowerCase();
    const known = cache.get(key);
    if (known) return known;
    const rows: RowIndex = { goals: new Map(), conferences: new Map() };
    let ss = base.ss;
    let records = NO_RECORDS;
    if (READS_RECORDS.includes(templateId) && (inTeamWorkbook || key)) {
      ss = inTeamWorkbook ? base.ss : openTeamWorkbook(base.ss, team);
      records = readRecords(ss, templateId, workbookDates(ss), rows);
    }
    const source: RecordSource = { ss, rows, data: { settings: base.settings, roster: base.roster, ...records } };
    cache.set(key, source);
    return source;
  };
}

function readGoalsWithRows(ss: Spreadsheet, dates: DateFormatter, rows?: RowIndex): Goal[] {
  return readTable(requireSheet(ss, GOALS_TABLE), GOALS_TABLE, dates).rows.map((r) => {
    const goal = goalFromRecord(r.record);
    rows?.goals.set(goal.goalId, r.row);
    return goal;
  });
}

function readConferences(ss: Spreadsheet, dates: DateFormatter, rows?: RowIndex): Conference[] {
  return readTable(requireSheet(ss, CONFERENCES_TABLE), CONFERENCES_TABLE, dates).rows.map((r) => {
    const conference = conferenceFromRecord(r.record);
    rows?.conferences.set(conference.conferenceId, r.row);
    return conference;
  });
}
