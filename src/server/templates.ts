// Server API of the templates feature: the Docs sidebar (insert a template, prefilled from a linked program workbook;
// adapt a template for the program) and the Sheets "Generate conference docs…" dialog (one doc per student or team).

import type { JobProgress } from '../core/job';
import type { IsoDate, Student } from '../core/model';
import { rejected, type SaveResult, saved } from '../core/result';
import { TEMPLATES, templateById, templateFields } from '../core/templates/catalog';
import { fieldLabel, fieldsIn, isKnownField, MERGE_FIELDS } from '../core/templates/merge';
import type { DocTemplate, TemplateId, TemplateSubject } from '../core/templates/model';
import { itemKey, parseItemKey } from '../core/templates/program-templates';
import {
  checkGenerateRequest,
  checkInsertRequest,
  checkPreviewRequest,
  type GenerateRequest,
  type InsertRequest,
  type PreviewRequest,
} from '../core/templates/requests';
import { currentGoal, mergeValues } from '../core/templates/values';
import { workbookFolderLookup } from '../workspace/doc-folders';
import { createDocument, GENERATE_DOCS_JOB, insertIntoDocument } from '../workspace/doc-generation';
import { startJob } from '../workspace/job-runner';
import { BusyError } from '../workspace/lock';
import { activeWorkbook } from '../workspace/program';
import { readProgramTemplates, registerProgramTemplate, withTemplatesLock } from '../workspace/program-templates';
import { readWorkbookData } from '../workspace/template-data';
import { todayIn, todayInScriptZone } from '../workspace/today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document properties of the doc the sidebar runs in: the linked workbook and the last choice. */
const LINKED_WORKBOOK = 'tt.workbookId';
const LAST_CHOICE = 'tt.lastTemplateChoice';

export interface TemplateSummary {
  id: TemplateId;
  title: string;
  summary: string;
  audience: string;
  subject: TemplateSubject;
  dateLabel: string;
  dateHint: string;
  /** The program's adapted version, when one is registered in the workbook. */
  programVersionUrl: string;
  /** Unknown merge fields found in the program's version when it was registered. */
  programVersionUnknown: string;
}

export interface SubjectOption {
  key: string;
  label: string;
  team: string;
}

export interface TemplateSidebarState {
  templates: TemplateSummary[];
  workbook: { id: string; name: string; url: string } | null;
  students: SubjectOption[];
  teams: SubjectOption[];
  today: IsoDate;
  last: { templateId: string; subjectKey: string } | null;
  /** Why the linked workbook could not be read (moved, access removed, not set up). */
  workbookError: string;
}

export interface FieldPreview {
  name: string;
  label: string;
  value: string;
}

export interface TemplatePreview {
  docName: string;
  fields: FieldPreview[];
  /** Known fields with no value for this student/team. */
  empty: string[];
  /** Fields no template knows (only possible in a program's version). */
  unknown: string[];
  /** Lists repeated into table rows, with their row counts. */
  lists: { name: string; rows: number }[];
  usesProgramVersion: boolean;
}

function summaries(ss: Spreadsheet | null): TemplateSummary[] {
  const program = ss ? readProgramTemplates(ss) : {};
  return TEMPLATES.map((t) => ({
    id: t.id,
    title: t.title,
    summary: t.summary,
    audience: t.audience,
    subject: t.subject,
    dateLabel: t.date.label,
    dateHint: t.date.hint,
    programVersionUrl: program[t.id]?.url ?? '',
    programVersionUnknown: program[t.id]?.unknownFields ?? '',
  }));
}

