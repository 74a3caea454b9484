// Makes documents from templates: into an open doc at the cursor, as one new doc, or one per student/team as a
// resumable job run by the coordinator. Each generated doc carries a Drive marker so a retried or re-run item never
// makes it twice, and is created with the Drive API in its folder so the creating coordinator's grant is certain; its
// content goes in with one Docs API batchUpdate, which applies all or nothing.

import { dailyDocLimit, QUOTA_PREFIX, quotaKey, quotaWaitMessage } from '../core/docs/quota';
import { type FieldOccurrence, fieldOccurrences } from '../core/docs/requests';
import type { IsoDate } from '../core/model';
import { type ColumnIndex, indexColumns, type TableRecord, type TableSchema } from '../core/table';
import { CONFERENCES_TABLE, GOALS_TABLE } from '../core/tables';
import { templateById } from '../core/templates/catalog';
import { addReport, emptyReport, isKnownField, type MergeReport, type MergeValues } from '../core/templates/merge';
import type { DocTemplate, TemplateId } from '../core/templates/model';
import { docMarker, type ProgramTemplate, parseItemKey } from '../core/templates/program-templates';
import { renderTemplate } from '../core/templates/render';
import { currentGoal, mergeValues, type WorkbookData } from '../core/templates/values';
import { type FolderLookup, programFolderLookup } from './doc-folders';
import { buildDocument, cursorInsertIndex, documentText, fillCopiedFields, writeBlocks } from './doc-renderer';
import { drive, listAllFiles, quoteQuery } from './drive-api';
import { type JobHandler, registerJobHandler } from './job-runner';
import { withTeamRecordsLock } from './lock';
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
  /** True when the day's quota of documents created was used up, so it was not made. */
  waiting?: boolean;
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
  /** Drive appProperties marker (`ttDoc`) of a generated document, with its batch (`ttBatch`) for one listing per chunk. */
  marker?: string;
  programTemplate?: ProgramTemplate;
  /** The merge fields as typed in the program's template, when the caller has read it already. */
  templateFields?: readonly FieldOccurrence[];
  /** Leave merge fields as typed (a copy for a program to adapt). */
  keepFields?: boolean;
}

/** The batch a generated document's marker belongs to: spreadsheet, template and date, without the subject. */
export function batchOf(marker: string): string {
  return marker.slice(0, marker.lastIndexOf('.'));
}

/**
 * Creates one document. Built-in: drive().Files.create in the folder, then one Docs API batchUpdate writes the whole
 * body. A program's own template: drive().Files.copy in the folder, then one batchUpdate of replaceAllText for its
 * merge fields. Files.create and Files.copy are the documented ways to a drive.file grant ("files created by the
 * app"); whether DocumentApp.create's files carry one is not documented, and the marker search below needs it.
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 */
export function createDocument(template: DocTemplate, values: MergeValues, date: IsoDate, options: CreateOptions): GeneratedDoc {
  const rendered = renderTemplate(template, values, { date, keepFields: options.keepFields });
  const name = options.keepFields ? `${template.title} — program template` : rendered.name;
  const parents = options.folderId ? [options.folderId] : undefined;
  const marker = options.marker ? { ttDoc: options.marker, ttBatch: batchOf(options.marker), ttTemplate: template.id } : undefined;
  const file = { name, ...(parents ? { parents } : {}), ...(marker ? { appProperties: marker } : {}) };
  const report = emptyReport();
  let id: string;
  if (options.programTemplate) {
    const fields = options.templateFields ?? fieldOccurrences(documentText(options.programTemplate.docId));
    id = drive().Files.copy(file, options.programTemplate.docId).id as string;
    fillCopiedFields(id, fields, values.scalars, report);
  } else {
    id = drive().Files.create({ ...file, mimeType: DOCS_MIME }).id as string;
    buildDocument(id, rendered.blocks);
    addReport(report, rendered.report);
  }
  return { id, url: docUrl(id), name, report, existed: false };
}

/**
 * This batch's documents already in Drive, by marker (1 Drive call per 1,000). One made before batches were marked
 * (`ttState` set) says whether it was finished; otherwise `done` is decided when the item comes up (isComplete).
 */
function listBatch(batch: string): Map<string, { id: string; state?: string }[]> {
  const files = listAllFiles(
    `appProperties has { key='ttBatch' and value=${quoteQuery(batch)} } and trashed = false`,
    'nextPageToken,files(id,appProperties)',
  );
  const out = new Map<string, { id: string; state?: string }[]>();
  for (const f of files) {
    const marker = f.appProperties?.ttDoc;
    if (!marker) continue;
    out.set(marker, [...(out.get(marker) ?? []), { id: f.id as string, state: f.appProperties?.ttState }]);
  }
  return out;
}

/**
 * Whether a found document is finished (1 Docs call, only for a document an earlier run left): batchUpdate applies
 * all or nothing, so a built document has text, and a filled copy has none of the known fields left.
 */
function isComplete(id: string): boolean {
  const text = documentText(id);
  return text.trim() !== '' && !fieldOccurrences(text).some((f) => isKnownField(f.name));
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
  /** This batch's documents already in Drive, listed at the chunk's first item. */
  made?: Map<string, { id: string; state?: string }[]>;
  /** The program template's merge fields, read at the chunk's first copy. */
  templateFields?: readonly FieldOccurrence[];
  /** Documents created today by this user (a user property per day) against the day's quota. */
  quota: DailyQuota;
}

/** The day's tally of documents created, read once per chunk and written as each document is made. */
interface DailyQuota {
  props: GoogleAppsScript.Properties.Properties;
  key: string;
  used: number;
  limit: number;
  /** Said once per chunk, with how many of the batch wait at the first document that does not fit. */
  warning?: string;
}

