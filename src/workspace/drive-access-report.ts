// Writes the Access Report sheet: who can reach which team folder and team workbook, with which role, against the plan.

import { resolveFolders } from '../core/drive-diff';
import { type AccessSummary, accessReport, accessSummary, differencesFirst, summaryRow } from '../core/drive-report';
import { ACCESS_REPORT_TABLE, type AccessStatus } from '../core/drive-tables';
import { plural } from '../core/i18n/catalog';
import { accessReportText } from '../core/i18n/messages/access-report';
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
  /** The toast after the run, title and message, in the same language as the report. */
  toast: { title: string; message: string };
}

/**
 * Reads Drive in one query per 1000 items and rewrites the report sheet in one write: a summary row first (folders,
 * people, differences), then the differences, then every row that matches the plan.
 */
export function writeAccessReport(ss: Spreadsheet): AccessReportResult {
  const ctx = loadContext(ss);
  const { found } = listProgram(ctx.plan.programKey);
  // The summary and the notes are written in the language of the coordinator who runs the report (asked once per
  // run); every coordinator reads the sheet as it was written.
  const locale = userLocale();
  const t = accessReportText.in(locale);
  const rows = accessReport(ctx.plan, resolveFolders(found, ctx.store.ids), locale);
  ensureTable(ss, ACCESS_REPORT_TABLE);
  const sheet = ss.getSheetByName(ACCESS_REPORT_TABLE.name);
  if (!sheet) throw new Error(`The "${ACCESS_REPORT_TABLE.name}" sheet is missing.`);
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
    toast: {
      title: t('toastTitle'),
      message: t('toast', {
        folders: plural(t, summary.folders, 'toastFoldersOne', 'toastFoldersOther'),
        people: plural(t, summary.people, 'peopleOne', 'peopleOther'),
        summary: summary.text,
      }),
    },
  };
}