function subjects(all: readonly Student[]): { students: SubjectOption[]; teams: SubjectOption[] } {
  const roster = all.filter((s) => s.active);
  const students = roster
    .map((s) => ({ key: itemKey('student', s.studentId), label: `${s.name} (${s.studentId})`, team: s.team }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const teams = [...new Set(roster.map((s) => s.team).filter(Boolean))].sort().map((t) => ({ key: itemKey('team', t), label: t, team: t }));
  return { students, teams };
}

function docProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The workbook linked to this document; throws a message the sidebar shows when it cannot be opened. */
function linkedWorkbook(): Spreadsheet {
  const id = docProperties().getProperty(LINKED_WORKBOOK);
  if (!id) throw new Error('Link this document to a program workbook first (paste the workbook link in the sidebar).');
  return SpreadsheetApp.openById(id);
}

function workbookIdFrom(text: string): string {
  const trimmed = text.trim();
  return /\/d\/([\w-]{20,})/.exec(trimmed)?.[1] ?? trimmed;
}

/** Docs menu: shows the template sidebar. */
export function menuOpenTemplateSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('TemplateSidebar').setTitle('Templates');
  DocumentApp.getUi().showSidebar(html);
}

/** The sidebar's starting state: templates, and the linked workbook's students and teams when one is linked. */
export function getTemplateSidebar(): TemplateSidebarState {
  const props = docProperties();
  const id = props.getProperty(LINKED_WORKBOOK);
  const lastRaw = props.getProperty(LAST_CHOICE);
  const last = lastRaw ? (JSON.parse(lastRaw) as TemplateSidebarState['last']) : null;
  const base: TemplateSidebarState = {
    templates: summaries(null),
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

/** What the sidebar shows of a workbook; throws (with the sheet's name) when it is not a set-up program workbook. */
function workbookState(ss: Spreadsheet): Pick<TemplateSidebarState, 'templates' | 'workbook' | 'students' | 'teams' | 'today'> {
  const roster = readWorkbookData(ss, 'tutor-coaching').roster;
  return { ...subjects(roster), templates: summaries(ss), workbook: { id: ss.getId(), name: ss.getName(), url: ss.getUrl() }, today: todayIn(ss) };
}

/** Links this document to a program workbook (its link or id), remembered in the document's properties. */
export function linkProgramWorkbook(urlOrId: string): SaveResult<TemplateSidebarState> {
  const id = workbookIdFrom(String(urlOrId ?? ''));
  if (!id) return rejected({ workbook: 'Paste the link of the program workbook.' });
  let state: ReturnType<typeof workbookState>;
  try {
    state = workbookState(SpreadsheetApp.openById(id));
  } catch (error) {
    return rejected({ workbook: `That is not a program workbook you can open: ${(error as Error).message}` });
  }
  docProperties().setProperty(LINKED_WORKBOOK, id);
  const props = docProperties().getProperty(LAST_CHOICE);
  return saved({ ...state, last: props ? (JSON.parse(props) as TemplateSidebarState['last']) : null, workbookError: '' });
}

/**
 * Who a document is about, checked against the template and the Roster: '' when it fits, else what to tell the user.
 * A template about nobody in particular ignores the key.
 */
function subjectProblem(template: DocTemplate, key: string, roster: readonly Student[]): string {
  const { studentId, team } = parseItemKey(key);
  if (template.subject === 'student') {
    if (studentId === undefined) return 'This template is made per student: choose a student.';
    return roster.some((s) => s.studentId === studentId) ? '' : `There is no student with id "${studentId}" on the Roster.`;
  }
  if (template.subject === 'team') {
    if (team === undefined) return 'This template is made per team: choose a team.';
    return roster.some((s) => s.active && s.team === team) ? '' : `There is no team "${team}" with active students on the Roster.`;
  }
  return '';
}

function subjectOf(template: DocTemplate, key: string, date: IsoDate) {
  return template.subject === 'none' ? { date } : { ...parseItemKey(key), date };
}

/** The merge fields of a template for one student/team, with their values, before anything is inserted. */
export function previewTemplate(input: PreviewRequest): SaveResult<TemplatePreview> {
  const checked = checkPreviewRequest(input);
  if (!checked.ok) return rejected(checked.errors);
  const req = checked.value;
  const ss = linkedWorkbookOrActive();
  const template = templateById(req.templateId);
  const data = readWorkbookData(ss, req.templateId);
  const problem = subjectProblem(template, req.subjectKey, data.roster);
  if (problem) return rejected({ subjectKey: problem });
  const values = mergeValues(data, { ...subjectOf(template, req.subjectKey, req.date), today: todayIn(ss) });
  return saved(buildPreview(ss, template, values));
}

function buildPreview(ss: Spreadsheet, template: DocTemplate, values: ReturnType<typeof mergeValues>): TemplatePreview {
  const templateId = template.id;
  const program = readProgramTemplates(ss)[templateId];
  const names = program ? fieldsIn(DocumentApp.openById(program.docId).getBody().getText()) : templateFields(template);
  const rowFields = new Set(MERGE_FIELDS.filter((m) => m.rowOf).map((m) => m.name));
  const fields: FieldPreview[] = [];
  const empty: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    if (!isKnownField(name)) {
      unknown.push(name);
      continue;
    }
    const value = values.scalars[name];
    if (value === undefined && rowFields.has(name)) continue;
    if (!value) empty.push(name);
    fields.push({ name, label: fieldLabel(name), value: value ?? '' });
  }
  const lists = program
    ? []
    : template.blocks.flatMap((b) =>
        b.kind === 'table' && b.repeat ? [{ name: b.repeat.source, rows: values.lists[b.repeat.source]?.length ?? 0 }] : [],
      );
  const docName = template.docName.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, n: string) => values.scalars[n] ?? '');
  return { docName, fields, empty, unknown, lists: dedupe(lists), usesProgramVersion: Boolean(program) };
}

