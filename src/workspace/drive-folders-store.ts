// The "Drive Folders" sheet: the id of every provisioned folder by plan key, read in one getValues, written per team.

import type { PlannedFolder } from '../core/drive-plan';
import { DRIVE_FOLDERS_TABLE } from '../core/drive-tables';
import { indexColumns, type TableRecord } from '../core/table';
import { withDocumentLock } from './lock';
import { appendRecords, readTable, type StoredRow, updateFields } from './table-store';
import { ensureTable } from './workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface StoredFolder {
  row: number;
  planKey: string;
  team: string;
  path: string;
  folderId: string;
}

export interface FolderStore {
  byKey: Map<string, StoredFolder>;
  /** Plan key → Drive id, for resolveFolders. */
  ids: Map<string, string>;
}

/** Reads the sheet (creating it on first use). */
export function readFolderStore(ss: Spreadsheet, create = true): FolderStore {
  let sheet = ss.getSheetByName(DRIVE_FOLDERS_TABLE.name);
  if (!sheet) {
    if (!create) return { byKey: new Map(), ids: new Map() };
    ensureTable(ss, DRIVE_FOLDERS_TABLE);
    sheet = ss.getSheetByName(DRIVE_FOLDERS_TABLE.name) as GoogleAppsScript.Spreadsheet.Sheet;
  }
  const byKey = new Map<string, StoredFolder>();
  for (const row of readTable(sheet, DRIVE_FOLDERS_TABLE).rows) {
    const s = toStored(row);
    if (s.planKey) byKey.set(s.planKey, s);
  }
  return { byKey, ids: new Map([...byKey.values()].filter((s) => s.folderId).map((s) => [s.planKey, s.folderId])) };
}

function toStored(row: StoredRow): StoredFolder {
  const r = row.record;
  return {
    row: row.row,
    planKey: String(r.planKey ?? ''),
    team: String(r.team ?? ''),
    path: String(r.path ?? ''),
    folderId: String(r.folderId ?? ''),
  };
}

export interface FolderRecord {
  folder: PlannedFolder;
  id: string;
  url: string;
  lastChange: string;
}

/**
 * Writes the ids of one team's folders: changed rows in place, new ones appended, in one lock so two runs cannot
 * both append the same key. Unchanged rows cost nothing.
 */
export function recordFolders(ss: Spreadsheet, store: FolderStore, records: readonly FolderRecord[]): void {
  const updates: { row: number; fields: TableRecord }[] = [];
  const appends: TableRecord[] = [];
  for (const r of records) {
    const fields: TableRecord = { planKey: r.folder.key, team: r.folder.team, path: r.folder.path, folderId: r.id, url: r.url };
    if (r.lastChange) fields.lastChange = r.lastChange;
    const known = store.byKey.get(r.folder.key);
    if (!known) appends.push(fields);
    else if (known.folderId !== r.id || known.path !== r.folder.path || r.lastChange) updates.push({ row: known.row, fields });
  }
  if (updates.length === 0 && appends.length === 0) return;
  withDocumentLock(() => {
    const sheet = ss.getSheetByName(DRIVE_FOLDERS_TABLE.name);
    if (!sheet) throw new Error(`The "${DRIVE_FOLDERS_TABLE.name}" sheet is missing.`);
    if (updates.length) {
      const headers = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0];
      updateFields(sheet, DRIVE_FOLDERS_TABLE, indexColumns(DRIVE_FOLDERS_TABLE, headers), updates);
    }
    const first = appends.length ? appendRecords(sheet, DRIVE_FOLDERS_TABLE, appends) : 0;
    // Keep the in-memory copy current, so later items of the same execution need not read the sheet again.
    for (const u of updates) remember(store, u.row, u.fields);
    appends.forEach((fields, i) => {
      remember(store, first + i, fields);
    });
  });
}

function remember(store: FolderStore, row: number, fields: TableRecord): void {
  const s: StoredFolder = {
    row,
    planKey: String(fields.planKey),
    team: String(fields.team ?? ''),
    path: String(fields.path ?? ''),
    folderId: String(fields.folderId ?? ''),
  };
  store.byKey.set(s.planKey, s);
  if (s.folderId) store.ids.set(s.planKey, s.folderId);
}
