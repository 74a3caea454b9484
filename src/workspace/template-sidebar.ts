// The Docs sidebar's side of the workbook: the program workbook linked to the open doc (in its document properties),
// the sidebar's state, and a template previewed or inserted for one student/team.

import { rejected, type SaveResult, saved } from '../core/result';
import { templateById } from '../core/templates/catalog';
import { fieldsIn, type MergeValues } from '../core/templates/merge';
import type { DocTemplate } from '../core/templates/model';
import type { InsertRequest, PreviewRequest } from '../core/templates/requests';
import {
  type InsertResult,
  type TemplatePreview,
  type TemplateSidebarState,
  templatePreview,
  templateSummaries,
} from '../core/templates/sidebar-model';
import { type ChosenSubject, subjectOf, subjectOptions, subjectProblem } from '../core/templates/subjects';
import { mergeValues, type WorkbookData } from '../core/templates/values';
import { workbookFolderLookup } from './doc-folders';
import { createDocument, insertIntoDocument, teamOf } from './doc-generation';
import { readRoster } from './program';
import { readProgramTemplates, readTemplateSummaries } from './program-templates';
import { readWorkbookData } from './template-data';
import { todayIn, todayInScriptZone } from './today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document properties of the doc the sidebar runs in: the linked workbook and the last choice. */
const LINKED_WORKBOOK = 'tt.workbookId';
const LAST_CHOICE = 'tt.lastTemplateChoice';

function docProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function lastChoice(raw: string | null): TemplateSidebarState['last'] {
  return raw ? (JSON.parse(raw) as TemplateSidebarState['last']) : null;
}

/** The workbook linked to this document; throws a message the sidebar shows when it cannot be opened. */
export function linkedWorkbook(): Spreadsheet {
  const id = docProperties().getProperty(LINKED_WORKBOOK);
  if (!id) throw new Error('Link this document to a program workbook first (paste the workbook link in the sidebar).');
  return SpreadsheetApp.openById(id);
}

/** In Docs the linked workbook; in Sheets the active one. */
export function linkedWorkbookOrActive(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet() ?? linkedWorkbook();
}

/** The sidebar's starting state: templates, and the linked workbook's students and teams when one is linked. */
export function templateSidebarState(): TemplateSidebarState {
  const props = docProperties();
  const id = props.getProperty(LINKED_WORKBOOK);
  const last = lastChoice(props.getProperty(LAST_CHOICE));
  const base: TemplateSidebarState = {
    templates: templateSummaries({}),
    workbook: null,
    students: [],
    teams: [],
    // No workbook to take a time zone from yet: the execution's date in the add-on's time zone.
    today: todayInScriptZone(),
    last,
    workbookError: '',
  };
  if (!id) return base;
  try {
    return { ...base, ...workbookState(SpreadsheetApp.openById(id)) };
  } catch (error) {
    return { ...base, workbookError: `The linked program workbook could not be read: ${(error as Error).message}` };
  }
}

type WorkbookState = Pick<TemplateSidebarState, 'templates' | 'workbook' | 'students' | 'teams' | 'today'>;

/** What the sidebar shows of a workbook; throws (with the sheet's name) when it is not a set-up program workbook. */
function workbookState(ss: Spreadsheet): WorkbookState {
  return {
    ...subjectOptions(readRoster(ss)),
    templates: readTemplateSummaries(ss),
    workbook: { id: ss.getId(), name: ss.getName(), url: ss.getUrl() },
    today: todayIn(ss),
  };
}

/** Links this document to a program workbook by its id, remembered in the document's properties, once it reads. */
export function linkWorkbook(id: string): SaveResult<TemplateSidebarState> {
  let state: WorkbookState;
  try {
    state = workbookState(SpreadsheetApp.openById(id));
  } catch (error) {
    return rejected({ workbook: `That is not a program workbook you can open: ${(error as Error).message}` });
  }
  const props = docProperties();
  props.setProperty(LINKED_WORKBOOK, id);
  return saved({ ...state, last: lastChoice(props.getProperty(LAST_CHOICE)), workbookError: '' });
}

/** A template filled for the chosen student/team, or why the choice does not fit the Roster. */
type Merged = { ok: true; template: DocTemplate; data: WorkbookData; subject: ChosenSubject; values: MergeValues } | { ok: false; problem: string };

function mergeChoice(ss: Spreadsheet, req: PreviewRequest): Merged {
  const template = templateById(req.templateId);
  const data = readWorkbookData(ss, req.templateId);
  const problem = subjectProblem(template, req.subjectKey, data.roster);
  if (problem) return { ok: false, problem };
  const subject = subjectOf(template, req.subjectKey, req.date);
  return { ok: true, template, data, subject, values: mergeValues(data, { ...subject, today: todayIn(ss) }) };
}

/** The merge fields of a template for one student/team, with their values (from the program's version if any). */
export function previewChoice(ss: Spreadsheet, req: PreviewRequest): SaveResult<TemplatePreview> {
  const merged = mergeChoice(ss, req);
  if (!merged.ok) return rejected({ subjectKey: merged.problem });
  const program = readProgramTemplates(ss)[req.templateId];
  const programFields = program ? fieldsIn(DocumentApp.openById(program.docId).getBody().getText()) : null;
  return saved(templatePreview(merged.template, merged.values, programFields));
}

/**
 * Inserts the template, filled for the chosen student/team, at the cursor of this document or as a new document
 * (a new document uses the program's adapted version when one is registered, and is filed in the team's folder).
 * Remembers the choice for the next time the sidebar opens.
 */
export function insertChoice(ss: Spreadsheet, req: InsertRequest): SaveResult<InsertResult> {
  const merged = mergeChoice(ss, req);
  if (!merged.ok) return rejected({ subjectKey: merged.problem }, merged.problem);
  const { template, data, subject, values } = merged;
  docProperties().setProperty(LAST_CHOICE, JSON.stringify({ templateId: req.templateId, subjectKey: req.subjectKey }));
  if (req.where === 'cursor') {
    const { added, report } = insertIntoDocument(DocumentApp.getActiveDocument(), template, values, req.date);
    return saved({ where: 'cursor', url: '', added, empty: report.empty, unknown: report.unknown });
  }
  const doc = createDocument(template, values, req.date, {
    folderId: workbookFolderLookup(ss)(teamOf(data, subject), req.templateId),
    programTemplate: readProgramTemplates(ss)[req.templateId],
  });
  return saved({ where: 'new', url: doc.url, added: 0, empty: doc.report.empty, unknown: doc.report.unknown });
}
