// The "Drive Folders" sheet: the id of every provisioned folder by plan key, read in one getValues, written per team.

import type { PlannedFolder } from '../core/drive-plan';
import { DRIVE_FOLDERS_TABLE } from '../core/drive-tables';
import { type ColumnIndex, indexColumns, type TableRecord } from '../core/table';
import { withDocumentLock } from './lock';
import { appendRecords, readHeaders, toRecord, updateFields } from './table-store';
import { ensureTable } from './workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StoredFolder {
  row: number;
  planKey: string;
  team: string;
  path: string;
  folderId: string;
  url: string;
  /** Notes views only: the fingerprint of what the add-on last wrote into the view ('' when unknown). */
  contentHash: string;
}

export interface FolderStore {
  byKey: Map<string, StoredFolder>;
  /** Plan key → Drive id, for resolveFolders. */
  ids: Map<string, string>;
  /** The sheet and its columns as read, so a write in the same execution need not look them up again. */
  sheet?: Sheet;
  index?: ColumnIndex;
}

/** Reads the sheet (creating it on first use) in one getValues; it holds no dates, so no time-zone lookup. */
export function readFolderStore(ss: Spreadsheet, create = true): FolderStore {
  let sheet = ss.getSheetByName(DRIVE_FOLDERS_TABLE.name);
  if (!sheet) {
    if (!create) return { byKey: new Map(), ids: new Map() };
    ensureTable(ss, DRIVE_FOLDERS_TABLE);
    sheet = ss.getSheetByName(DRIVE_FOLDERS_TABLE.name) as Sheet;
  }
  const values = sheet.getDataRange().getValues();
  const index = indexColumns(DRIVE_FOLDERS_TABLE, (values[0] ?? []).map(String));
  const store: FolderStore = { byKey: new Map(), ids: new Map(), sheet, index };
  for (let r = 1; r < values.length; r++) {
    const record = toRecord(DRIVE_FOLDERS_TABLE, index, values[r]);
    if (record.planKey) remember(store, r + 1, record);
  }
  return store;
}

export interface FolderRecord {
  folder: Pick<PlannedFolder, 'key' | 'team' | 'path'>;
  /** '' when the folder or view is gone from Drive: the next run makes it again. */
  id: string;
  url: string;
  lastChange: string;
  /** Notes views: the fingerprint of the content just written. A new id without one clears the stored one. */
  contentHash?: string;
}

/**
 * Writes the ids of one team's folders: only the fields that changed in rows already there, new rows appended, in one
 * lock so two runs cannot both append the same key. Unchanged rows cost nothing.
 */
export function recordFolders(ss: Spreadsheet, store: FolderStore, records: readonly FolderRecord[]): void {
  const updates: { row: number; key: string; fields: TableRecord }[] = [];
  const appends: TableRecord[] = [];
  const hasHashColumn = store.index ? store.index.contentHash >= 0 : true;
  for (const r of records) {
    const known = store.byKey.get(r.folder.key);
    const contentHash = r.contentHash ?? (known && known.folderId !== r.id ? '' : undefined);
    const full: TableRecord = { planKey: r.folder.key, team: r.folder.team, path: r.folder.path, folderId: r.id, url: r.url };
    if (r.lastChange) full.lastChange = r.lastChange;
    if (contentHash !== undefined && hasHashColumn) full.contentHash = contentHash;
    if (!known) {
      appends.push(full);
      continue;
    }
    const before: TableRecord = { ...known };
    const fields: TableRecord = {};
    for (const [key, value] of Object.entries(full)) if (key === 'lastChange' || before[key] !== value) fields[key] = value;
    if (Object.keys(fields).length) updates.push({ row: known.row, key: known.planKey, fields });
  }
  if (updates.length === 0 && appends.length === 0) return;
  withDocumentLock(() => {
    const sheet = store.sheet ?? ss.getSheetByName(DRIVE_FOLDERS_TABLE.name);
    if (!sheet) throw new Error(`The "${DRIVE_FOLDERS_TABLE.name}" sheet is missing: run "Provision Drive folders".`);
    if (updates.length) {
      const index = store.index ?? indexColumns(DRIVE_FOLDERS_TABLE, readHeaders(sheet));
      updateFields(sheet, DRIVE_FOLDERS_TABLE, index, updates);
    }
    const first = appends.length ? appendRecords(sheet, DRIVE_FOLDERS_TABLE, appends) : 0;
    // Keep the in-memory copy current, so later items of the same execution need not read the sheet again.
    for (const u of updates) remember(store, u.row, { ...store.byKey.get(u.key), ...u.fields });
    appends.forEach((fields, i) => {
      remember(store, first + i, fields);
    });
  });
}

function remember(store: FolderStore, row: number, fields: TableRecord): void {
  const text = (key: string) => String(fields[key] ?? '');
  const s: StoredFolder = {
    row,
    planKey: text('planKey'),
    team: text('team'),
    path: text('path'),
    folderId: text('folderId'),
    url: text('url'),
    contentHash: text('contentHash'),
  };
  store.byKey.set(s.planKey, s);
  if (s.folderId) store.ids.set(s.planKey, s.folderId);
  else store.ids.delete(s.planKey);
}
