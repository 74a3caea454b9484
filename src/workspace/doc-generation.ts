// Makes documents from templates: into an open doc at the cursor, as one new doc, or one per student/team as a
// resumable job run by the coordinator. Each generated doc carries a Drive marker so a retried or re-run item never
// makes it twice, and is created with the Drive API in its folder so the creating coordinator's grant is certain.

import type { IsoDate } from '../core/model';
import { indexColumns, type TableRecord } from '../core/table';
import { CONFERENCES_TABLE, GOALS_TABLE } from '../core/tables';
import { templateById } from '../core/templates/catalog';
import { addReport, emptyReport, type MergeReport, type MergeValues } from '../core/templates/merge';
import type { DocTemplate, TemplateId } from '../core/templates/model';
import { docMarker, type ProgramTemplate, parseItemKey } from '../core/templates/program-templates';
import { renderTemplate } from '../core/templates/render';
import { currentGoal, mergeValues, type WorkbookData } from '../core/templates/values';
import { type FolderLookup, programFolderLookup } from './doc-folders';
import { cursorInsertIndex, fillDocFields, writeBlocks } from './doc-renderer';
import { drive, listAllFiles, quoteQuery } from './drive-api';
import { type JobHandler, registerJobHandler } from './job-runner';
import { withDocumentLock } from './lock';
import { readProgramTemplates } from './program-templates';
import { readHeaders, readTable, requireSheet, updateFields } from './table-store';
import { type ProgramBase, type RecordSource, readProgramBase, teamRecordReader } from './template-data';
import { todayIn } from './today';

export const DOCS_MIME = 'application/vnd.google-apps.document';
export const GENERATE_DOCS_JOB = 'generate-docs';

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** Who a document is about and its date. */
export interface DocSubject {
  studentId?: string;
  team?: string;
  date: IsoDate;
}

export interface GeneratedDoc {
  id: string;
  url: string;
  name: string;
  report: MergeReport;
  /** True when an earlier run had already made it. */
  existed: boolean;
}

/** The merge values of one document. */
export function valuesFor(data: WorkbookData, subject: DocSubject, today: IsoDate): MergeValues {
  return mergeValues(data, { studentId: subject.studentId, team: subject.team, date: subject.date, today });
}

/** The team a document is filed under: the team itself, or the student's team. */
export function teamOf(data: Pick<WorkbookData, 'roster'>, subject: DocSubject): string {
  return subject.team ?? data.roster.find((s) => s.studentId === subject.studentId)?.team ?? '';
}

/**
 * Inserts a built-in template into an open document: after the cursor's paragraph, or at the end without a cursor.
 * Returns the number of body elements added.
 */
export function insertIntoDocument(
  doc: GoogleAppsScript.Document.Document,
  template: DocTemplate,
  values: MergeValues,
  date: IsoDate,
): { added: number; report: MergeReport } {
  const rendered = renderTemplate(template, values, { date });
  const at = cursorInsertIndex(doc);
  const added = writeBlocks(doc.getBody(), rendered.blocks, at ?? undefined);
  return { added, report: rendered.report };
}

interface CreateOptions {
  folderId: string | null;
  /** Drive appProperties marker (`ttDoc`), set while the doc is a draft and confirmed when it is complete. */
  marker?: string;
  programTemplate?: ProgramTemplate;
  /** Leave merge fields as typed (a copy for a program to adapt). */
  keepFields?: boolean;
}

/**
 * Creates one document. Built-in: drive().Files.create in the folder, DocumentApp writes the body. A program's own
 * template: drive().Files.copy in the folder, then replaceText per field. Either way one final drive().Files.update marks
 * it complete. Files.create and Files.copy are the documented ways to a drive.file grant ("files created by the app");
 * whether DocumentApp.create's files carry one is not documented, and the marker search below needs it.
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 */
export function createDocument(template: DocTemplate, values: MergeValues, date: IsoDate, options: CreateOptions): GeneratedDoc {
  const rendered = renderTemplate(template, values, { date, keepFields: options.keepFields });
  const name = options.keepFields ? `${template.title} — program template` : rendered.name;
  const parents = options.folderId ? [options.folderId] : undefined;
  const draft = options.marker ? { ttDoc: options.marker, ttState: 'draft', ttTemplate: template.id } : undefined;
  const report = emptyReport();
  let id: string;
  if (options.programTemplate) {
    id = drive().Files.copy({ name, ...(parents ? { parents } : {}), ...(draft ? { appProperties: draft } : {}) }, options.programTemplate.docId)
      .id as string;
    const doc = DocumentApp.openById(id);
    fillDocFields(doc.getBody(), values.scalars, report);
    doc.saveAndClose();
  } else {
    id = drive().Files.create({ name, mimeType: DOCS_MIME, ...(parents ? { parents } : {}), ...(draft ? { appProperties: draft } : {}) })
      .id as string;
    const doc = DocumentApp.openById(id);
    // A new doc holds one empty paragraph: writing before it puts the title first and leaves it as the closing
    // paragraph Docs keeps anyway, at no cost (removing it took 6 calls).
    writeBlocks(doc.getBody(), rendered.blocks, 0);
    doc.saveAndClose();
    addReport(report, rendered.report);
  }
  if (draft) drive().Files.update({ appProperties: { ...draft, ttState: 'done' } }, id);
  return { id, url: docUrl(id), name, report, existed: false };
}

