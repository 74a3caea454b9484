// The Docs sidebar's side of the workbook: the program workbook each user linked (their user properties; a link kept
// in an older document's properties still wins there), the sidebar's state, and a template previewed or inserted for
// one student/team: at the cursor, or as a new document in the user's own Drive.

import { templateServerText } from '../core/i18n/messages/template-sidebar';
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
import { mergeValues } from '../core/templates/values';
import { createDocument, type GeneratedDoc, insertIntoDocument, teamOf } from './doc-generation';
import { userLocale } from './locale';
import { readRoster } from './program';
import { readProgramTemplates, readTemplateSummaries } from './program-templates';
import { readProgramBase, teamRecordReader } from './template-data';
import { todayIn, todayInScriptZone } from './today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The linked workbook: per user (a tutor and a teacher of another team may share one doc), or an older per-doc link. */
const LINKED_WORKBOOK = 'tt.workbookId';
/** The last choice, per document (what this doc was last filled with). */
const LAST_CHOICE = 'tt.lastTemplateChoice';

function docProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function userProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

/** The linked workbook's id: this document's own link when an earlier version stored one, else the user's. */
function linkedId(): string | null {
  return docProperties().getProperty(LINKED_WORKBOOK) ?? userProperties().getProperty(LINKED_WORKBOOK);
}

function lastChoice(raw: string | null): TemplateSidebarState['last'] {
  return raw ? (JSON.parse(raw) as TemplateSidebarState['last']) : null;
}

/** The workbook linked to this document; throws a message the sidebar shows when it cannot be opened. */
export function linkedWorkbook(): Spreadsheet {
  const id = linkedId();
  if (!id) throw new Error(templateServerText.t(userLocale(), 'linkFirst'));
  return SpreadsheetApp.openById(id);
}

/** In Docs the linked workbook; in Sheets the active one. */
export function linkedWorkbookOrActive(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet() ?? linkedWorkbook();
}

/** The sidebar's starting state: templates, and the linked workbook's students and teams when one is linked. */
export function templateSidebarState(): TemplateSidebarState {
  const id = linkedId();
  const last = lastChoice(docProperties().getProperty(LAST_CHOICE));
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
    return { ...base, workbookError: templateServerText.t(userLocale(), 'unreadable', { message: (error as Error).message }) };
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

/**
 * Links the user's Docs sidebar to a program workbook by its id, once it reads: remembered in their user properties,
 * so every document they open finds it. A document that kept its own link from an earlier version is relinked too,
 * or its old link would go on winning there.
 */
export function linkWorkbook(id: string): SaveResult<TemplateSidebarState> {
  let state: WorkbookState;
  try {
    state = workbookState(SpreadsheetApp.openById(id));
  } catch (error) {
    return rejected({ workbook: templateServerText.t(userLocale(), 'notProgram', { message: (error as Error).message }) });
  }
  userProperties().setProperty(LINKED_WORKBOOK, id);
  const props = docProperties();
  if (props.getProperty(LINKED_WORKBOOK)) props.setProperty(LINKED_WORKBOOK, id);
  return saved({ ...state, last: lastChoice(props.getProperty(LAST_CHOICE)), workbookError: '' });
}

/** A template filled for the chosen student/team, or why the choice does not fit the Roster. */
type Merged = { ok: true; template: DocTemplate; subject: ChosenSubject; values: MergeValues } | { ok: false; problem: string };

/** Settings and Roster from the linked workbook; the subject's records from its team workbook (opened from the master). */
function mergeChoice(ss: Spreadsheet, req: PreviewRequest): Merged {
  const template = templateById(req.templateId);
  const base = readProgramBase(ss);
  const problem = subjectProblem(template, req.subjectKey, base.roster);
  if (problem) return { ok: false, problem };
  const subject = subjectOf(template, req.subjectKey, req.date);
  const { data } = teamRecordReader(base, req.templateId)(teamOf(base, subject));
  return { ok: true, template, subject, values: mergeValues(data, { ...subject, today: todayIn(ss) }) };
}

/** The text of the program's version of a template, or null when the user cannot open it (it is not shared with them). */
function programTemplateText(docId: string): string | null {
  try {
    return DocumentApp.openById(docId).getBody().getText();
  } catch {
    return null;
  }
}

/** The merge fields of a template for one student/team, with their values (from the program's version if any). */
export function previewChoice(ss: Spreadsheet, req: PreviewRequest): SaveResult<TemplatePreview> {
  const merged = mergeChoice(ss, req);
  if (!merged.ok) return rejected({ subjectKey: merged.problem });
  const program = readProgramTemplates(ss)[req.templateId];
  const text = program ? programTemplateText(program.docId) : null;
  return saved(templatePreview(merged.template, merged.values, text === null ? null : fieldsIn(text)));
}

/** Said (in English) when the program's version could not be copied by this user's add-on and the built-in template was used. */
export const BUILT_IN_USED = templateServerText.en.builtInUsed;

/**
 * Inserts the template, filled for the chosen student/team, at the cursor of this document or as a new document in
 * the user's own My Drive: a tutor's add-on can reach no team folder (drive.file reaches only what the user's add-on
 * made or they picked), so a new document is never filed there; batch generation by the coordinator does that.
 * Remembers the choice for the next time the sidebar opens.
 */
export function insertChoice(ss: Spreadsheet, req: InsertRequest): SaveResult<InsertResult> {
  const merged = mergeChoice(ss, req);
  if (!merged.ok) return rejected({ subjectKey: merged.problem }, merged.problem);
  const { template, values } = merged;
  docProperties().setProperty(LAST_CHOICE, JSON.stringify({ templateId: req.templateId, subjectKey: req.subjectKey }));
  if (req.where === 'cursor') {
    const { added, report } = insertIntoDocument(DocumentApp.getActiveDocument(), template, values, req.date);
    return saved({ where: 'cursor', url: '', added, empty: report.empty, unknown: report.unknown, notice: '' });
  }
  const programTemplate = readProgramTemplates(ss)[req.templateId];
  let doc: GeneratedDoc | null = null;
  let notice = '';
  if (programTemplate) {
    try {
      doc = createDocument(template, values, req.date, { folderId: null, programTemplate });
    } catch (error) {
      // Files.copy of a document this user's add-on was never given fails as Drive's "File not found".
      if (!/not found|404/i.test((error as Error).message)) throw error;
      notice = templateServerText.t(userLocale(), 'builtInUsed');
    }
  }
  doc ??= createDocument(template, values, req.date, { folderId: null });
  return saved({ where: 'new', url: doc.url, added: 0, empty: doc.report.empty, unknown: doc.report.unknown, notice });
}
