// RangeList: several ranges changed by one call (one counted call, whatever the number of ranges).

import type { FakeWorld } from '../world';
import { expose, type SelfAware } from './handle';
import { type FakeRange, rangeHandle } from './range';

type RangeList = GoogleAppsScript.Spreadsheet.RangeList;
type Members =
  | 'activate'
  | 'breakApart'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getRanges'
  | 'insertCheckboxes'
  | 'removeCheckboxes'
  | 'setBackground'
  | 'setBorder'
  | 'setFontColor'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFormula'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNumberFormat'
  | 'setValue'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'trimWhitespace'
  | 'uncheck';

export function rangeListHandle(world: FakeWorld, ranges: FakeRange[]): RangeList {
  return expose<RangeList>(world, 'RangeList', new FakeRangeList(world, ranges));
}

export class FakeRangeList implements Pick<RangeList, Members>, SelfAware<RangeList> {
  _self!: RangeList;

  constructor(
    readonly _world: FakeWorld,
    readonly _ranges: FakeRange[],
  ) {}

  /** Calls the raw (uncounted) Range method on each member. */
  _each(fn: (r: FakeRange) => unknown): RangeList {
    for (const r of this._ranges) fn(r);
    return this._self;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._ranges.map((r) => rangeHandle(this._world, r._ssId, r._sheetId, r._block));
  }
  activate(): RangeList {
    return this._each((r) => r.activate());
  }
  breakApart(): RangeList {
    return this._each((r) => r.breakApart());
  }
  check(): RangeList {
    return this._each((r) => r.check());
  }
  uncheck(): RangeList {
    return this._each((r) => r.uncheck());
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): RangeList {
    return this._each((r) => r.insertCheckboxes(checkedValue, uncheckedValue));
  }
  removeCheckboxes(): RangeList {
    return this._each((r) => r.removeCheckboxes());
  }
  clear(options?: Parameters<FakeRange['clear']>[0]): RangeList {
    return this._each((r) => r.clear(options));
  }
  clearContent(): RangeList {
    return this._each((r) => r.clearContent());
  }
  clearDataValidations(): RangeList {
    return this._each((r) => r.clearDataValidations());
  }
  clearFormat(): RangeList {
    return this._each((r) => r.clearFormat());
  }
  clearNote(): RangeList {
    return this._each((r) => r.clearNote());
  }
  setBackground(color: string | null): RangeList {
    return this._each((r) => r.setBackground(color));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): RangeList {
    return this._each((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }
  setFontColor(color: string | null): RangeList {
    return this._each((r) => r.setFontColor(color));
  }
  setFontFamily(fontFamily: string | null): RangeList {
    return this._each((r) => r.setFontFamily(fontFamily));
  }
  setFontSize(size: number): RangeList {
    return this._each((r) => r.setFontSize(size));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): RangeList {
    return this._each((r) => r.setFontStyle(fontStyle));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): RangeList {
    return this._each((r) => r.setFontWeight(fontWeight));
  }
  setFormula(formula: string): RangeList {
    return this._each((r) => r.setFormula(formula));
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeList {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): RangeList {
    return this._each((r) => r.setVerticalAlignment(alignment));
  }
  setNote(note: string | null): RangeList {
    return this._each((r) => r.setNote(note));
  }
  setNumberFormat(numberFormat: string): RangeList {
    return this._each((r) => r.setNumberFormat(numberFormat));
  }
  setValue(value: unknown): RangeList {
    return this._each((r) => r.setValue(value));
  }
  setWrap(isWrapEnabled: boolean): RangeList {
    return this._each((r) => r.setWrap(isWrapEnabled));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): RangeList {
    return this._each((r) => r.setWrapStrategy(strategy));
  }
  trimWhitespace(): RangeList {
    return this._each((r) => r.trimWhitespace());
  }
}
