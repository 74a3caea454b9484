// Moving a formula's relative references, as Sheets does when one formula fills a block or is copied.

import { columnLetters, columnNumber } from './a1';

const REF = /(^|[^A-Za-z0-9_$.'])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/** Shifts unanchored references by `dr` rows and `dc` columns; text inside string literals is left alone. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (_m, pre: string, colAnchor: string, col: string, rowAnchor: string, row: string) => {
            const c = colAnchor ? col : columnLetters(Math.max(1, columnNumber(col) + dc));
            const r = rowAnchor ? row : String(Math.max(1, Number(row) + dr));
            return `${pre}${colAnchor}${c.toUpperCase()}${rowAnchor}${r}`;
          }),
    )
    .join('');
}
