// Server API of sharing lesson materials: a teacher adds files to their team's Classroom Materials folders.

import { MATERIAL_CATEGORIES, type MaterialCategory } from '../core/drive-plan';
import { rejected, type SaveResult, saved } from '../core/result';
import { fileIdOf, type SharedFile, type ShareTeam, shareableTeams, shareMaterials as shareMaterialFiles } from '../workspace/drive-share';
import { hostUi } from '../workspace/menus';
import { allow, menuAllowed } from './guard';

/** Menu (Sheets and Docs): the dialog where a teacher adds files to their team's Classroom Materials. */
export function menuShareMaterials(): void {
  menuAllowed('menuShareMaterials', () => {
    const page = HtmlService.createHtmlOutputFromFile('ShareMaterialsDialog').setWidth(520).setHeight(560);
    hostUi().ui.showModalDialog(page, 'Share lesson materials');
  });
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
  allow('getShareMaterialsOptions');
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
  const { caller } = allow('shareMaterials');
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
  return saved(shareMaterialFiles({ teamKey, category: category as MaterialCategory, files }, caller.email));
}
