// NamedRange: a spreadsheet-wide name for a block, kept in SpreadsheetState.namedRanges.

import type { FakeWorld } from '../world';
import { requireFileRole } from './access';
import { spreadsheetState } from './book';
import { expose, type SelfAware, unwrap } from './handle';
import { sheetsError } from './messages';
import { FakeRange, rangeHandle } from './range';
import type { SpreadsheetState } from './state';

type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;
type Entry = SpreadsheetState['namedRanges'][number];

export function namedRangeHandle(world: FakeWorld, ssId: string, name: string): NamedRange {
  return expose<NamedRange>(world, 'NamedRange', new FakeNamedRange(world, ssId, name));
}

/** Range names: a letter or underscore first, then letters, digits, underscores or dots; never a cell reference. */
export function isValidRangeName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.]{0,249}$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(true|false)$/i.test(name);
}

export class FakeNamedRange implements Pick<NamedRange, 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'>, SelfAware<NamedRange> {
  _self!: NamedRange;

  constructor(
    readonly _world: FakeWorld,
    readonly _ssId: string,
    public _name: string,
  ) {}

  _entry(): Entry {
    const entry = spreadsheetState(this._world, this._ssId).namedRanges.find((n) => n.name === this._name);
    if (!entry) throw sheetsError(`Named range ${this._name} not found.`);
    return entry;
  }

  getName(): string {
    return this._entry().name;
  }

  setName(name: string): NamedRange {
    requireFileRole(this._world, this._ssId, 'writer');
    if (!isValidRangeName(name)) throw sheetsError('The range name is invalid.');
    this._entry().name = name;
    this._name = name;
    return this._self;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const e = this._entry();
    return rangeHandle(this._world, this._ssId, e.sheetId, { row: e.row, column: e.column, numRows: e.numRows, numColumns: e.numColumns });
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): NamedRange {
    const r = unwrap(range, FakeRange, 'SpreadsheetApp.NamedRange.setRange');
    requireFileRole(this._world, this._ssId, 'writer');
    Object.assign(this._entry(), { sheetId: r._sheetId, ...r._block });
    return this._self;
  }

  remove(): void {
    requireFileRole(this._world, this._ssId, 'writer');
    const ss = spreadsheetState(this._world, this._ssId);
    ss.namedRanges = ss.namedRanges.filter((n) => n.name !== this._name);
  }
}
