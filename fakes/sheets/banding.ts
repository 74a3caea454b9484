// Banding: alternating row or column colours over a range, kept in the sheet's features.

import type { FakeWorld } from '../world';
import { overlaps, requireEditable } from './access';
import { features, nextObjectId, sheetState } from './book';
import { expose, type SelfAware, unwrap } from './handle';
import { BANDING_OVERLAP, sheetsError } from './messages';
import { FakeRange, rangeHandle } from './range';
import type { BandingState, GridRangeState, SpreadsheetState } from './state';

type Banding = GoogleAppsScript.Spreadsheet.Banding;
type Members =
  | 'copyTo'
  | 'getFirstColumnColor'
  | 'getFirstRowColor'
  | 'getFooterColumnColor'
  | 'getFooterRowColor'
  | 'getHeaderColumnColor'
  | 'getHeaderRowColor'
  | 'getRange'
  | 'getSecondColumnColor'
  | 'getSecondRowColor'
  | 'remove'
  | 'setFirstColumnColor'
  | 'setFirstRowColor'
  | 'setFooterColumnColor'
  | 'setFooterRowColor'
  | 'setHeaderColumnColor'
  | 'setHeaderRowColor'
  | 'setRange'
  | 'setSecondColumnColor'
  | 'setSecondRowColor';

type ColorKey = 'headerColor' | 'firstColor' | 'secondColor' | 'footerColor';

export function newBandingState(
  ss: SpreadsheetState,
  range: GridRangeState,
  dimension: 'ROWS' | 'COLUMNS',
  theme: string,
  colors: [string, string, string, string],
  showHeader: boolean,
  showFooter: boolean,
): BandingState {
  return {
    id: nextObjectId(ss),
    range,
    dimension,
    theme,
    headerColor: showHeader ? colors[0] : null,
    firstColor: colors[1],
    secondColor: colors[2],
    footerColor: showFooter ? colors[3] : null,
  };
}

export function bandingHandle(world: FakeWorld, ssId: string, sheetId: number, id: number): Banding {
  return expose<Banding>(world, 'Banding', new FakeBanding(world, ssId, sheetId, id));
}

export class FakeBanding implements Pick<Banding, Members>, SelfAware<Banding> {
  _self!: Banding;

  constructor(
    readonly _world: FakeWorld,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _id: number,
  ) {}

  _state(): BandingState {
    const b = features(sheetState(this._world, this._ssId, this._sheetId)).bandings.find((x) => x.id === this._id);
    if (!b) throw sheetsError('The banding has been removed.');
    return b;
  }

  _get(key: ColorKey, dimension: 'ROWS' | 'COLUMNS'): string | null {
    const b = this._state();
    return b.dimension === dimension ? b[key] : null;
  }

  _set(key: ColorKey, color: string | null): Banding {
    const sheet = sheetState(this._world, this._ssId, this._sheetId);
    requireEditable(this._world, this._ssId, sheet, null);
    this._state()[key] = color;
    return this._self;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const r = this._state().range;
    return rangeHandle(this._world, this._ssId, r.sheetId, { row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns });
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): Banding {
    const r = unwrap(range, FakeRange, 'SpreadsheetApp.Banding.setRange');
    const b = this._state();
    b.range = { sheetId: r._sheetId, ...r._block };
    return this._self;
  }

  copyTo(range: GoogleAppsScript.Spreadsheet.Range): Banding {
    const r = unwrap(range, FakeRange, 'SpreadsheetApp.Banding.copyTo');
    const sheet = sheetState(this._world, r._ssId, r._sheetId);
    requireEditable(this._world, r._ssId, sheet, r._block);
    const f = features(sheet);
    if (f.bandings.some((b) => overlaps(b.range, r._block))) throw sheetsError(BANDING_OVERLAP);
    const copy: BandingState = { ...structuredClone(this._state()), id: nextObjectId(r._ss()), range: { sheetId: r._sheetId, ...r._block } };
    f.bandings.push(copy);
    return bandingHandle(this._world, r._ssId, r._sheetId, copy.id);
  }

  remove(): void {
    const sheet = sheetState(this._world, this._ssId, this._sheetId);
    requireEditable(this._world, this._ssId, sheet, null);
    const f = features(sheet);
    f.bandings = f.bandings.filter((b) => b.id !== this._id);
  }

  getHeaderRowColor(): string | null {
    return this._get('headerColor', 'ROWS');
  }
  getFirstRowColor(): string | null {
    return this._get('firstColor', 'ROWS');
  }
  getSecondRowColor(): string | null {
    return this._get('secondColor', 'ROWS');
  }
  getFooterRowColor(): string | null {
    return this._get('footerColor', 'ROWS');
  }
  getHeaderColumnColor(): string | null {
    return this._get('headerColor', 'COLUMNS');
  }
  getFirstColumnColor(): string | null {
    return this._get('firstColor', 'COLUMNS');
  }
  getSecondColumnColor(): string | null {
    return this._get('secondColor', 'COLUMNS');
  }
  getFooterColumnColor(): string | null {
    return this._get('footerColor', 'COLUMNS');
  }
  setHeaderRowColor(color: string | null): Banding {
    return this._set('headerColor', color);
  }
  setFirstRowColor(color: string | null): Banding {
    return this._set('firstColor', color);
  }
  setSecondRowColor(color: string | null): Banding {
    return this._set('secondColor', color);
  }
  setFooterRowColor(color: string | null): Banding {
    return this._set('footerColor', color);
  }
  setHeaderColumnColor(color: string | null): Banding {
    return this._set('headerColor', color);
  }
  setFirstColumnColor(color: string | null): Banding {
    return this._set('firstColor', color);
  }
  setSecondColumnColor(color: string | null): Banding {
    return this._set('secondColor', color);
  }
  setFooterColumnColor(color: string | null): Banding {
    return this._set('footerColor', color);
  }
}
