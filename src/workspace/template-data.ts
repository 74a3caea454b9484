// Reads what templates show from the program workbook: one read per sheet, only the sheets a template needs.

import type { Conference, Goal } from '../core/model';
import { conferenceFromRecord, goalFromRecord } from '../core/records';
import { CONFERENCES_TABLE, GOALS_TABLE } from '../core/tables';
import type { TemplateId } from '../core/templates/model';
import type { WorkbookData } from '../core/templates/values';
import { readActionSteps, readCheckOffs, readRoster, readSessionNotes, readSettings } from './program';
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
  return {
    settings: readSettings(ss),
    roster: readRoster(ss),
    goals: student || templateId === 'tier3-weekly-meeting' ? readGoalsWithRows(ss, rows) : [],
    steps: student ? readActionSteps(ss) : [],
    checkOffs: conference ? readCheckOffs(ss) : [],
    notes: all || (templateId !== null && READS_NOTES.includes(templateId)) ? readSessionNotes(ss) : [],
    conferences: conference ? readConferences(ss, rows) : [],
  };
}

function readGoalsWithRows(ss: Spreadsheet, rows?: RowIndex): Goal[] {
  return readTable(requireSheet(ss, GOALS_TABLE), GOALS_TABLE).rows.map((r) => {
    const goal = goalFromRecord(r.record);
    rows?.goals.set(goal.goalId, r.row);
    return goal;
  });
}

export function readConferences(ss: Spreadsheet, rows?: RowIndex): Conference[] {
  return readTable(requireSheet(ss, CONFERENCES_TABLE), CONFERENCES_TABLE).rows.map((r) => {
    const conference = conferenceFromRecord(r.record);
    rows?.conferences.set(conference.conferenceId, r.row);
    return conference;
  });
}