function readQuota(today: IsoDate): DailyQuota {
  const props = PropertiesService.getUserProperties();
  const key = quotaKey(today);
  const used = Number(props.getProperty(key) ?? 0) || 0;
  // The first batch of a day forgets the tallies of earlier days.
  if (used === 0) for (const old of props.getKeys()) if (old.startsWith(QUOTA_PREFIX) && old !== key) props.deleteProperty(old);
  return { props, key, used, limit: dailyDocLimit(Session.getActiveUser().getEmail()) };
}

function countCreated(quota: DailyQuota): void {
  quota.used++;
  quota.props.setProperty(quota.key, String(quota.used));
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
  const today = todayIn(base.ss);
  return {
    base,
    records: teamRecordReader(base, p.templateId),
    folders: programFolderLookup(base),
    programTemplate: readProgramTemplates(base.ss)[p.templateId],
    today,
    quota: readQuota(today),
  };
}

/**
 * One item: a document of this batch already in Drive is kept when complete, or deleted and made again when an
 * execution was killed between its create and its batchUpdate; then the link is written back (conference docs). When
 * the day's quota of documents created is used up, the item is left for a later run. `ctx` is the chunk's read.
 */
export function generateItem(key: string, p: GenerateDocsParams, ctx: GenerateChunk): GeneratedDoc {
  const template = templateById(p.templateId);
  const subject: DocSubject = { ...parseItemKey(key), date: p.date };
  const marker = docMarker(p.spreadsheetId, p.templateId, p.date, key);
  ctx.made ??= listBatch(batchOf(marker));
  const found = ctx.made.get(marker) ?? [];
  const done = found.find((f) => f.state === 'done' || (f.state === undefined && isComplete(f.id)));
  const team = teamOf(ctx.base, subject);
  // A kept document needs no records, except a conference's, whose link is written back.
  const linksBack = p.templateId === 'goal-setting-conference' && subject.studentId !== undefined;
  let doc: GeneratedDoc;
  if (done) doc = { id: done.id, url: docUrl(done.id), name: '', report: emptyReport(), existed: true };
  else if (ctx.quota.used >= ctx.quota.limit) {
    ctx.quota.warning ??= quotaWaitMessage(ctx.quota.limit, p.keys.length - Math.max(0, p.keys.indexOf(key)));
    return { id: '', url: '', name: '', report: emptyReport(), existed: false, waiting: true };
  } else {
    for (const draft of found) drive().Files.remove(draft.id);
    if (ctx.programTemplate) ctx.templateFields ??= fieldOccurrences(documentText(ctx.programTemplate.docId));
    doc = createDocument(template, valuesFor(ctx.records(team).data, subject, ctx.today), p.date, {
      folderId: ctx.folders(team, p.templateId),
      marker,
      programTemplate: ctx.programTemplate,
      templateFields: ctx.templateFields,
    });
    countCreated(ctx.quota);
    ctx.made.set(marker, [{ id: doc.id, state: 'done' }]);
  }
  // ctx.records reads a team once per chunk: the second call is the same read.
  if (linksBack && subject.studentId) writeBackLink(ctx.records(team), subject.studentId, p.date, doc.url);
  return doc;
}

/** Each team workbook's Goals and Conferences sheets with their header index, found once per chunk (the chunk holds `ctx`). */
const linkSheets = new WeakMap<RecordSource, Map<string, { sheet: GoogleAppsScript.Spreadsheet.Sheet; index: ColumnIndex }>>();

function linkSheet(ctx: RecordSource, schema: TableSchema): { sheet: GoogleAppsScript.Spreadsheet.Sheet; index: ColumnIndex } {
  const sheets = linkSheets.get(ctx) ?? new Map();
  linkSheets.set(ctx, sheets);
  let found = sheets.get(schema.name);
  if (!found) {
    const sheet = requireSheet(ctx.ss, schema);
    found = { sheet, index: indexColumns(schema, readHeaders(sheet)) };
    sheets.set(schema.name, found);
  }
  return found;
}

/**
 * Links the conference doc from the Conferences row of that student and date when there is one, else from the
 * student's current goal on the Goals Master List (the goal the conference reviews), in the team workbook the records
 * were read from. Only ever updates rows, and skips when the link is already there. The row comes from the chunk's
 * read; its id cell is checked (1 cell) in case rows moved, and only then is the table read again. The lock is the one
 * a tutor's save in the team workbook takes too (withTeamRecordsLock); only the link cell is written.
 */
function writeBackLink(ctx: RecordSource, studentId: string, date: IsoDate, url: string): void {
  const conference = ctx.data.conferences.find((c) => c.studentId === studentId && c.conferenceDate === date);
  const goal = conference ? null : currentGoal(ctx.data.goals, studentId);
  if ((conference && conference.docUrl === url) || (goal && goal.conferenceDocUrl === url) || (!conference && !goal)) return;
  const schema = conference ? CONFERENCES_TABLE : GOALS_TABLE;
  const idKey = conference ? 'conferenceId' : 'goalId';
  const id = conference ? conference.conferenceId : (goal?.goalId ?? '');
  const fields: TableRecord = conference ? { docUrl: url } : { conferenceDocUrl: url };
  withTeamRecordsLock(() => {
    const { sheet, index } = linkSheet(ctx, schema);
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
    const { report, waiting } = generateItem(key, paramsOf(params), chunk);
    if (waiting) return chunk.quota.warning ? [chunk.quota.warning] : [];
    return report.unknown.map((field) => `The program's template has an unknown merge field {{${field}}}: it is left as it is in the documents.`);
  },
};

registerJobHandler(generateDocsHandler);
