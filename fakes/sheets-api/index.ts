// The Advanced Sheets service (`Sheets`, API v4) over the same in-memory spreadsheets as the SpreadsheetApp fake.

import { effectiveRole, hasRole } from '../drive/items';
import { FakeServiceError } from '../errors';
import { canEditProtection } from '../sheets/access';
import { FakeProtection } from '../sheets/protection';
import type { SheetState, SpreadsheetState } from '../sheets/state';
import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { InvalidRequest, SheetsApiError } from './errors';
import { type GetOptions, readSpreadsheet } from './read';
import { type ApplyContext, applyRequest } from './requests';
import { type BatchGetOptions, batchGetValues } from './values';

type Spreadsheets = GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
type Values = GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection;

/**
 * Access as the API checks it: the file's Drive sharing (reader to get, writer to update). An id that names no file is
 * 404 "Requested entity was not found."; a file not shared with the caller, or only for reading when writing, is 403
 * "The caller does not have permission" — the Sheets API does not hide a file's existence as Drive's drive.file does
 * (https://developers.google.com/sheets/api/limits#error, https://cloud.google.com/apis/design/errors#handling_errors;
 * the 403 for an unshared sheet: https://github.com/googleapis/google-api-ruby-client/issues/461,
 * https://github.com/gglukmann/use-google-sheets/issues/37).
 */
function open(world: FakeWorld, call: string, id: string, min: 'reader' | 'writer'): SpreadsheetState {
  const ss = world.state.spreadsheets[id];
  const item = world.state.drive[id];
  const role = item ? effectiveRole(world, id, world.activeUser) : 'owner';
  if (!ss) throw new SheetsApiError(call, 404, 'Requested entity was not found.');
  if (role === null || !hasRole(role, min)) throw new SheetsApiError(call, 403, 'The caller does not have permission');
  return ss;
}

/** Explicit editors as stored; a protection never changed lists whoever can edit the file (as SpreadsheetApp shows it). */
function editorsOf(world: FakeWorld, ssId: string) {
  return (sheet: SheetState) => (p: Parameters<FakeProtection['_editors']>[0]) =>
    p.editors ?? new FakeProtection(world, ssId, sheet.sheetId, p.id)._fileEditors();
}

/** `Sheets.Spreadsheets.Values`: batchGet only; every other member is "not implemented in fakes". */
class FakeValues implements Pick<Values, 'batchGet'> {
  constructor(readonly _world: FakeWorld) {}

  /**
   * One call for every range (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet),
   * reader access as for get; the cells it returns are counted as read.
   */
  batchGet(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse {
    const ss = open(this._world, 'values.batchGet', spreadsheetId, 'reader');
    try {
      const { valueRanges, cells } = batchGetValues(ss, (optionalArgs ?? {}) as BatchGetOptions);
      this._world.counter.read(cells);
      return structuredClone({ spreadsheetId, valueRanges });
    } catch (e) {
      if (e instanceof InvalidRequest) throw new SheetsApiError('values.batchGet', 400, e.reason);
      throw e;
    }
  }
}

class FakeSpreadsheets implements Pick<Spreadsheets, 'get' | 'batchUpdate'> {
  readonly Values: Values;
  constructor(readonly _world: FakeWorld) {
    this.Values = surface(new FakeValues(_world), 'Sheets.Spreadsheets.Values', _world) as unknown as Values;
  }

  get(spreadsheetId: string, optionalArgs?: GetOptions): GoogleAppsScript.Sheets.Schema.Spreadsheet {
    const ss = open(this._world, 'get', spreadsheetId, 'reader');
    try {
      return structuredClone(
        readSpreadsheet(ss, optionalArgs ?? {}, editorsOf(this._world, spreadsheetId), (p) => canEditProtection(this._world, spreadsheetId, p)),
      );
    } catch (e) {
      if (e instanceof InvalidRequest) throw new SheetsApiError('get', 400, e.reason);
      throw e;
    }
  }

  /**
   * Validates and applies every request on a copy, then commits the copy: "Each request is validated before being
   * applied. If any request is not valid then the entire request will fail and nothing will be applied ... the
   * updates in the request will be applied together atomically"
   * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate). One call, however many
   * requests. Errors name the request: "Invalid requests[3].addSheet: A sheet with the name "X" already exists."
   */
  batchUpdate(
    resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest,
    spreadsheetId: string,
  ): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse {
    const original = open(this._world, 'batchUpdate', spreadsheetId, 'writer');
    const requests = resource?.requests ?? [];
    if (requests.length === 0) throw new SheetsApiError('batchUpdate', 400, 'Invalid requests: at least one request is required.');
    const copy = structuredClone(original);
    const ctx: ApplyContext = {
      world: this._world,
      ss: copy,
      editorsOf: editorsOf(this._world, spreadsheetId),
      canEdit: (p) => canEditProtection(this._world, spreadsheetId, p),
    };
    const replies = requests.map((request, i) => {
      try {
        return applyRequest(ctx, request);
      } catch (e) {
        const kind = Object.keys(request).find((k) => (request as Record<string, unknown>)[k] != null) ?? '';
        if (e instanceof InvalidRequest) throw new SheetsApiError('batchUpdate', 400, `Invalid requests[${i}].${kind}: ${e.reason}`);
        // A protection that binds the user: the API answers with Sheets' own protection message.
        if (e instanceof FakeServiceError && !(e instanceof SheetsApiError)) throw new SheetsApiError('batchUpdate', 400, e.message);
        throw e;
      }
    });
    this._world.state.spreadsheets[spreadsheetId] = copy;
    const item = this._world.state.drive[spreadsheetId];
    if (item) item.modifiedTime = this._world.clock.now();
    return { spreadsheetId, replies };
  }
}

export interface FakeAdvancedSheets {
  Spreadsheets: Spreadsheets;
}

/** The `Sheets` global; each Spreadsheets.get / batchUpdate is one counted call ("Sheets.Spreadsheets"), scope spreadsheets. */
export function createAdvancedSheets(world: FakeWorld): GoogleAppsScript.Sheets {
  const service = { Spreadsheets: surface(new FakeSpreadsheets(world), 'Sheets.Spreadsheets', world) as unknown as Spreadsheets };
  return surface(service, 'Sheets', world) as unknown as GoogleAppsScript.Sheets;
}

export { SheetsApiError } from './errors';
