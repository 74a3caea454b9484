// TextFinder: searches displayed text of a range, a sheet or the whole spreadsheet, row by row.

import type { FakeWorld } from '../world';
import type { Block } from './a1';
import { requireEditable } from './access';
import { spreadsheetState } from './book';
import { expose, type SelfAware, unwrap } from './handle';
import { FakeRange, rangeHandle } from './range';
import { readDisplayValues, readFormulas, writeInput } from './values';

type TextFinder = GoogleAppsScript.Spreadsheet.TextFinder;
type Members =
  | 'findAll'
  | 'findNext'
  | 'findPrevious'
  | 'getCurrentMatch'
  | 'ignoreDiacritics'
  | 'matchCase'
  | 'matchEntireCell'
  | 'matchFormulaText'
  | 'replaceAllWith'
  | 'replaceWith'
  | 'startFrom'
  | 'useRegularExpression';

/** Where to search: one block of one sheet, or (sheetId null) every sheet in tab order. */
export interface SearchScope {
  sheetId: number | null;
  block?: Block;
}

interface Hit {
  sheetIndex: number;
  sheetId: number;
  r0: number;
  c0: number;
}

export function textFinderHandle(world: FakeWorld, ssId: string, scope: SearchScope, text: string): TextFinder {
  return expose<TextFinder>(world, 'TextFinder', new FakeTextFinder(world, ssId, scope, String(text)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function order(a: Hit, b: Hit): number {
  return a.sheetIndex - b.sheetIndex || a.r0 - b.r0 || a.c0 - b.c0;
}

export class FakeTextFinder implements Pick<TextFinder, Members>, SelfAware<TextFinder> {
  _self!: TextFinder;
  _case = false;
  _entire = false;
  _regex = false;
  _formulas = false;
  _cursor: Hit | null = null;
  _current: Hit | null = null;

  constructor(
    readonly _world: FakeWorld,
    readonly _ssId: string,
    readonly _scope: SearchScope,
    readonly _text: string,
  ) {}

  _pattern(flags = ''): RegExp {
    const body = this._regex ? this._text : escapeRegExp(this._text);
    return new RegExp(this._entire ? `^(?:${body})$` : body, (this._case ? '' : 'i') + flags);
  }

  _hits(): Hit[] {
    const ss = spreadsheetState(this._world, this._ssId);
    const pattern = this._pattern();
    const hits: Hit[] = [];
    ss.sheets.forEach((sheet, sheetIndex) => {
      if (this._scope.sheetId !== null && sheet.sheetId !== this._scope.sheetId) return;
      const block = this._scope.block ?? { row: 1, column: 1, numRows: Math.max(sheet.values.length, 1), numColumns: sheet.maxColumns };
      const shown = readDisplayValues(ss, sheet, block);
      const formulas = this._formulas ? readFormulas(sheet, block) : null;
      shown.forEach((row, r) => {
        row.forEach((text, c) => {
          const candidate = formulas?.[r][c] || text;
          if (candidate !== '' && pattern.test(candidate))
            hits.push({ sheetIndex, sheetId: sheet.sheetId, r0: block.row - 1 + r, c0: block.column - 1 + c });
        });
      });
    });
    return hits;
  }

  _range(hit: Hit): GoogleAppsScript.Spreadsheet.Range {
    return rangeHandle(this._world, this._ssId, hit.sheetId, { row: hit.r0 + 1, column: hit.c0 + 1, numRows: 1, numColumns: 1 });
  }

  matchCase(matchCase: boolean): TextFinder {
    this._case = Boolean(matchCase);
    return this._self;
  }
  matchEntireCell(matchEntireCell: boolean): TextFinder {
    this._entire = Boolean(matchEntireCell);
    return this._self;
  }
  useRegularExpression(useRegEx: boolean): TextFinder {
    this._regex = Boolean(useRegEx);
    return this._self;
  }
  matchFormulaText(matchFormulaText: boolean): TextFinder {
    this._formulas = Boolean(matchFormulaText);
    return this._self;
  }
  ignoreDiacritics(_ignoreDiacritics: boolean): TextFinder {
    return this._self;
  }

  /** Searching resumes after this cell. */
  startFrom(startRange: GoogleAppsScript.Spreadsheet.Range): TextFinder {
    const r = unwrap(startRange, FakeRange, 'SpreadsheetApp.TextFinder.startFrom');
    const ss = spreadsheetState(this._world, this._ssId);
    this._cursor = {
      sheetIndex: ss.sheets.findIndex((s) => s.sheetId === r._sheetId),
      sheetId: r._sheetId,
      r0: r._block.row - 1,
      c0: r._block.column - 1,
    };
    return this._self;
  }

  findNext(): GoogleAppsScript.Spreadsheet.Range | null {
    const cursor = this._cursor;
    const hit = this._hits().find((h) => !cursor || order(h, cursor) > 0) ?? null;
    if (hit) this._cursor = hit;
    this._current = hit;
    return hit ? this._range(hit) : null;
  }

  findPrevious(): GoogleAppsScript.Spreadsheet.Range | null {
    const cursor = this._cursor;
    const before = this._hits().filter((h) => !cursor || order(h, cursor) < 0);
    const hit = before[before.length - 1] ?? null;
    if (hit) this._cursor = hit;
    this._current = hit;
    return hit ? this._range(hit) : null;
  }

  findAll(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._hits().map((h) => this._range(h));
  }

  getCurrentMatch(): GoogleAppsScript.Spreadsheet.Range | null {
    return this._current ? this._range(this._current) : null;
  }

  _replace(hits: Hit[], replaceText: string): number {
    const ss = spreadsheetState(this._world, this._ssId);
    const pattern = this._pattern('g');
    for (const hit of hits) {
      const sheet = ss.sheets[hit.sheetIndex];
      const block = { row: hit.r0 + 1, column: hit.c0 + 1, numRows: 1, numColumns: 1 };
      requireEditable(this._world, this._ssId, sheet, block);
      const source = this._formulas
        ? readFormulas(sheet, block)[0][0] || readDisplayValues(ss, sheet, block)[0][0]
        : readDisplayValues(ss, sheet, block)[0][0];
      writeInput(ss, sheet, hit.r0, hit.c0, source.replace(pattern, replaceText));
    }
    this._world.counter.wrote(hits.length);
    return hits.length;
  }

  /** Replaces every match and returns how many cells changed. */
  replaceAllWith(replaceText: string): number {
    return this._replace(this._hits(), replaceText);
  }

  replaceWith(replaceText: string): number {
    return this._current ? this._replace([this._current], replaceText) : 0;
  }
}
