// The whole setup or upgrade of a workbook as one Sheets API batchUpdate, planned from the table schemas and what
// Spreadsheets.get returned: only what differs is sent, so a re-run with nothing to do sends nothing.

import type { ColumnSpec, TableRecord, TableSchema } from '../table';
import { numberFormatOf, planHeaders } from '../table-upgrade';
import { DATE_FORMAT, extendedValue, plainValue, sameValue } from './api-cells';
import { columnNote, tablePurpose } from './notes';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Sheet = GoogleAppsScript.Sheets.Schema.Sheet;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
type DataValidationRule = GoogleAppsScript.Sheets.Schema.DataValidationRule;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

export const HEADER_PROTECTION = 'Header row: managed by Tutoring Toolkit (setup)';
export const SHEET_PROTECTION = 'Tutoring Toolkit: who may edit this sheet (set by provisioning)';
const HEADER_FORMAT: CellFormat = {
  textFormat: { bold: true },
  backgroundColor: { red: 232 / 255, green: 240 / 255, blue: 254 / 255 },
  wrapStrategy: 'WRAP',
  verticalAlignment: 'MIDDLE',
};
const HEADER_FORMAT_FIELDS = 'userEnteredFormat(textFormat.bold,backgroundColor,wrapStrategy,verticalAlignment)';
/** Sheets' LIGHT_GREY banding theme: header, first and second band colours. */
const BANDING = {
  headerColor: { red: 189 / 255, green: 189 / 255, blue: 189 / 255 },
  firstBandColor: { red: 1, green: 1, blue: 1 },
  secondBandColor: { red: 243 / 255, green: 243 / 255, blue: 243 / 255 },
};
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** What setup reads: each sheet's properties, protections and bandings, and the grid data it asked for (rows from 0). */
export interface WorkbookSnapshot {
  sheets: readonly Sheet[];
}

export interface SetupSpec {
  schemas: readonly TableSchema[];
  /** The user running setup (kept as an editor of every protection); asked only when a protection exists to compare. */
  me: () => string;
  /** Settings rows to write (labels in A, values in B), or null to leave values as they are. */
  settings: TableRecord | null;
  /** Rows to hold in a sheet, replacing every data row (the team's roster slice), by sheet name. */
  replaceRows?: Record<string, readonly TableRecord[]>;
  /** Who besides the runner edits header rows (the program's coordinators). */
  headerEditors?: readonly string[];
  /** Where a new sheet goes, by sheet name (-1: at the end); by default its place in `schemas`. */
  positions?: Record<string, number>;
  /** Leave a blank "Sheet1" in place (a single table added to a workbook that is otherwise set up already). */
  keepBlankSheet?: boolean;
  /** Whole-sheet protections with exactly these editors (the runner added), by sheet name. */
  sheetEditors?: Record<string, readonly string[]>;
}

export interface TablePlanResult {
  sheet: string;
  created: boolean;
  addedColumns: string[];
}

export interface SetupPlan {
  requests: Request[];
  tables: TablePlanResult[];
  removedBlankSheet: boolean;
}

/** The A1 ranges setup reads in its second get, for the sheets that exist. */
export function rangesToRead(spec: SetupSpec, existing: readonly string[]): string[] {
  const out: string[] = [];
  const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
  for (const schema of spec.schemas) {
    if (!existing.includes(schema.name)) continue;
    if (schema.kind === 'keyValue') out.push(`${quote(schema.name)}!A1:B${schema.columns.length + 1}`);
    else if (spec.replaceRows?.[schema.name]) out.push(quote(schema.name));
    else out.push(`${quote(schema.name)}!1:2`);
  }
  if (existing.includes('Sheet1') && !spec.schemas.some((s) => s.name === 'Sheet1')) out.push(quote('Sheet1'));
  return out;
}

function rowsOf(sheet: Sheet | undefined): CellData[][] {
  const data = sheet?.data?.[0];
  const rows: CellData[][] = [];
  for (const row of data?.rowData ?? []) rows.push(row.values ?? []);
  return rows;
}

