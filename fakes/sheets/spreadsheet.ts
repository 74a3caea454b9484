// Spreadsheet: one workbook file. Its name is the Drive file's name; its tabs and names live in SpreadsheetState.

import { createDriveItem } from '../drive/items';
import { revokeUser } from '../drive/sharing';
import type { DriveRole } from '../drive/state';
import { SHEETS_MIME } from '../drive/state';
import type { FakeWorld } from '../world';
import { parseA1, splitSheet } from './a1';
import { requireFileRole } from './access';
import { features, newSheetState, sheetByName, spreadsheetState } from './book';
import { expose, type SelfAware, typeLabel, unwrap } from './handle';
import {
  badParameters,
  NO_NAMED_RANGE,
  NO_SHARE_PERMISSION,
  OUTSIDE_SHEET,
  RANGE_NOT_FOUND,
  REMOVE_ALL_SHEETS,
  sheetExists,
  sheetsError,
} from './messages';
import { isValidRangeName, namedRangeHandle } from './named-range';
import { protectionHandle } from './protection';
import { FakeRange, rangeHandle } from './range';
import { rangeListHandle } from './range-list';
import { FakeSheet, sheetHandle } from './sheet';
import { copySheetInto } from './sheet-copy';
import type { SheetState, SpreadsheetState } from './state';
import { textFinderHandle } from './text-finder';
import { userHandle as userHandleOf } from './user';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type Members =
  | 'copy'
  | 'createTextFinder'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getEditors'
  | 'getViewers'
  | 'removeEditor'
  | 'removeViewer'
  | 'getId'
  | 'getName'
  | 'getNamedRanges'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getRangeList'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'removeNamedRange'
  | 'rename'
  | 'renameActiveSheet'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

type InsertOptions = { template?: Sheet };

export function spreadsheetHandle(world: FakeWorld, ssId: string): Spreadsheet {
  return expose<Spreadsheet>(world, 'Spreadsheet', new FakeSpreadsheet(world, ssId));
}

