// The Sheets "Generate conference docs…" dialog's side of the workbook: its starting state, and a batch checked
// against the Roster and the Drive owner, started as a resumable job.

import type { JobProgress } from '../core/job';
import { type Goal, workbookKindOf } from '../core/model';
import { rejected, type SaveResult, saved } from '../core/result';
import { templateById } from '../core/templates/catalog';
import { driveOwnerProblem } from '../core/templates/drive-owner';
import type { GenerateRequest } from '../core/templates/requests';
import { type GenerateDocsState, studentsWithGoals } from '../core/templates/sidebar-model';
import { batchRosterProblem, subjectOptions } from '../core/templates/subjects';
import { readDriveFolders } from './doc-folders';
import { GENERATE_DOCS_JOB } from './doc-generation';
import { startJob } from './job-runner';
import { userLocale } from './locale';
import { readGoals } from './program';
import { readTemplateSummaries } from './program-templates';
import { readProgramBase } from './template-data';
import { todayIn } from './today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The dialog's starting state: templates, active students (with their current goal) and teams, and who may file in
 * the team folders. In the master the goals come from each team workbook (one open and one read per team).
 */
export function generateDocsState(ss: Spreadsheet, caller: string): GenerateDocsState {
  const base = readProgramBase(ss);
  const drive = readDriveFolders(ss);
  const { students, teams } = subjectOptions(base.roster);
  return {
    templates: readTemplateSummaries(ss),
    students: studentsWithGoals(students, base.roster, goalsOf(ss, workbookKindOf(base.settings), drive.teamWorkbooks)),
    teams,
    teamsWithFolder: teams
      .filter((t) => drive.lookup(t.team, 'goal-setting-conference') || drive.lookup(t.team, 'tier3-weekly-meeting'))
      .map((t) => t.team),
    today: todayIn(ss),
    driveProblem: ownerProblem(base.settings.driveOwner, caller),
  };
}

/** Why the caller cannot file documents, in their language; the locale is asked only when there is something to say. */
function ownerProblem(driveOwner: string, caller: string): string {
  return driveOwnerProblem(driveOwner, caller) && driveOwnerProblem(driveOwner, caller, userLocale());
}

/** Every goal the dialog can show: the workbook's own, or in the master each team workbook's (one it cannot open is skipped). */
function goalsOf(ss: Spreadsheet, kind: 'master' | 'team', teamWorkbooks: { spreadsheetId: string }[]): Goal[] {
  if (kind === 'team') return readGoals(ss);
  return teamWorkbooks.flatMap((t) => {
    try {
      return readGoals(SpreadsheetApp.openById(t.spreadsheetId));
    } catch {
      return [];
    }
  });
}

/**
 * Starts the generation job for a batch whose keys are already of the template's kind. Every key must name a student
 * or team of this workbook's Roster, or the job would make documents about nobody; and once provisioning has made the
 * team folders, only the coordinator whose add-on made them can file documents there.
 */
export function startDocBatch(ss: Spreadsheet, { templateId, date, keys }: GenerateRequest, caller: string): SaveResult<JobProgress> {
  const base = readProgramBase(ss);
  const notOwner = ownerProblem(base.settings.driveOwner, caller);
  if (notOwner) return rejected({}, notOwner);
  const problem = batchRosterProblem(templateById(templateId), keys, base.roster);
  if (problem) return rejected({ keys: problem });
  return saved(startJob(GENERATE_DOCS_JOB, { templateId, date, keys }, ss.getId()));
}