function dedupe(lists: { name: string; rows: number }[]): { name: string; rows: number }[] {
  return lists.filter((l, i) => lists.findIndex((o) => o.name === l.name) === i);
}

/** In Docs the linked workbook; in Sheets the active one. */
function linkedWorkbookOrActive(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet() ?? linkedWorkbook();
}

export interface InsertResult {
  where: 'cursor' | 'new';
  /** Link of the new document (where = new). */
  url: string;
  /** Body elements added (where = cursor). */
  added: number;
  empty: string[];
  unknown: string[];
}

/**
 * Inserts the template, filled for the chosen student/team, at the cursor of this document or as a new document
 * (a new document uses the program's adapted version when one is registered, and is filed in the team's folder).
 */
export function insertTemplate(input: InsertRequest): SaveResult<InsertResult> {
  const checked = checkInsertRequest(input);
  if (!checked.ok) return rejected(checked.errors);
  const req = checked.value;
  const ss = linkedWorkbook();
  const template = templateById(req.templateId);
  const data = readWorkbookData(ss, req.templateId);
  const problem = subjectProblem(template, req.subjectKey, data.roster);
  if (problem) return rejected({ subjectKey: problem }, problem);
  const subject = subjectOf(template, req.subjectKey, req.date);
  const values = mergeValues(data, { ...subject, today: todayIn(ss) });
  docProperties().setProperty(LAST_CHOICE, JSON.stringify({ templateId: req.templateId, subjectKey: req.subjectKey }));
  if (req.where === 'cursor') {
    const { added, report } = insertIntoDocument(DocumentApp.getActiveDocument(), template, values, req.date);
    return saved({ where: 'cursor', url: '', added, empty: report.empty, unknown: report.unknown });
  }
  const team = subject.team ?? data.roster.find((s) => s.studentId === subject.studentId)?.team ?? '';
  const doc = createDocument(template, values, req.date, {
    folderId: workbookFolderLookup(ss)(team, req.templateId),
    programTemplate: readProgramTemplates(ss)[req.templateId],
  });
  return saved({ where: 'new', url: doc.url, added: 0, empty: doc.report.empty, unknown: doc.report.unknown });
}

/**
 * Adapting a template: makes an editable copy of a built-in template (merge fields kept as {{…}}) and registers it as
 * the program's version, so generated documents are copies of it from now on.
 */
export function copyTemplateForProgram(templateId: string): SaveResult<{ url: string; name: string }> {
  const checked = checkPreviewRequest({ templateId, subjectKey: 'program', date: '2000-01-01' });
  if (!checked.ok) return rejected(checked.errors);
  const ss = linkedWorkbookOrActive();
  const template = templateById(checked.value.templateId);
  const today = todayIn(ss);
  // Fields stay as typed, so no workbook values are needed. The copy is made under the lock, so a busy workbook
  // leaves no unregistered copy behind.
  return guarded(() =>
    withTemplatesLock(() => {
      const doc = createDocument(template, { scalars: {}, lists: {} }, today, { folderId: null, keepFields: true });
      registerProgramTemplate(ss, {
        templateId: template.id,
        docId: doc.id,
        url: doc.url,
        registeredBy: Session.getActiveUser().getEmail(),
        registeredOn: today,
        unknownFields: '',
      });
      return { url: doc.url, name: doc.name };
    }),
  );
}