/** The next free default name: Sheet2, Sheet3, … */
function defaultSheetName(ss: SpreadsheetState): string {
  let n = ss.sheets.length + 1;
  while (ss.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
  return `Sheet${n}`;
}

export class FakeSpreadsheet implements Pick<Spreadsheet, Members>, SelfAware<Spreadsheet> {
  _self!: Spreadsheet;

  constructor(
    readonly _world: FakeWorld,
    readonly _ssId: string,
  ) {}

  _state(): SpreadsheetState {
    return spreadsheetState(this._world, this._ssId);
  }

  _change(): SpreadsheetState {
    requireFileRole(this._world, this._ssId, 'writer');
    return this._state();
  }

  _activeSheet(): SheetState {
    const ss = this._state();
    const index = Math.min(Math.max(ss.activeSheetIndex, 0), ss.sheets.length - 1);
    return ss.sheets[index];
  }

  _sheetOf(sheet: Sheet, method: string): SheetState {
    const s = unwrap(sheet, FakeSheet, `SpreadsheetApp.Spreadsheet.${method}`);
    return s._state();
  }

  getId(): string {
    return this._ssId;
  }

  getName(): string {
    return this._world.state.drive[this._ssId]?.name ?? this._state().name;
  }

  rename(newName: string): void {
    const ss = this._change();
    ss.name = String(newName);
    const item = this._world.state.drive[this._ssId];
    if (item) {
      item.name = ss.name;
      item.modifiedTime = this._world.clock.now();
    }
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._ssId}/edit`;
  }

  getOwner(): GoogleAppsScript.Base.User | null {
    const owner = this._world.state.drive[this._ssId]?.owner;
    return owner ? userHandleOf(this._world, owner) : null;
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    const item = this._world.state.drive[this._ssId];
    if (!item) return [];
    const emails = item.permissions.filter((p) => p.type === 'user' && (p.role === 'writer' || p.role === 'owner')).map((p) => p.emailAddress ?? '');
    return [...new Set([item.owner, ...emails].filter((e) => e !== ''))].map((e) => userHandleOf(this._world, e));
  }

  /** Users with view or comment access of their own (Drive's "viewers" of the file). */
  getViewers(): GoogleAppsScript.Base.User[] {
    const item = this._world.state.drive[this._ssId];
    if (!item) return [];
    const emails = item.permissions
      .filter((p) => p.type === 'user' && (p.role === 'reader' || p.role === 'commenter'))
      .map((p) => p.emailAddress ?? '');
    return [...new Set(emails.filter((e) => e !== ''))].map((e) => userHandleOf(this._world, e));
  }

  /**
   * Removes the user's own edit grant on the file. As documented, it does not block access a person has by a class of
   * users (domain, link) — nor, in My Drive, through a folder's sharing, which only the folder's owner changes.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#removeEditor(String)
   */
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): Spreadsheet {
    this._revoke(emailAddress, ['writer']);
    return this._self;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#removeViewer(String) */
  removeViewer(emailAddress: string | GoogleAppsScript.Base.User): Spreadsheet {
    this._revoke(emailAddress, ['reader', 'commenter']);
    return this._self;
  }

  _revoke(who: string | GoogleAppsScript.Base.User, roles: DriveRole[]): void {
    const item = this._world.state.drive[this._ssId];
    if (!item) return;
    // Only editors change sharing (and not at all when the owner stopped editors from sharing).
    requireFileRole(this._world, this._ssId, 'writer');
    const me = this._world.activeUser.toLowerCase();
    if (item.writersCanShare === false && item.owner.toLowerCase() !== me) throw sheetsError(NO_SHARE_PERMISSION);
    const email = (typeof who === 'string' ? who : who.getEmail()).trim().toLowerCase();
    revokeUser(item, email, roles);
  }

  getSpreadsheetTimeZone(): string {
    return this._state().timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this._change().timeZone = String(timezone);
  }

  getSpreadsheetLocale(): string {
    return this._state().locale ?? 'en_US';
  }

  setSpreadsheetLocale(locale: string): void {
    this._change().locale = String(locale);
  }

  /** Recorded in the world's UI state, where tests read it. */
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this._world.state.ui.toasts.push({ message: String(msg), title: title === undefined ? '' : String(title) });
  }

  // Sheets

  getSheets(): Sheet[] {
    return this._state().sheets.map((s) => sheetHandle(this._world, this._ssId, s.sheetId));
  }

  getNumSheets(): number {
    return this._state().sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const sheet = sheetByName(this._state(), name);
    return sheet ? sheetHandle(this._world, this._ssId, sheet.sheetId) : null;
  }

  getSheetById(id: number): Sheet | null {
    const sheet = this._state().sheets.find((s) => s.sheetId === id);
    return sheet ? sheetHandle(this._world, this._ssId, sheet.sheetId) : null;
  }

  getActiveSheet(): Sheet {
    return sheetHandle(this._world, this._ssId, this._activeSheet().sheetId);
  }

  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    const state = this._sheetOf(sheet, 'setActiveSheet');
    const ss = this._state();
    state.hidden = false;
    ss.activeSheetIndex = ss.sheets.indexOf(state);
    return sheetHandle(this._world, this._ssId, state.sheetId);
  }

  /** 1-based target position for the active sheet. */
  moveActiveSheet(pos: number): void {
    const ss = this._change();
    const sheet = this._activeSheet();
    ss.sheets.splice(ss.sheets.indexOf(sheet), 1);
    const index = Math.min(Math.max(pos - 1, 0), ss.sheets.length);
    ss.sheets.splice(index, 0, sheet);
    ss.activeSheetIndex = index;
  }

  renameActiveSheet(newName: string): void {
    const ss = this._change();
    const sheet = this._activeSheet();
    if (ss.sheets.some((s) => s !== sheet && s.name.toLowerCase() === String(newName).toLowerCase())) throw sheetsError(sheetExists(newName));
    sheet.name = String(newName);
  }

  /**
   * Adds a tab (name, 0-based index and template all optional) right after the active sheet unless an index
   * is given, and makes it active, as Sheets does.
   */
  insertSheet(a?: string | number | InsertOptions, b?: number | InsertOptions, c?: InsertOptions): Sheet {
    const ss = this._change();
    const name = typeof a === 'string' ? a : defaultSheetName(ss);
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : undefined;
    const options = [a, b, c].find((x): x is InsertOptions => typeof x === 'object' && x !== null);
    if (a !== undefined && typeof a !== 'string' && typeof a !== 'number' && typeof a !== 'object') {
      throw sheetsError(badParameters(typeLabel(a), 'SpreadsheetApp.Spreadsheet.insertSheet'));
    }
    if (ss.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw sheetsError(sheetExists(name));
    const at = Math.min(Math.max(index ?? ss.activeSheetIndex + 1, 0), ss.sheets.length);
    let sheet: SheetState;
    if (options?.template) {
      sheet = copySheetInto(ss, this._sheetOf(options.template, 'insertSheet'), name, at);
    } else {
      sheet = newSheetState(ss, name);
      ss.sheets.splice(at, 0, sheet);
    }
    ss.activeSheetIndex = at;
    return sheetHandle(this._world, this._ssId, sheet.sheetId);
  }

  deleteSheet(sheet: Sheet): void {
    const state = this._sheetOf(sheet, 'deleteSheet');
    const ss = this._change();
    if (ss.sheets.length === 1) throw sheetsError(REMOVE_ALL_SHEETS);
    const index = ss.sheets.indexOf(state);
    const active = ss.sheets[ss.activeSheetIndex];
    ss.sheets.splice(index, 1);
    ss.namedRanges = ss.namedRanges.filter((n) => n.sheetId !== state.sheetId);
    const stillActive = active ? ss.sheets.indexOf(active) : -1;
    ss.activeSheetIndex = stillActive >= 0 ? stillActive : Math.max(0, index - 1);
  }

  // Ranges

  /** "'Sheet name'!A1:B2", or plain A1 notation on the active sheet. */
  _resolve(a1: string): FakeRange {
    const ss = this._state();
    const { sheetName, ref } = splitSheet(String(a1));
    const sheet = sheetName === null ? this._activeSheet() : sheetByName(ss, sheetName);
    if (!sheet) throw sheetsError(RANGE_NOT_FOUND);
    const block = parseA1(ref, sheet.maxRows, sheet.maxColumns);
    if (!block) throw sheetsError(RANGE_NOT_FOUND);
    if (block.row + block.numRows - 1 > sheet.maxRows || block.column + block.numColumns - 1 > sheet.maxColumns) throw sheetsError(OUTSIDE_SHEET);
    return new FakeRange(this._world, this._ssId, sheet.sheetId, block);
  }

  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const r = this._resolve(a1Notation);
    return rangeHandle(this._world, this._ssId, r._sheetId, r._block);
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return rangeListHandle(
      this._world,
      a1Notations.map((a1) => this._resolve(a1)),
    );
  }

  /** Replaces an existing range of the same name, as the Sheets UI does. */
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    const r = unwrap(range, FakeRange, 'SpreadsheetApp.Spreadsheet.setNamedRange');
    const ss = this._change();
    if (!isValidRangeName(String(name))) throw sheetsError(NO_NAMED_RANGE);
    ss.namedRanges = ss.namedRanges.filter((n) => n.name !== name);
    ss.namedRanges.push({ name: String(name), sheetId: r._sheetId, ...r._block });
  }

  getRangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    const n = this._state().namedRanges.find((x) => x.name === name);
    return n ? rangeHandle(this._world, this._ssId, n.sheetId, { row: n.row, column: n.column, numRows: n.numRows, numColumns: n.numColumns }) : null;
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this._state().namedRanges.map((n) => namedRangeHandle(this._world, this._ssId, n.name));
  }

  removeNamedRange(name: string): void {
    const ss = this._change();
    ss.namedRanges = ss.namedRanges.filter((n) => n.name !== name);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this._state().sheets.flatMap((sheet) =>
      features(sheet)
        .protections.filter((p) => p.type === String(type))
        .map((p) => protectionHandle(this._world, this._ssId, sheet.sheetId, p.id)),
    );
  }

  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return textFinderHandle(this._world, this._ssId, { sheetId: null }, findText);
  }

  /** A new file in the user's My Drive holding a deep copy of every sheet. */
  copy(name: string): Spreadsheet {
    const source = this._state();
    requireFileRole(this._world, this._ssId, 'reader');
    // No drive.file grant, as for SpreadsheetApp.create: the Sheets service made it, not the Drive API.
    const item = createDriveItem(this._world, { name: String(name), mimeType: SHEETS_MIME, appGrant: false });
    const copy: SpreadsheetState = { ...structuredClone(source), id: item.id, name: String(name) };
    for (const sheet of copy.sheets) features(sheet).protections = [];
    this._world.state.spreadsheets[item.id] = copy;
    return spreadsheetHandle(this._world, item.id);
  }
}
