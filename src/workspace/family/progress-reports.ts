// The "Progress reports" job: per student, a Google Doc (one Drive create + one Docs batchUpdate) and its PDF copy
// (Drive export + create) in the team's Session Notes folder, a row in the team workbook's Progress Reports sheet,
// and, once released, view-only sharing with exactly the student's and family's Roster addresses (with consent).

import { dailyDocLimit, QUOTA_PREFIX, quotaKey, quotaWaitMessage } from '../../core/docs/quota';
import { shortHash } from '../../core/drive-plan';
import { progressReport } from '../../core/family/progress-report';
import { familyReportData } from '../../core/family/report-data';
import { PROGRESS_REPORTS_TABLE, type ReportStatus } from '../../core/family/report-tables';
import { sharingFor } from '../../core/family/sharing';
import type { Locale } from '../../core/i18n/locale';
import { progressReportJobText } from '../../core/i18n/messages/progress-report-job';
import type { IsoDate, Student } from '../../core/model';
import type { WorkbookData } from '../../core/templates/values';
import { type FolderLookup, programFolderLookup } from '../doc-folders';
import { DOCS_MIME, docUrl } from '../doc-generation';
import { buildDocument, documentText } from '../doc-renderer';
import { drive, listAllFiles, quoteQuery } from '../drive-api';
import { type JobHandler, registerJobHandler } from '../job-runner';
import { userLocale } from '../locale';
import { withTeamRecordsLock } from '../lock';
import { readActionSteps, readCheckOffs, readGoals, readSessionNotes, workbookDates } from '../program';
import { appendRecords, readTable, updateFields } from '../table-store';
import { openTeamWorkbook } from '../team/team-directory';
import { type ProgramBase, readProgramBase } from '../template-data';
import { ensureTable } from '../workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PROGRESS_REPORTS_JOB = 'progress-reports';
export const PDF_MIME = 'application/pdf';

export interface ProgressReportParams {
  studentIds: string[];
  date: IsoDate;
  spreadsheetId: string;
}

/** A report's row in its team workbook. */
export interface ReportRow {
  row: number;
  studentId: string;
  reportDate: IsoDate;
  docUrl: string;
  pdfUrl: string;
  status: ReportStatus;
}

/** One team workbook, read once per chunk: its records and its Progress Reports rows. */
interface TeamReports {
  ss: Spreadsheet;
  data: WorkbookData;
  reports: ReportRow[];
}

interface ReportChunk {
  base: ProgramBase;
  team: (team: string) => TeamReports;
  folders: FolderLookup;
  /** This date's report files already in Drive, by marker (one listing per chunk). */
  made?: Map<string, { doc?: string; pdf?: string }>;
  quota: { key: string; used: number; limit: number; props: GoogleAppsScript.Properties.Properties; warned?: boolean };
  /** The language of whoever runs this chunk, for the warnings the dialog shows them (asked once per chunk). */
  locale: Locale;
}

/** Marker of one student's report of one day in one program, stored on the Doc and the PDF (appProperties). */
export function reportMarker(spreadsheetId: string, date: IsoDate, studentId: string): string {
  return `${shortHash(spreadsheetId)}.report.${date}.${shortHash(studentId)}`;
}

function batchOf(spreadsheetId: string, date: IsoDate): string {
  return `${shortHash(spreadsheetId)}.report.${date}`;
}

