// Creates, upgrades and repairs the workbook's sheets from their table declarations: only what differs, never a row lost.

import { readCell } from '../core/cells';
import type { ProgramSettings } from '../core/model';
import { settingsFromRecord, settingsRecord } from '../core/records';
import { plainValue } from '../core/setup/api-cells';
import { planSetup, rangesToRead, type SetupSpec, type WorkbookSnapshot } from '../core/setup/plan';
import type { TableRecord, TableSchema } from '../core/table';
import { MASTER_TABLES } from '../core/workbook-tables';
import { readCells, readStructure, sendBatch } from './sheets-api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TableSetupResult {
  sheet: string;
  created: boolean;
  addedColumns: string[];
}

/**
 * Makes sure the sheet of `schema` exists with every column: creates it (at `position`, else at the end), or appends
 * the columns a newer schema added after the existing ones (user-added columns and every row stay where they are),
 * and repairs its header, formats, validation, protection and banding. The same plan and one batch as `ensureWorkbook`.
 */
export function ensureTable(ss: Spreadsheet, schema: TableSchema, position?: number): TableSetupResult {
  return ensureWorkbook(ss, undefined, [schema], { positions: { [schema.name]: position ?? -1 }, keepBlankSheet: true }).tables[0];
}

export interface WorkbookSetupResult {
  tables: TableSetupResult[];
  removedBlankSheet: boolean;
}

/** What a team workbook or a single table adds to a setup (rows that replace a sheet's data, editors, placement). */
export type SetupExtras = Pick<SetupSpec, 'replaceRows' | 'sheetEditors' | 'positions' | 'keepBlankSheet'>;

/**
 * Creates every missing sheet (in tab order), upgrades and repairs the rest, and writes settings when given: one read
 * of what is there and one Sheets API batchUpdate (atomic, so a run killed anywhere leaves the workbook as it was or
 * done). A re-run with nothing to do sends no batch (its call counts are asserted in test/server/workbook.test.ts).
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