function text(cell: CellData | undefined): string {
  return String(plainValue(cell));
}

function sameFormat(cell: CellData | undefined, want: CellFormat): boolean {
  const f = cell?.userEnteredFormat ?? {};
  if (want.textFormat?.bold !== undefined && (f.textFormat?.bold ?? false) !== want.textFormat.bold) return false;
  if (want.backgroundColor && JSON.stringify(roundColor(f.backgroundColor)) !== JSON.stringify(roundColor(want.backgroundColor))) return false;
  if (want.wrapStrategy && f.wrapStrategy !== want.wrapStrategy) return false;
  if (want.verticalAlignment && f.verticalAlignment !== want.verticalAlignment) return false;
  if (want.numberFormat && f.numberFormat?.pattern !== want.numberFormat.pattern) return false;
  return true;
}

function roundColor(c: GoogleAppsScript.Sheets.Schema.Color | undefined): number[] {
  return [c?.red ?? 0, c?.green ?? 0, c?.blue ?? 0].map((x) => Math.round(x * 255));
}

/** The validation rule of a column type (the same rules setup applied with SpreadsheetApp). */
export function validationRule(column: ColumnSpec): DataValidationRule | null {
  const values = (xs: readonly (string | number)[]) => xs.map((x) => ({ userEnteredValue: String(x) }));
  switch (column.type) {
    case 'choice':
      return {
        condition: { type: 'ONE_OF_LIST', values: values(column.choices ?? []) },
        strict: true,
        showCustomUi: true,
        inputMessage: `Choose one: ${(column.choices ?? []).join(', ')}`,
      };
    case 'boolean':
      return { condition: { type: 'BOOLEAN' }, strict: true };
    case 'email':
      return { condition: { type: 'TEXT_IS_EMAIL' }, strict: true, inputMessage: 'An email address (one account per person).' };
    case 'date':
      return { condition: { type: 'DATE_IS_VALID' }, strict: true, inputMessage: 'A date, e.g. 2026-09-14.' };
    case 'number':
    case 'percent':
      return column.range
        ? {
            condition: { type: 'NUMBER_BETWEEN', values: values(column.range) },
            strict: true,
            inputMessage: `A number from ${column.range[0]} to ${column.range[1]}.`,
          }
        : null;
    default:
      return null;
  }
}

function sameRule(a: DataValidationRule | undefined, b: DataValidationRule | null): boolean {
  if (!b) return !a;
  if (!a) return false;
  const key = (r: DataValidationRule) =>
    JSON.stringify([
      r.condition?.type,
      (r.condition?.values ?? []).map((v) => v.userEnteredValue),
      r.strict === true,
      r.inputMessage ?? '',
      r.showCustomUi === true,
    ]);
  return key(a) === key(b);
}

function dataFormat(column: ColumnSpec): { format: CellFormat; fields: string[] } {
  const format: CellFormat = {};
  const fields: string[] = [];
  const pattern = numberFormatOf(column);
  if (pattern) {
    format.numberFormat = { type: column.type === 'percent' ? 'PERCENT' : 'DATE', pattern };
    fields.push('numberFormat');
  }
  if (column.type === 'longtext') {
    format.wrapStrategy = 'WRAP';
    fields.push('wrapStrategy');
  }
  return { format, fields };
}

function sameEditors(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const set = (xs: readonly string[]) => [...new Set(xs.map((x) => x.toLowerCase()))].sort().join(',');
  return set(a ?? []) === set(b);
}

function sameRange(a: GridRange | undefined, b: GridRange): boolean {
  const k = (r: GridRange | undefined) =>
    JSON.stringify([r?.sheetId ?? 0, r?.startRowIndex ?? null, r?.endRowIndex ?? null, r?.startColumnIndex ?? null, r?.endColumnIndex ?? null]);
  return k(a) === k(b);
}