/** Registers the document the sidebar runs in as the program's version of a template; reports unknown fields. */
export function registerThisDocumentAsTemplate(templateId: string): SaveResult<{ unknown: string[]; fields: string[] }> {
  const checked = checkPreviewRequest({ templateId, subjectKey: 'program', date: '2000-01-01' });
  if (!checked.ok) return rejected(checked.errors);
  const ss = linkedWorkbook();
  const doc = DocumentApp.getActiveDocument();
  const fields = fieldsIn(doc.getBody().getText());
  const unknown = fields.filter((f) => !isKnownField(f));
  return guarded(() => {
    withTemplatesLock(() =>
      registerProgramTemplate(ss, {
        templateId: checked.value.templateId,
        docId: doc.getId(),
        url: doc.getUrl(),
        registeredBy: Session.getActiveUser().getEmail(),
        registeredOn: todayIn(ss),
        unknownFields: unknown.map((u) => `{{${u}}}`).join(', '),
      }),
    );
    return { unknown, fields };
  });
}

function guarded<T>(fn: () => T): SaveResult<T> {
  try {
    return saved(fn());
  } catch (error) {
    if (error instanceof BusyError) return rejected({}, error.message);
    throw error;
  }
}

/** Sheets menu: the "Generate conference docs…" dialog. */
export function menuGenerateDocs(): void {
  const html = HtmlService.createHtmlOutputFromFile('GenerateDocsDialog').setWidth(560).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, 'Generate conference docs');
}

export interface GenerateDocsState {
  templates: TemplateSummary[];
  students: (SubjectOption & { tutorEmail: string; goal: string })[];
  teams: SubjectOption[];
  /** Teams whose Drive folder is known (documents are filed there). */
  teamsWithFolder: string[];
  today: IsoDate;
}

/** The dialog's starting state: templates, active students (with their current goal) and teams. */
export function getGenerateDocsState(): GenerateDocsState {
  const ss = activeWorkbook();
  const data = readWorkbookData(ss, 'tier3-weekly-meeting');
  const folders = workbookFolderLookup(ss);
  const { students, teams } = subjects(data.roster);
  const byId = new Map(data.roster.map((s) => [s.studentId, s]));
  return {
    templates: summaries(ss),
    students: students.map((s) => {
      const studentId = parseItemKey(s.key).studentId ?? '';
      // The same goal the conference doc reviews: the latest Active one.
      const goal = currentGoal(data.goals, studentId);
      return { ...s, tutorEmail: byId.get(studentId)?.tutorEmail ?? '', goal: goal?.status === 'Active' ? goal.goal : '' };
    }),
    teams,
    teamsWithFolder: teams.filter((t) => folders(t.team, 'goal-setting-conference') || folders(t.team, 'tier3-weekly-meeting')).map((t) => t.team),
    today: todayIn(ss),
  };
}

/** Checks the choice and starts the job; the dialog then calls runJobChunk until it finishes. */
export function startGenerateDocs(input: GenerateRequest): SaveResult<JobProgress> {
  const checked = checkGenerateRequest(input);
  if (!checked.ok) return rejected(checked.errors);
  const { templateId, date, keys } = checked.value;
  const template = templateById(templateId);
  const wanted = template.subject === 'none' ? ['program'] : [...new Set(keys)];
  const wrongKind = wanted.filter((k) =>
    template.subject === 'team' ? !k.startsWith('team:') : template.subject === 'student' ? !k.startsWith('student:') : false,
  );
  if (wrongKind.length)
    return rejected({
      keys: template.subject === 'team' ? 'This template is made per team: choose teams.' : 'This template is made per student: choose students.',
    });
  const ss = activeWorkbook();
  // Every key must name a student or team of this workbook, or the job would make documents about nobody.
  const roster = readWorkbookData(ss, 'tutor-coaching').roster;
  const unknown = wanted.filter((k) => subjectProblem(template, k, roster) !== '');
  if (unknown.length) {
    const names = unknown.slice(0, 5).map((k) => k.slice(k.indexOf(':') + 1));
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    const what = template.subject === 'team' ? 'teams have no active students' : 'students are not';
    return rejected({ keys: `These ${what} on the Roster: ${names.join(', ')}${more}. Reopen the dialog to see the current Roster.` });
  }
  return saved(startJob(GENERATE_DOCS_JOB, { templateId, date, keys: wanted }, ss.getId()));
}