/** The PDF link as Drive shows a file. */
export function fileUrl(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

/** Reads a team workbook's Progress Reports rows (the sheet is made on first use). */
export function readReports(ss: Spreadsheet): ReportRow[] {
  const sheet = ss.getSheetByName(PROGRESS_REPORTS_TABLE.name);
  if (!sheet) return [];
  return readTable(sheet, PROGRESS_REPORTS_TABLE).rows.map((r) => ({
    row: r.row,
    studentId: String(r.record.studentId ?? ''),
    reportDate: String(r.record.reportDate ?? ''),
    docUrl: String(r.record.docUrl ?? ''),
    pdfUrl: String(r.record.pdfUrl ?? ''),
    status: r.record.status === 'Released' ? 'Released' : 'Draft',
  }));
}

function openChunk(p: ProgressReportParams): ReportChunk {
  const base = readProgramBase(SpreadsheetApp.openById(p.spreadsheetId));
  const teams = new Map<string, TeamReports>();
  const props = PropertiesService.getUserProperties();
  const key = quotaKey(p.date);
  // The same per-user tally of documents created today as generated docs use (src/core/docs/quota.ts).
  const used = Number(props.getProperty(key) ?? 0) || 0;
  if (used === 0) for (const old of props.getKeys()) if (old.startsWith(QUOTA_PREFIX) && old !== key) props.deleteProperty(old);
  return {
    base,
    folders: programFolderLookup(base),
    quota: { key, used, limit: dailyDocLimit(Session.getActiveUser().getEmail()), props },
    locale: userLocale(),
    team(team) {
      const known = teams.get(team);
      if (known) return known;
      const ss = openTeamWorkbook(base.ss, team);
      const dates = workbookDates(ss);
      const data: WorkbookData = {
        settings: base.settings,
        roster: base.roster,
        goals: readGoals(ss, dates),
        steps: readActionSteps(ss, dates),
        checkOffs: readCheckOffs(ss, dates),
        notes: readSessionNotes(ss, dates),
        conferences: [],
      };
      const read = { ss, data, reports: readReports(ss) };
      teams.set(team, read);
      return read;
    },
  };
}

function listMade(spreadsheetId: string, date: IsoDate): Map<string, { doc?: string; pdf?: string }> {
  const files = listAllFiles(
    `appProperties has { key='ttBatch' and value=${quoteQuery(batchOf(spreadsheetId, date))} } and trashed = false`,
    'nextPageToken,files(id,mimeType,appProperties)',
  );
  const out = new Map<string, { doc?: string; pdf?: string }>();
  for (const f of files) {
    const marker = f.appProperties?.ttReport;
    if (!marker) continue;
    const entry = out.get(marker) ?? {};
    if (f.mimeType === PDF_MIME) entry.pdf = f.id as string;
    else entry.doc = f.id as string;
    out.set(marker, entry);
  }
  return out;
}

/** The Advanced Drive export with the `alt: 'media'` Apps Script needs (the typings omit both the argument and the Blob). */
type Exporter = (fileId: string, mimeType: string, optionalArgs: { alt: 'media' }) => GoogleAppsScript.Base.Blob;

function exportPdf(docId: string): GoogleAppsScript.Base.Blob {
  const files = drive().Files as unknown as { export: Exporter };
  return files.export(docId, PDF_MIME, { alt: 'media' });
}

/** Makes (or finds) the Doc and the PDF; a Doc an earlier execution left empty is made again. Returns their ids. */
function makeFiles(p: ProgressReportParams, ctx: ReportChunk, student: Student, data: WorkbookData): { doc: string; pdf: string } | null {
  const marker = reportMarker(p.spreadsheetId, p.date, student.studentId);
  ctx.made ??= listMade(p.spreadsheetId, p.date);
  const found = ctx.made.get(marker) ?? {};
  const props = { ttReport: marker, ttBatch: batchOf(p.spreadsheetId, p.date) };
  const folder = ctx.folders(student.team, 'goal-setting-conference');
  const parents = folder ? { parents: [folder] } : {};
  let doc = found.doc;
  if (doc && documentText(doc).trim() === '') {
    drive().Files.remove(doc);
    doc = undefined;
  }
  const report = progressReport(familyReportData(data, student.studentId, p.date) ?? missing(student));
  if (!doc) {
    if (ctx.quota.used >= ctx.quota.limit) return null;
    doc = drive().Files.create({ name: report.name, mimeType: DOCS_MIME, appProperties: props, ...parents }).id as string;
    buildDocument(doc, report.blocks);
    ctx.quota.used++;
    ctx.quota.props.setProperty(ctx.quota.key, String(ctx.quota.used));
  }
  let pdf = found.pdf;
  if (!pdf) {
    const blob = exportPdf(doc);
    pdf = drive().Files.create({ name: `${report.name}.pdf`, mimeType: PDF_MIME, appProperties: props, ...parents }, blob).id as string;
  }
  ctx.made.set(marker, { doc, pdf });
  return { doc, pdf };
}

function missing(student: Student): never {
  throw new Error(`${student.name} is not on the Roster any more.`);
}

/**
 * Gives each address view access to the file it does not have yet: `reader`, one user at a time (never a link or a
 * domain). The Doc's grant sends Drive's notification with a short message; the PDF's does not (one email, not two).
 */
export function shareReader(fileId: string, emails: readonly string[], notify: boolean, message: string): string[] {
  const current = drive().Files.get(fileId, { fields: 'permissions(emailAddress,role,type)' }).permissions ?? [];
  const have = new Set(current.filter((x) => x.type === 'user').map((x) => String(x.emailAddress ?? '').toLowerCase()));
  const added: string[] = [];
  for (const email of emails) {
    if (have.has(email)) continue;
    drive().Permissions.create({ type: 'user', role: 'reader', emailAddress: email }, fileId, {
      sendNotificationEmail: notify,
      ...(notify ? { emailMessage: message } : {}),
      fields: 'id',
    });
    added.push(email);
  }
  return added;
}

const idOf = (url: string): string => /\/d\/([^/]+)/.exec(url)?.[1] ?? '';

/** Shares a released report with exactly the Roster's addresses when there is consent; otherwise says why not. */
export function shareReleased(student: Student, row: Pick<ReportRow, 'docUrl' | 'pdfUrl'>, programName: string): string[] {
  const decision = sharingFor(student);
  if (!decision.share) return [decision.reason];
  const message = `${student.name}'s progress report from ${programName || 'tutoring'}: view only.`;
  const doc = idOf(row.docUrl);
  const pdf = idOf(row.pdfUrl);
  if (doc) shareReader(doc, decision.emails, true, message);
  if (pdf) shareReader(pdf, decision.emails, false, message);
  return [];
}

function processItem(studentId: string, p: ProgressReportParams, ctx: ReportChunk): string[] {
  const student = ctx.base.roster.find((s) => s.studentId === studentId);
  if (!student) return [progressReportJobText.t(ctx.locale, 'notOnRoster', { id: studentId })];
  const team = ctx.team(student.team);
  let row = team.reports.find((r) => r.studentId === studentId && r.reportDate === p.date);
  if (!row) {
    const files = makeFiles(p, ctx, student, team.data);
    if (!files) {
      const waiting = p.studentIds.length - Math.max(0, p.studentIds.indexOf(studentId));
      if (ctx.quota.warned) return [];
      ctx.quota.warned = true;
      return [quotaWaitMessage(ctx.quota.limit, waiting)];
    }
    const status: ReportStatus = ctx.base.settings.reviewReports ? 'Draft' : 'Released';
    const record = { reportDate: p.date, studentId, docUrl: docUrl(files.doc), pdfUrl: fileUrl(files.pdf), status };
    const at = withTeamRecordsLock(() => {
      ensureTable(team.ss, PROGRESS_REPORTS_TABLE);
      const sheet = team.ss.getSheetByName(PROGRESS_REPORTS_TABLE.name) as GoogleAppsScript.Spreadsheet.Sheet;
      return appendRecords(sheet, PROGRESS_REPORTS_TABLE, [record]);
    });
    row = { row: at, ...record };
    team.reports.push(row);
  }
  if (row.status !== 'Released') return [progressReportJobText.t(ctx.locale, 'madeAsDraft', { name: student.name, tutor: student.tutorEmail })];
  return shareReleased(student, row, ctx.base.settings.programName);
}

/**
 * Marks a report released in its team workbook (a tutor from the team workbook, a coordinator from the master);
 * sharing is the Drive owner's next run. Returns false when there is no such report.
 */
export function markReleased(ss: Spreadsheet, studentId: string, reportDate: IsoDate, by: string, today: IsoDate): ReportRow | null {
  return withTeamRecordsLock(() => {
    const sheet = ss.getSheetByName(PROGRESS_REPORTS_TABLE.name);
    if (!sheet) return null;
    const table = readTable(sheet, PROGRESS_REPORTS_TABLE);
    const found = readReports(ss).find((r) => r.studentId === studentId && r.reportDate === reportDate);
    if (!found) return null;
    if (found.status !== 'Released')
      updateFields(sheet, PROGRESS_REPORTS_TABLE, table.index, [
        { row: found.row, fields: { status: 'Released', releasedBy: by, releasedOn: today } },
      ]);
    return { ...found, status: 'Released' };
  });
}

export const progressReportsHandler: JobHandler<ReportChunk> = {
  kind: PROGRESS_REPORTS_JOB,
  listItems: (params) => (params as unknown as ProgressReportParams).studentIds,
  openChunk: (params) => openChunk(params as unknown as ProgressReportParams),
  processItem: (key, params, chunk) => processItem(key, params as unknown as ProgressReportParams, chunk),
};

registerJobHandler(progressReportsHandler);