/** A protection with exactly `editors` (plus the runner), over `range`: added, repaired, or left alone; duplicates removed. */
function protect(out: Request[], sheet: Sheet | undefined, description: string, range: GridRange, others: readonly string[], me: () => string): void {
  const mine = (sheet?.protectedRanges ?? []).filter((p) => p.description === description);
  const [first, ...extra] = mine;
  for (const p of extra) out.push({ deleteProtectedRange: { protectedRangeId: p.protectedRangeId } });
  if (!first) {
    // A new protection: the API keeps the requester as an editor, so the list sent need not name them.
    out.push({
      addProtectedRange: { protectedRange: { range, description, warningOnly: false, editors: { users: [...others], domainUsersCanEdit: false } } },
    });
    return;
  }
  // A protection the runner may not change (another coordinator's, before this one was added) is left as it is:
  // the API would refuse the whole batch.
  if (first.requestingUserCanEdit === false) return;
  const editors = [...new Set([...others.map((e) => e.toLowerCase()), me().toLowerCase()])];
  const wanted = { range, description, warningOnly: false, editors: { users: editors, domainUsersCanEdit: false } };
  if (!sameRange(first.range, range) || !sameEditors(first.editors?.users, editors) || first.warningOnly || first.editors?.domainUsersCanEdit) {
    out.push({
      updateProtectedRange: {
        protectedRange: { ...wanted, protectedRangeId: first.protectedRangeId },
        fields: 'range,description,warningOnly,editors',
      },
    });
  }
}

