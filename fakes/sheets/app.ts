// SpreadsheetApp: opening and creating spreadsheets, the builders, the UI, and the enums scripts compare against.

import { createDriveItem, effectiveRole } from '../drive/items';
import { SHEETS_MIME } from '../drive/state';
import { createUi } from '../script/ui';
import type { FakeWorld } from '../world';
import { createSpreadsheetState, spreadsheetState } from './book';
import { requireIntegers } from './bounds';
import { conditionalFormatRuleBuilderHandle } from './conditional-format';
import { dataValidationBuilderHandle } from './data-validation';
import * as enums from './enums';
import { expose, type SelfAware, unwrap } from './handle';
import { NO_EDIT_PERMISSION, sheetsError, UI_CONTEXT } from './messages';
import { FakeSheet, sheetHandle } from './sheet';
import { spreadsheetHandle } from './spreadsheet';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type S = typeof GoogleAppsScript.Spreadsheet;

type Members =
  | 'BandingTheme'
  | 'BooleanCriteria'
  | 'BorderStyle'
  | 'DataValidationCriteria'
  | 'Dimension'
  | 'Direction'
  | 'ProtectionType'
  | 'SheetType'
  | 'WrapStrategy'
  | 'create'
  | 'flush'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'open'
  | 'openById'
  | 'openByUrl'
  | 'setActiveSheet';

/** Apps Script's answer to an id that is not a spreadsheet the service can open. */
const OPEN_FAILED = 'Unexpected error while getting the method or property openById on object SpreadsheetApp.';

export class FakeSpreadsheetApp implements Pick<App, Members>, SelfAware<App> {
  _self!: App;
  readonly BandingTheme = enums.BandingTheme as unknown as S['BandingTheme'];
  readonly BooleanCriteria = enums.BooleanCriteria as unknown as S['BooleanCriteria'];
  readonly BorderStyle = enums.BorderStyle as unknown as S['BorderStyle'];
  readonly DataValidationCriteria = enums.DataValidationCriteria as unknown as S['DataValidationCriteria'];
  readonly Dimension = enums.Dimension as unknown as S['Dimension'];
  readonly Direction = enums.Direction as unknown as S['Direction'];
  readonly ProtectionType = enums.ProtectionType as unknown as S['ProtectionType'];
  readonly SheetType = enums.SheetType as unknown as S['SheetType'];
  readonly WrapStrategy = enums.WrapStrategy as unknown as S['WrapStrategy'];

  constructor(readonly _world: FakeWorld) {}

  /** The spreadsheet the script is bound to or opened from; null in a standalone or Docs execution. */
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const id = this._world.execution.activeSpreadsheetId;
    if (id === null || !this._world.state.spreadsheets[id]) return null as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    return spreadsheetHandle(this._world, id);
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const id = this._world.execution.activeSpreadsheetId;
    if (id === null) return null as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const ss = spreadsheetState(this._world, id);
    const sheet = ss.sheets[Math.min(Math.max(ss.activeSheetIndex, 0), ss.sheets.length - 1)];
    return sheetHandle(this._world, id, sheet.sheetId);
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, _restoreSelection?: boolean): GoogleAppsScript.Spreadsheet.Sheet {
    const s = unwrap(sheet, FakeSheet, 'SpreadsheetApp.setActiveSheet');
    const ss = spreadsheetState(this._world, s._ssId);
    ss.activeSheetIndex = ss.sheets.findIndex((x) => x.sheetId === s._sheetId);
    return sheetHandle(this._world, s._ssId, s._sheetId);
  }

  /** Needs at least read access on the Drive file, like the real service. */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const item = this._world.state.drive[id];
    const ss = this._world.state.spreadsheets[id];
    if (!ss || (item && item.mimeType !== SHEETS_MIME)) throw sheetsError(OPEN_FAILED);
    if (item && effectiveRole(this._world, id, this._world.activeUser) === null) throw sheetsError(NO_EDIT_PERMISSION);
    return spreadsheetHandle(this._world, id);
  }

  openByUrl(url: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const m = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw sheetsError('Invalid argument: url');
    return this.openById(m[1]);
  }

  open(file: GoogleAppsScript.Drive.File): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.openById(file.getId());
  }

  /** A new file in the user's My Drive with one sheet, "Sheet1" (1000 × 26 unless given). */
  create(name: string, rows?: number, columns?: number): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (rows !== undefined || columns !== undefined) requireIntegers('SpreadsheetApp.create', [rows, columns]);
    // Whether a file made by SpreadsheetApp.create carries a drive.file grant is not documented: the fakes take the
    // strict reading (no grant), so code that needs the Drive API on it creates it with Drive.Files.create instead.
    // https://developers.google.com/workspace/drive/api/guides/api-specific-auth
    const item = createDriveItem(this._world, { name: String(name), mimeType: SHEETS_MIME, appGrant: false });
    this._world.state.spreadsheets[item.id] = createSpreadsheetState(item.id, String(name), rows, columns);
    return spreadsheetHandle(this._world, item.id);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    if (this._world.execution.host !== 'sheets') throw sheetsError(UI_CONTEXT);
    return createUi(this._world, 'sheets');
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return dataValidationBuilderHandle(this._world);
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return conditionalFormatRuleBuilderHandle(this._world);
  }

  /** Writes are applied at once in the fake, so there is nothing to flush. */
  flush(): void {}
}

export function createSpreadsheetAppFor(world: FakeWorld): App {
  return expose<App>(world, 'SpreadsheetApp', new FakeSpreadsheetApp(world));
}
