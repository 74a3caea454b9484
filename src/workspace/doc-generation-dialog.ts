// The Sheets "Generate conference docs…" dialog's side of the workbook: its starting state, and a batch checked
// against the Roster and started as a resumable job.

import type { JobProgress } from '../core/job';
import { rejected, type SaveResult, saved } from '../core/result';
import { templateById } from '../core/templates/catalog';
import type { GenerateRequest } from '../core/templates/requests';
import { type GenerateDocsState, studentsWithGoals } from '../core/templates/sidebar-model';
import { batchRosterProblem, subjectOptions } from '../core/templates/subjects';
import { workbookFolderLookup } from './doc-folders';
import { GENERATE_DOCS_JOB } from './doc-generation';
import { startJob } from './job-runner';
import { readGoals, readRoster, workbookDates } from './program';
import { readTemplateSummaries } from './program-templates';
import { todayIn } from './today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The dialog's starting state: templates, active students (with their current goal) and teams. */
export function generateDocsState(ss: Spreadsheet): GenerateDocsState {
  // Only the Roster and the goals: the dialog lists students with their current goal (no notes, no settings).
  const dates = workbookDates(ss);
  const roster = readRoster(ss, dates);
  const goals = readGoals(ss, dates);
  const folders = workbookFolderLookup(ss);
  const { students, teams } = subjectOptions(roster);
  return {
    templates: readTemplateSummaries(ss),
    students: studentsWithGoals(students, roster, goals),
    teams,
    teamsWithFolder: teams.filter((t) => folders(t.team, 'goal-setting-conference') || folders(t.team, 'tier3-weekly-meeting')).map((t) => t.team),
    today: todayIn(ss),
  };
}

/**
 * Starts the generation job for a batch whose keys are already of the template's kind. Every key must name a student
 * or team of this workbook's Roster, or the job would make documents about nobody.
 */
export function startDocBatch(ss: Spreadsheet, { templateId, date, keys }: GenerateRequest): SaveResult<JobProgress> {
  const problem = batchRosterProblem(templateById(templateId), keys, readRoster(ss));
  if (problem) return rejected({ keys: problem });
  return saved(startJob(GENERATE_DOCS_JOB, { templateId, date, keys }, ss.getId()));
}
