// Writes the Access Report sheet: who can reach which team folder and team workbook, with which role, against the plan.

import { resolveFolders } from '../core/drive-diff';
import { accessReport, reportSummary } from '../core/drive-report';
import { ACCESS_REPORT_TABLE, type AccessStatus } from '../core/drive-tables';
import { listProgram } from './drive-api';
import { loadContext } from './drive-provision';
import { replaceRows } from './table-store';
import { ensureTable } from './workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AccessReportResult {
  rows: number;
  folders: number;
  summary: Partial<Record<AccessStatus, number>>;
  differences: number;
}

/** Reads Drive in one query per 1000 items and rewrites the report sheet in one write. */
export function writeAccessReport(ss: Spreadsheet): AccessReportResult {
  const ctx = loadContext(ss);
  const { found } = listProgram(ctx.plan.programKey);
  const rows = accessReport(ctx.plan, resolveFolders(found, ctx.store.ids));
  ensureTable(ss, ACCESS_REPORT_TABLE);
  const sheet = ss.getSheetByName(ACCESS_REPORT_TABLE.name);
  if (!sheet) throw new Error(`The "${ACCESS_REPORT_TABLE.name}" sheet is missing.`);
  replaceRows(
    sheet,
    ACCESS_REPORT_TABLE,
    rows.map((r) => ({ ...r })),
  );
  const summary = reportSummary(rows);
  return { rows: rows.length, folders: new Set(rows.map((r) => r.folderId || r.folder)).size, summary, differences: rows.length - (summary.OK ?? 0) };
}
