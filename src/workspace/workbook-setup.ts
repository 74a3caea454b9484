// Creates, upgrades and repairs the workbook's sheets from their table declarations: only what differs, never a row lost.

import { readCell } from '../core/cells';
import type { ProgramSettings } from '../core/model';
import { settingsFromRecord, settingsRecord } from '../core/records';
import { plainValue } from '../core/setup/api-cells';
import { planSetup, rangesToRead, type SetupSpec, type WorkbookSnapshot } from '../core/setup/plan';
import type { ColumnSpec, TableRecord, TableSchema } from '../core/table';
import { numberFormatOf, planHeaders } from '../core/table-upgrade';
import { MASTER_TABLES } from '../core/workbook-tables';
import { readCells, readStructure, sendBatch } from './sheets-api';

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
  // Without a position, at the end (insertSheet alone puts it after the active sheet, wherever the user left it).
  if (!sheet) sheet = ss.insertSheet(schema.name, position ?? ss.getNumSheets());
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

/** What a team workbook adds to a setup: rows that replace a sheet's data, and whole-sheet editors. */
export interface SetupExtras {
  replaceRows?: SetupSpec['replaceRows'];
  sheetEditors?: SetupSpec['sheetEditors'];
}

/**
 * Creates every missing sheet (in tab order), upgrades and repairs the rest, and writes settings when given: one read
 * of what is there and one Sheets API batchUpdate (atomic, so a run killed anywhere leaves the workbook as it was or
 * done). A re-run with nothing to do sends no batch. Calls: see `npm run bench workbook-setup`.
 */
export function ensureWorkbook(
  ss: Spreadsheet,
  settings?: ProgramSettings,
  schemas: readonly TableSchema[] = MASTER_TABLES,
  extras: SetupExtras = {},
): WorkbookSetupResult {
  const id = ss.getId();
  const spec: SetupSpec = {
    schemas,
    me: () => Session.getEffectiveUser().getEmail(),
    settings: null,
    ...extras,
  };
  const snapshot = readWorkbook(id, spec);
  if (settings) {
    spec.headerEditors = settings.coordinators;
    const previous = readSettingsFrom(snapshot, schemas);
    spec.settings = settingsRecord({ ...settings, driveRootFolderId: settings.driveRootFolderId || previous?.driveRootFolderId || '' });
  }
  const plan = planSetup(spec, snapshot);
  sendBatch(id, plan.requests);
  return { tables: plan.tables, removedBlankSheet: plan.removedBlankSheet };
}

/**
 * One get when every sheet is there (the re-run); otherwise the structure, then the cells of the sheets that exist.
 * A range naming a missing sheet is refused by the API ("Unable to parse range"), which is how a first run is told apart.
 */
function readWorkbook(id: string, spec: SetupSpec): WorkbookSnapshot {
  const all = rangesToRead(
    spec,
    spec.schemas.map((s) => s.name),
  );
  try {
    const got = readCells(id, all);
    if ((got.sheets ?? []).length === spec.schemas.length) return { sheets: got.sheets ?? [] };
  } catch (e) {
    if (!/Unable to parse range/.test(String(e))) throw e;
  }
  const structure = readStructure(id).sheets ?? [];
  const names = structure.map((s) => s.properties?.title ?? '');
  const ranges = rangesToRead(spec, names);
  const cells = ranges.length ? (readCells(id, ranges).sheets ?? []) : [];
  return {
    sheets: structure.map((s) => ({ ...s, data: cells.find((c) => c.properties?.sheetId === s.properties?.sheetId)?.data })),
  };
}

function readSettingsFrom(snapshot: WorkbookSnapshot, schemas: readonly TableSchema[]): ProgramSettings | null {
  const schema = schemas.find((s) => s.kind === 'keyValue');
  const sheet = snapshot.sheets.find((s) => s.properties?.title === schema?.name);
  if (!schema || !sheet?.data) return null;
  const rows = (sheet.data[0]?.rowData ?? []).map((r) => r.values ?? []);
  const record: TableRecord = {};
  for (const column of schema.columns) {
    const line = rows.slice(1).find((r) => String(plainValue(r[0])).trim().toLowerCase() === column.header.toLowerCase());
    record[column.key] = readCell(column, line ? plainValue(line[1]) : '');
  }
  return settingsFromRecord(record);
}
