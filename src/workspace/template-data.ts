// Reads what templates show from the program workbook: one read per sheet, only the sheets a template needs.

import type { DateFormatter } from '../core/cells';
import type { Conference, Goal } from '../core/model';
import { conferenceFromRecord, goalFromRecord } from '../core/records';
import { CONFERENCES_TABLE, GOALS_TABLE } from '../core/tables';
import type { TemplateId } from '../core/templates/model';
import type { WorkbookData } from '../core/templates/values';
import { readActionSteps, readCheckOffs, readRoster, readSessionNotes, readSettings, workbookDates } from './program';
import { readTable, requireSheet } from './table-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Session notes can be the longest log: only templates that summarise effort or last week read them. */
const READS_NOTES: readonly TemplateId[] = ['goal-setting-conference', 'tier3-weekly-meeting'];

/** Sheet rows of the goals and conferences read, by id: a write-back then touches one known row. */
export interface RowIndex {
  goals: Map<string, number>;
  conferences: Map<string, number>;
}

/** Reads the workbook for one template; sheets it does not use come back empty. */
export function readWorkbookData(ss: Spreadsheet, templateId: TemplateId | null, rows?: RowIndex): WorkbookData {
  const all = templateId === null;
  const conference = all || templateId === 'goal-setting-conference';
  const student = all || conference || templateId === 'mentoring-session-plan';
  // The time zone is asked once for every sheet read here.
  const dates = workbookDates(ss);
  return {
    settings: readSettings(ss, dates),
    roster: readRoster(ss, dates),
    goals: student || templateId === 'tier3-weekly-meeting' ? readGoalsWithRows(ss, dates, rows) : [],
    steps: student ? readActionSteps(ss, dates) : [],
    checkOffs: conference ? readCheckOffs(ss, dates) : [],
    notes: all || (templateId !== null && READS_NOTES.includes(templateId)) ? readSessionNotes(ss, dates) : [],
    conferences: conference ? readConferences(ss, dates, rows) : [],
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