/** Plans the batch for a workbook: create or upgrade each sheet, repair what a killed run or an older layout left. */
export function planSetup(spec: SetupSpec, snapshot: WorkbookSnapshot): SetupPlan {
  const requests: Request[] = [];
  const tables: TablePlanResult[] = [];
  const byName = new Map(snapshot.sheets.map((s) => [s.properties?.title ?? '', s]));
  const usedIds = new Set(snapshot.sheets.map((s) => s.properties?.sheetId ?? 0));
  let nextId = 100;
  const freshId = () => {
    while (usedIds.has(nextId)) nextId++;
    usedIds.add(nextId);
    return nextId;
  };
  let asked: string | null = null;
  const me = () => {
    asked ??= spec.me();
    return asked;
  };
  let count = snapshot.sheets.length;
  const at = (name: string, position: number) => {
    const wanted = spec.positions?.[name] ?? position;
    const index = wanted < 0 ? count : Math.min(wanted, count);
    count++;
    return index;
  };

  spec.schemas.forEach((schema, position) => {
    const existing = byName.get(schema.name);
    const created = !existing;
    const sheetId = existing?.properties?.sheetId ?? freshId();
    const grid = existing?.properties?.gridProperties ?? {};
    let rowCount = grid.rowCount ?? DEFAULT_ROWS;
    let columnCount = grid.columnCount ?? DEFAULT_COLUMNS;
    const rows = rowsOf(existing);
    if (created) {
      requests.push({
        addSheet: {
          properties: {
            sheetId,
            title: schema.name,
            index: at(schema.name, position),
            gridProperties: {
              rowCount,
              columnCount,
              frozenRowCount: 1,
              ...(schema.frozenColumns ? { frozenColumnCount: schema.frozenColumns } : {}),
            },
            ...(schema.tabColor ? { tabColor: hexColor(schema.tabColor) } : {}),
          },
        },
      });
    }
    if (schema.kind === 'keyValue') {
      tables.push(planKeyValue(requests, spec, schema, sheetId, created, rows));
    } else {
      const headerRow = rows[0] ?? [];
      const plan = planHeaders(schema, headerRow.map(text));
      const needed = plan.headers.length;
      if (columnCount < needed) {
        requests.push({ appendDimension: { sheetId, dimension: 'COLUMNS', length: needed - columnCount } });
        columnCount = needed;
      }
      const keyOf = (h: string) => schema.columns.find((c) => c.header === h)?.key;
      const notes = plan.headers.map((h, i) => {
        const key = keyOf(h);
        return (i === 0 ? `${tablePurpose(schema)}\n\n` : '') + (key ? columnNote(schema, key) : '');
      });
      const headerOk = plan.headers.every(
        (h, i) => text(headerRow[i]) === h && (headerRow[i]?.note ?? '') === notes[i] && sameFormat(headerRow[i], HEADER_FORMAT),
      );
      if (!headerOk) {
        requests.push({
          updateCells: {
            range: { sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: needed },
            rows: [
              {
                values: plan.headers.map((h, i) => ({
                  userEnteredValue: { stringValue: h },
                  note: notes[i] || undefined,
                  userEnteredFormat: HEADER_FORMAT,
                })),
              },
            ],
            fields: `userEnteredValue,note,${HEADER_FORMAT_FIELDS}`,
          },
        });
      }
      const added = new Set(plan.added.map((a) => a.column.key));
      const sample = rows[1] ?? [];
      for (const column of schema.columns) {
        const at = plan.headers.findIndex((h) => h.trim().toLowerCase() === column.header.toLowerCase());
        if (at < 0) continue;
        const range: GridRange = { sheetId, startRowIndex: 1, endRowIndex: rowCount, startColumnIndex: at, endColumnIndex: at + 1 };
        if ((created || added.has(column.key)) && column.width) {
          requests.push({
            updateDimensionProperties: {
              range: { sheetId, dimension: 'COLUMNS', startIndex: at, endIndex: at + 1 },
              properties: { pixelSize: column.width },
              fields: 'pixelSize',
            },
          });
        }
        if (rowCount < 2) continue;
        const { format, fields } = dataFormat(column);
        if (fields.length && !sameFormat(sample[at], format)) {
          requests.push({ repeatCell: { range, cell: { userEnteredFormat: format }, fields: `userEnteredFormat(${fields.join(',')})` } });
        }
        const rule = validationRule(column);
        if (rule && !sameRule(sample[at]?.dataValidation, rule)) requests.push({ setDataValidation: { range, rule } });
      }
      const replace = spec.replaceRows?.[schema.name];
      if (replace) rowCount = planRows(requests, schema, sheetId, plan.headers, rows, replace, rowCount);
      protect(
        requests,
        existing,
        HEADER_PROTECTION,
        { sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: needed },
        spec.headerEditors ?? [],
        me,
      );
      planBanding(requests, existing, { sheetId, startRowIndex: 0, endRowIndex: rowCount, startColumnIndex: 0, endColumnIndex: needed });
      tables.push({ sheet: schema.name, created, addedColumns: plan.added.map((a) => a.column.header) });
    }
    const editors = spec.sheetEditors?.[schema.name];
    if (editors) protect(requests, existing, SHEET_PROTECTION, { sheetId }, editors, me);
  });

  // A new spreadsheet's empty "Sheet1" is clutter once the program's sheets exist.
  const blank = byName.get('Sheet1');
  const removedBlankSheet =
    !!blank && !spec.schemas.some((s) => s.name === 'Sheet1') && rowsOf(blank).every((r) => r.every((c) => !c.userEnteredValue));
  if (removedBlankSheet) requests.push({ deleteSheet: { sheetId: blank?.properties?.sheetId ?? 0 } });
  return { requests, tables, removedBlankSheet };
}

function hexColor(hex: string): GoogleAppsScript.Sheets.Schema.Color {
  const [red, green, blue] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return { red, green, blue };
}

function planBanding(out: Request[], sheet: Sheet | undefined, range: GridRange): void {
  const first = sheet?.bandedRanges?.[0];
  if (first && sameRange(first.range, range)) return;
  if (first) out.push({ deleteBanding: { bandedRangeId: first.bandedRangeId } });
  out.push({ addBanding: { bandedRange: { range, rowProperties: BANDING } } });
}

