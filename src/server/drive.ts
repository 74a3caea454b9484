// Server API of the Drive feature: provisioning (dry run, then a resumable job), the access report, sharing lesson
// materials, and Tier 2 threaded questions.

import { MATERIAL_CATEGORIES, type MaterialCategory } from '../core/drive-plan';
import type { AnswerInput, AskInput, QuestionThread } from '../core/drive-questions';
import { ACCESS_REPORT_TABLE } from '../core/drive-tables';
import type { JobProgress } from '../core/job';
import { rejected, type SaveResult, saved } from '../core/result';
import { type AccessReportResult, writeAccessReport } from '../workspace/drive-access-report';
import { type ProvisionPreview, previewProvision, startProvisionJob } from '../workspace/drive-provision';
import { fileIdOf, type SharedFile, type ShareTeam, shareableTeams, shareMaterials as shareMaterialFiles } from '../workspace/drive-share';
import { hostUi } from '../workspace/menus';
import { activeWorkbook } from '../workspace/program';
import { answerQuestion as answer, askQuestion as ask, listQuestionThreads } from '../workspace/questions';

function me(): string {
  return Session.getEffectiveUser().getEmail();
}

/** Menu (Sheets): the provisioning dialog, which shows the dry run before anything changes. */
export function menuProvisionDrive(): void {
  const page = HtmlService.createHtmlOutputFromFile('ProvisionDialog').setWidth(640).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(page, 'Provision Drive folders');
}

/** The dry run: folders to create and permissions to add, change and remove. Changes nothing. */
export function previewDriveProvision(): ProvisionPreview {
  return previewProvision(activeWorkbook());
}

/** Starts provisioning; the dialog then calls runJobChunk(jobId) until it is finished. */
export function startDriveProvision(): JobProgress {
  return startProvisionJob(activeWorkbook());
}

/** Menu (Sheets): rebuilds the Access Report sheet and opens it. */
export function menuAccessReport(): AccessReportResult {
  const ss = activeWorkbook();
  const result = writeAccessReport(ss);
  const sheet = ss.getSheetByName(ACCESS_REPORT_TABLE.name);
  if (sheet) ss.setActiveSheet(sheet);
  ss.toast(
    result.differences === 0
      ? `Every folder matches the plan (${result.rows} rows).`
      : `${result.differences} difference(s) from the plan: see the Status column.`,
    'Access report',
  );
  return result;
}

/** Menu (Sheets and Docs): the dialog where a teacher adds files to their team's Classroom Materials. */
export function menuShareMaterials(): void {
  const page = HtmlService.createHtmlOutputFromFile('ShareMaterialsDialog').setWidth(520).setHeight(560);
  hostUi().ui.showModalDialog(page, 'Share lesson materials');
}

export interface ShareMaterialsOptions {
  teams: ShareTeam[];
  categories: { value: MaterialCategory; label: string }[];
  /** In Docs, the open document is offered as the first file. */
  currentFile: { id: string; name: string } | null;
}

const CATEGORY_LABELS: Record<MaterialCategory, string> = {
  lessonPlans: 'Lesson plans',
  lessonMaterials: 'Lesson materials (notes, slide decks)',
  studentMaterials: 'Student materials (worksheets, homework)',
  assessments: 'Assessments (blank copies, answer keys/rubrics)',
  updatedMaterials: 'Updated curricular materials (calendars)',
};

export function getShareMaterialsOptions(): ShareMaterialsOptions {
  let currentFile: ShareMaterialsOptions['currentFile'] = null;
  if (hostUi().host === 'docs') {
    const doc = DocumentApp.getActiveDocument();
    if (doc) currentFile = { id: doc.getId(), name: doc.getName() };
  }
  return { teams: shareableTeams(), categories: MATERIAL_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] })), currentFile };
}

export interface ShareMaterialsForm {
  teamKey: string;
  category: string;
  /** Links or ids, one per line. */
  files: string;
}

/** A team key as the add-on makes them (program hash, team hash); anything else never names a team folder. */
const TEAM_KEY = /^p[0-9a-f]{8}\.t[0-9a-f]{8}$/;

/** Validates the form, then adds the files (each reported on its own: one bad link does not stop the others). */
export function shareMaterials(form: ShareMaterialsForm): SaveResult<SharedFile[]> {
  const errors: Record<string, string> = {};
  const teamKey = String(form?.teamKey ?? '');
  const category = String(form?.category ?? '');
  if (!TEAM_KEY.test(teamKey)) errors.teamKey = 'Choose the team.';
  if (!MATERIAL_CATEGORIES.includes(category as MaterialCategory)) errors.category = 'Choose a category.';
  const lines = String(form?.files ?? '')
    .split(/[\n,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  // The same file pasted twice is shared once.
  const files = [...new Map(lines.map((line) => [fileIdOf(line) ?? line, line])).values()];
  if (files.length === 0) errors.files = 'Paste at least one Drive link or file id.';
  else if (files.length > 50) errors.files = 'Share at most 50 files at a time.';
  else {
    const bad = files.filter((f) => !fileIdOf(f));
    if (bad.length) errors.files = `Not a Drive link or file id: ${bad.slice(0, 3).join(', ')}`;
  }
  if (Object.keys(errors).length) return rejected(errors);
  return saved(shareMaterialFiles({ teamKey, category: category as MaterialCategory, files }, me()));
}

/** Tier 2 threaded questions the user takes part in (tutor sidebar), optionally for one student. */
export function listQuestions(studentId?: string): QuestionThread[] {
  return listQuestionThreads(activeWorkbook(), me(), studentId);
}

/** A tutor or teacher asks about a student, a session note or a material (checked here, whatever the page sent). */
export function askQuestion(input: AskInput): SaveResult<QuestionThread> {
  return ask(activeWorkbook(), me(), input ?? { studentId: '', text: '' });
}

export function answerQuestion(input: AnswerInput): SaveResult<QuestionThread> {
  return answer(activeWorkbook(), me(), input ?? { questionId: '', text: '' });
}
