// Creates and upgrades the workbook's sheets from their table declarations: only what is missing, never a row lost.

import type { ProgramSettings } from '../core/model';
import type { ColumnSpec, TableSchema } from '../core/table';
import { numberFormatOf, planHeaders } from '../core/table-upgrade';
import { MASTER_TABLES } from '../core/workbook-tables';
import { readSettings, writeSettings } from './program';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableSetupResult {
  sheet: string;
  created: boolean;
  addedColumns: string[];
}

const HEADER_PROTECTION = 'Header row: managed by Tutoring Toolkit (setup)';
const HEADER_BACKGROUND = '#e8f0fe';

/**
 * Makes sure the sheet of `schema` exists with every column: creates it, or appends the columns a newer schema
 * added after the existing ones (user-added columns and every row stay where they are).
 * Sheets calls depend on the number of new columns, not on the number of rows.
 */
export function ensureTable(ss: Spreadsheet, schema: TableSchema, position?: number): TableSetupResult {
  let sheet = ss.getSheetByName(schema.name);
  const created = !sheet;
  if (!sheet) sheet = position === undefined ? ss.insertSheet(schema.name) : ss.insertSheet(schema.name, position);
  if (schema.kind === 'keyValue') return ensureKeyValue(sheet, schema, created);

  const width = created ? 0 : sheet.getLastColumn();
  const existing = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0].map(String) : [];
  const plan = planHeaders(schema, existing);
  if (plan.unchanged) return { sheet: schema.name, created, addedColumns: [] };

  const needed = plan.headers.length;
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < needed) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  const header = sheet.getRange(1, 1, 1, needed);
  header.setValues([plan.headers]);
  header.setNotes([plan.headers.map((h, i) => (i === 0 ? `${schema.purpose}\n\n` : '') + (schema.columns.find((c) => c.header === h)?.note ?? ''))]);
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
  if (created) {
    sheet.setFrozenRows(1);
    if (schema.frozenColumns) sheet.setFrozenColumns(schema.frozenColumns);
    if (schema.tabColor) sheet.setTabColor(schema.tabColor);
  }
  const rows = sheet.getMaxRows() - 1;
  for (const { column, at } of plan.added) formatColumn(sheet, column, at + 1, rows);
  protectHeader(sheet, needed);
  applyBanding(sheet, needed);
  return { sheet: schema.name, created, addedColumns: plan.added.map((a) => a.column.header) };
}

function formatColumn(sheet: Sheet, column: ColumnSpec, col: number, rows: number): void {
  if (column.width) sheet.setColumnWidth(col, column.width);
  if (rows < 1) return;
  const data = sheet.getRange(2, col, rows, 1);
  const format = numberFormatOf(column);
  if (format) data.setNumberFormat(format);
  const rule = validationFor(column);
  if (rule) data.setDataValidation(rule);
  if (column.type === 'longtext') data.setWrap(true);
}

function validationFor(column: ColumnSpec): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  switch (column.type) {
    case 'choice':
      return builder
        .requireValueInList([...(column.choices ?? [])], true)
        .setHelpText(`Choose one: ${(column.choices ?? []).join(', ')}`)
        .build();
    case 'boolean':
      return builder.requireCheckbox().build();
    case 'email':
      return builder.requireTextIsEmail().setHelpText('An email address (one account per person).').build();
    case 'date':
      return builder.requireDate().setHelpText('A date, e.g. 2026-09-14.').build();
    case 'number':
    case 'percent':
      return column.range
        ? builder
            .requireNumberBetween(column.range[0], column.range[1])
            .setHelpText(`A number from ${column.range[0]} to ${column.range[1]}.`)
            .build()
        : null;
    default:
      return null;
  }
}

/**
 * Only the coordinator (who ran setup) may edit the header row; everyone else edits rows freely. Google's documented
 * pattern: add yourself, then remove every editor in one call (the owner and you stay) — a constant number of calls
 * however many teachers and tutors share the workbook.
 */
function protectHeader(sheet: Sheet, width: number): void {
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription() === HEADER_PROTECTION) p.remove();
  }
  const protection = sheet.getRange(1, 1, 1, width).protect().setDescription(HEADER_PROTECTION);
  protection.addEditor(Session.getEffectiveUser());
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

function applyBanding(sheet: Sheet, width: number): void {
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), width);
  const bandings = sheet.getBandings();
  if (bandings.length > 0) bandings[0].setRange(range);
  else range.applyRowBanding(SpreadsheetApp.BandingTheme.LIGHT_GREY, true, false);
}

/** Settings: labels in column A, values in B. Missing labels are added; existing values are kept. */
function ensureKeyValue(sheet: Sheet, schema: TableSchema, created: boolean): TableSetupResult {
  const rows = schema.columns.length + 1;
  const existing = created
    ? []
    : sheet
        .getRange(1, 1, rows, 1)
        .getValues()
        .map((r) => String(r[0]).trim().toLowerCase());
  const missing = schema.columns.filter((c) => !existing.includes(c.header.toLowerCase()));
  if (!created && missing.length === 0) return { sheet: schema.name, created, addedColumns: [] };
  if (created) {
    sheet
      .getRange(1, 1, 1, 2)
      .setValues([['Setting', 'Value']])
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 220);
    sheet.setColumnWidth(2, 260);
    sheet.getRange(2, 1, schema.columns.length, 1).setNotes(schema.columns.map((c) => [c.note]));
  }
  return { sheet: schema.name, created, addedColumns: missing.map((c) => c.header) };
}

export interface WorkbookSetupResult {
  tables: TableSetupResult[];
  removedBlankSheet: boolean;
}

/** Creates every missing sheet (in tab order) and upgrades the rest; writes settings when given. */
export function ensureWorkbook(ss: Spreadsheet, settings?: ProgramSettings, schemas: readonly TableSchema[] = MASTER_TABLES): WorkbookSetupResult {
  const tables = schemas.map((schema, i) => ensureTable(ss, schema, i));
  if (settings) {
    const previous = tables[0].created ? null : readSettings(ss);
    writeSettings(ss, { ...settings, driveRootFolderId: settings.driveRootFolderId || previous?.driveRootFolderId || '' });
  }
  const removedBlankSheet = removeBlankDefaultSheet(ss);
  return { tables, removedBlankSheet };
}

/** A new spreadsheet's empty "Sheet1" is clutter once the program's sheets exist. */
function removeBlankDefaultSheet(ss: Spreadsheet): boolean {
  const blank = ss.getSheetByName('Sheet1');
  if (!blank || blank.getLastRow() > 0 || ss.getSheets().length <= 1) return false;
  ss.deleteSheet(blank);
  return true;
}