/** Documents carrying a marker (1 Drive call per 1000 of them). */
function findMarked(marker: string): { id: string; done: boolean }[] {
  const files = listAllFiles(
    `appProperties has { key='ttDoc' and value=${quoteQuery(marker)} } and trashed = false`,
    'nextPageToken,files(id,appProperties)',
  );
  return files.map((f) => ({ id: f.id as string, done: f.appProperties?.ttState === 'done' }));
}

/**
 * Everything one chunk of the generation job reads once: the workbook's settings and Roster, the Drive folders and
 * program templates, and each team's records the first time one of its documents needs them.
 */
export interface GenerateChunk {
  base: ProgramBase;
  records: (team: string) => RecordSource;
  folders: FolderLookup;
  programTemplate?: ProgramTemplate;
  today: IsoDate;
}

export interface GenerateDocsParams {
  templateId: TemplateId;
  date: IsoDate;
  /** Item keys: "student:<id>" or "team:<name>". */
  keys: string[];
  spreadsheetId: string;
}

function paramsOf(params: Record<string, unknown>): GenerateDocsParams {
  return params as unknown as GenerateDocsParams;
}

/**
 * Reads the workbook, folders and program template once for a chunk (the job runner calls it before the chunk's first
 * item); team workbooks are opened as the chunk's items reach their teams. "Today" is the execution's date in the
 * workbook's time zone.
 */
export function openGenerateChunk(p: GenerateDocsParams): GenerateChunk {
  const base = readProgramBase(SpreadsheetApp.openById(p.spreadsheetId));
  return {
    base,
    records: teamRecordReader(base, p.templateId),
    folders: programFolderLookup(base),
    programTemplate: readProgramTemplates(base.ss)[p.templateId],
    today: todayIn(base.ss),
  };
}

/**
 * One item: find the marked doc (1 Drive call); a complete one is kept, a draft left by a killed execution is deleted
 * and made again; then the link is written back (conference docs). `ctx` is the chunk's read (openGenerateChunk).
 */
export function generateItem(key: string, p: GenerateDocsParams, ctx: GenerateChunk): GeneratedDoc {
  const template = templateById(p.templateId);
  const subject: DocSubject = { ...parseItemKey(key), date: p.date };
  const marker = docMarker(p.spreadsheetId, p.templateId, p.date, key);
  const found = findMarked(marker);
  const done = found.find((f) => f.done);
  for (const draft of found.filter((f) => !f.done)) drive().Files.remove(draft.id);
  const team = teamOf(ctx.base, subject);
  // A kept document needs no records, except a conference's, whose link is written back.
  const linksBack = p.templateId === 'goal-setting-conference' && subject.studentId !== undefined;
  let doc: GeneratedDoc;
  if (done) doc = { id: done.id, url: docUrl(done.id), name: '', report: emptyReport(), existed: true };
  else
    doc = createDocument(template, valuesFor(ctx.records(team).data, subject, ctx.today), p.date, {
      folderId: ctx.folders(team, p.templateId),
      marker,
      programTemplate: ctx.programTemplate,
    });
  // ctx.records reads a team once per chunk: the second call is the same read.
  if (linksBack && subject.studentId) writeBackLink(ctx.records(team), subject.studentId, p.date, doc.url);
  return doc;
}

/**
 * Links the conference doc from the Conferences row of that student and date when there is one, else from the
 * student's current goal on the Goals Master List (the goal the conference reviews), in the team workbook the records
 * were read from. Only ever updates rows, and skips when the link is already there. The row comes from the chunk's
 * read; its id cell is checked (1 cell) in case rows moved, and only then is the table read again. The lock is this
 * execution's document lock: a tutor saving in the team workbook holds that workbook's lock instead, which is why the
 * id is confirmed and only the link cell is written.
 */
function writeBackLink(ctx: RecordSource, studentId: string, date: IsoDate, url: string): void {
  const conference = ctx.data.conferences.find((c) => c.studentId === studentId && c.conferenceDate === date);
  const goal = conference ? null : currentGoal(ctx.data.goals, studentId);
  if ((conference && conference.docUrl === url) || (goal && goal.conferenceDocUrl === url) || (!conference && !goal)) return;
  const schema = conference ? CONFERENCES_TABLE : GOALS_TABLE;
  const idKey = conference ? 'conferenceId' : 'goalId';
  const id = conference ? conference.conferenceId : (goal?.goalId ?? '');
  const fields: TableRecord = conference ? { docUrl: url } : { conferenceDocUrl: url };
  withDocumentLock(() => {
    const sheet = requireSheet(ctx.ss, schema);
    const headers = readHeaders(sheet);
    const index = indexColumns(schema, headers);
    const known = (conference ? ctx.rows.conferences : ctx.rows.goals).get(id);
    const confirmed = known !== undefined && String(sheet.getRange(known, index[idKey] + 1).getValue()) === id;
    const row = confirmed ? known : readTable(sheet, schema).rows.find((r) => r.record[idKey] === id)?.row;
    if (row !== undefined) updateFields(sheet, schema, index, [{ row, fields }]);
  });
  if (conference) conference.docUrl = url;
  else if (goal) goal.conferenceDocUrl = url;
}

export const generateDocsHandler: JobHandler<GenerateChunk> = {
  kind: GENERATE_DOCS_JOB,
  listItems(params) {
    return paramsOf(params).keys;
  },
  openChunk(params) {
    return openGenerateChunk(paramsOf(params));
  },
  processItem(key, params, chunk) {
    const { report } = generateItem(key, paramsOf(params), chunk);
    return report.unknown.map((field) => `The program's template has an unknown merge field {{${field}}}: it is left as it is in the documents.`);
  },
};

registerJobHandler(generateDocsHandler);
