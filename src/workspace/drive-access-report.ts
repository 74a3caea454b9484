// Writes the Access Report sheet: who can reach which team folder and team workbook, with which role, against the plan.

import { resolveFolders } from '../core/drive-diff';
import { type AccessSummary, accessReport, accessSummary, differencesFirst, summaryRow } from '../core/drive-report';
import { ACCESS_REPORT_TABLE, type AccessStatus } from '../core/drive-tables';
import { listProgram } from './drive-api';
import { loadContext } from './drive-provision';
import { userLocale } from './locale';
import { replaceRows } from './table-store';
import { ensureTable } from './workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AccessReportResult {
  rows: number;
  folders: number;
  people: number;
  summary: Partial<Record<AccessStatus, number>>;
  differences: number;
  /** The summary sentence the report opens with (also the toast's). */
  text: string;
}

/**
 * Reads Drive in one query per 1000 items and rewrites the report sheet in one write: a summary row first (folders,
 * people, differences), then the differences, then every row that matches the plan.
 */
export function writeAccessReport(ss: Spreadsheet): AccessReportResult {
  const ctx = loadContext(ss);
  const { found } = listProgram(ctx.plan.programKey);
  const rows = accessReport(ctx.plan, resolveFolders(found, ctx.store.ids));
  ensureTable(ss, ACCESS_REPORT_TABLE);
  const sheet = ss.getSheetByName(ACCESS_REPORT_TABLE.name);
  if (!sheet) throw new Error(`The "${ACCESS_REPORT_TABLE.name}" sheet is missing.`);
  // The summary is written in the language of the coordinator who runs the report (asked once per run).
  const locale = userLocale();
  const summary: AccessSummary = accessSummary(rows, locale);
  const headers = replaceRows(sheet, ACCESS_REPORT_TABLE, [summaryRow(summary, locale), ...differencesFirst(rows).map((r) => ({ ...r }))]);
  // The summary row reads as one: bold, so it is not taken for a folder.
  sheet.getRange(2, 1, 1, headers.length).setFontWeight('bold');
  return {
    rows: rows.length,
    folders: summary.folders,
    people: summary.people,
    summary: summary.byStatus,
    differences: summary.differences,
    text: summary.text,
  };
}