/** Settings: "Setting | Value" header, labels in A and values in B; values written only when they differ. */
function planKeyValue(out: Request[], spec: SetupSpec, schema: TableSchema, sheetId: number, created: boolean, rows: CellData[][]): TablePlanResult {
  const existingLabels = rows.slice(1).map((r) => text(r[0]).trim().toLowerCase());
  const missing = schema.columns.filter((c) => !existingLabels.includes(c.header.toLowerCase()));
  if (created || text(rows[0]?.[0]) !== 'Setting' || text(rows[0]?.[1]) !== 'Value') {
    out.push({
      updateCells: {
        range: { sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 2 },
        rows: [
          {
            values: ['Setting', 'Value'].map((h) => ({
              userEnteredValue: { stringValue: h },
              userEnteredFormat: { textFormat: { bold: true }, backgroundColor: HEADER_FORMAT.backgroundColor },
            })),
          },
        ],
        fields: 'userEnteredValue,userEnteredFormat(textFormat.bold,backgroundColor)',
      },
    });
  }
  if (created) {
    for (const [i, px] of [220, 260].entries()) {
      out.push({
        updateDimensionProperties: {
          range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: i + 1 },
          properties: { pixelSize: px },
          fields: 'pixelSize',
        },
      });
    }
  }
  const record = spec.settings;
  const labelsOk = schema.columns.every(
    (c, i) => text(rows[i + 1]?.[0]) === c.header && (rows[i + 1]?.[0]?.note ?? '') === columnNote(schema, c.key),
  );
  const valuesOk = !record || schema.columns.every((c, i) => sameValue(rows[i + 1]?.[1]?.userEnteredValue, extendedValue(c, record[c.key])));
  if (!labelsOk || !valuesOk) {
    out.push({
      updateCells: {
        range: { sheetId, startRowIndex: 1, endRowIndex: schema.columns.length + 1, startColumnIndex: 0, endColumnIndex: record ? 2 : 1 },
        rows: schema.columns.map((c, i) => {
          const label: CellData = { userEnteredValue: { stringValue: c.header }, note: columnNote(schema, c.key) || undefined };
          if (!record) return { values: [label] };
          const value: CellData = record ? { userEnteredValue: extendedValue(c, record[c.key]) } : (rows[i + 1]?.[1] ?? {});
          if (c.type === 'date') value.userEnteredFormat = { numberFormat: DATE_FORMAT };
          return { values: [label, value] };
        }),
        fields: record ? 'userEnteredValue,note,userEnteredFormat.numberFormat' : 'userEnteredValue,note',
      },
    });
  }
  return { sheet: schema.name, created, addedColumns: missing.map((c) => c.header) };
}

/** Replaces every data row with `records` (in the sheet's column order), clearing rows the old data left below. */
function planRows(
  out: Request[],
  schema: TableSchema,
  sheetId: number,
  headers: readonly string[],
  rows: CellData[][],
  records: readonly TableRecord[],
  rowCount: number,
): number {
  const index = headers.map((h) => schema.columns.find((c) => c.header.toLowerCase() === h.trim().toLowerCase()));
  const wanted = records.map((r) =>
    headers.map((_, j) => (index[j] ? extendedValue(index[j] as ColumnSpec, r[(index[j] as ColumnSpec).key]) : undefined)),
  );
  const have = rows.slice(1).filter((r) => r.some((c) => c.userEnteredValue));
  const same =
    have.length === wanted.length &&
    rows.slice(1, 1 + wanted.length).every((r, i) => headers.every((_, j) => !index[j] || sameValue(r[j]?.userEnteredValue, wanted[i][j])));
  if (same) return rowCount;
  const lastUsed = rows.length;
  const height = Math.max(lastUsed, wanted.length + 1);
  let count = rowCount;
  if (height > count) {
    out.push({ appendDimension: { sheetId, dimension: 'ROWS', length: height - count } });
    count = height;
  }
  if (height <= 1) return count;
  out.push({
    updateCells: {
      range: { sheetId, startRowIndex: 1, endRowIndex: height, startColumnIndex: 0, endColumnIndex: headers.length },
      rows: Array.from({ length: height - 1 }, (_, i) => ({
        values: headers.map((_, j) => (wanted[i]?.[j] ? { userEnteredValue: wanted[i][j] } : {})),
      })),
      fields: 'userEnteredValue',
    },
  });
  return count;
}
