// A deliberately tiny formula evaluator: literals, cell references and arithmetic; anything else is '#ERROR!'.

import { columnNumber } from './a1';
import type { CellValue } from './state';

/** Reads a referenced cell (1-based); null sheet name means the formula's own sheet. Null when the sheet is missing. */
export type CellLookup = (sheetName: string | null, row: number, column: number) => CellValue | null;

const ERROR = '#ERROR!';

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_ ]*)!\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}\$?\d+)(?![A-Za-z0-9_(])|(TRUE|FALSE)(?![A-Za-z0-9_(])|([-+*/&()]))/y;

type Token =
  | { kind: 'num'; v: number }
  | { kind: 'str'; v: string }
  | { kind: 'ref'; v: string }
  | { kind: 'bool'; v: boolean }
  | { kind: 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError(ERROR);
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ kind: 'str', v: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: 'ref', v: m[3] });
    else if (m[4] !== undefined) out.push({ kind: 'bool', v: m[4].toUpperCase() === 'TRUE' });
    else out.push({ kind: 'op', v: m[5] });
  }
  return out;
}

function toNumber(v: CellValue): number {
  if (v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  if (v.startsWith('#')) throw new FormulaError(v);
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function toText(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return String(toNumber(v));
  if (typeof v === 'string' && v.startsWith('#')) throw new FormulaError(v);
  return String(v);
}

/** Evaluates `formula` (with its leading "="); errors come back as Sheets error strings. */
export function evaluateFormula(formula: string, lookup: CellLookup): CellValue {
  try {
    const tokens = tokenize(formula.slice(1));
    let i = 0;
    const peek = () => tokens[i];
    const isOp = (...ops: string[]) => {
      const t = peek();
      return t?.kind === 'op' && ops.includes(t.v);
    };
    const primary = (): CellValue => {
      const t = tokens[i++];
      if (!t) throw new FormulaError(ERROR);
      if (t.kind === 'num' || t.kind === 'str' || t.kind === 'bool') return t.v;
      if (t.kind === 'ref') return resolveRef(t.v, lookup);
      if (t.v === '(') {
        const v = concat();
        if (!isOp(')')) throw new FormulaError(ERROR);
        i++;
        return v;
      }
      if (t.v === '-') return -toNumber(primary());
      if (t.v === '+') return toNumber(primary());
      throw new FormulaError(ERROR);
    };
    const product = (): CellValue => {
      let v = primary();
      while (isOp('*', '/')) {
        const op = tokens[i++].v;
        const r = toNumber(primary());
        if (op === '/' && r === 0) throw new FormulaError('#DIV/0!');
        v = op === '*' ? toNumber(v) * r : toNumber(v) / r;
      }
      return v;
    };
    const sum = (): CellValue => {
      let v = product();
      while (isOp('+', '-')) {
        const op = tokens[i++].v;
        const r = toNumber(product());
        v = op === '+' ? toNumber(v) + r : toNumber(v) - r;
      }
      return v;
    };
    const concat = (): CellValue => {
      let v = sum();
      while (isOp('&')) {
        i++;
        v = toText(v) + toText(sum());
      }
      return v;
    };
    const result = concat();
    if (i !== tokens.length) throw new FormulaError(ERROR);
    return result;
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    throw e;
  }
}

function resolveRef(ref: string, lookup: CellLookup): CellValue {
  const bang = ref.lastIndexOf('!');
  let sheet: string | null = null;
  let cell = ref;
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    cell = ref.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(cell) as RegExpExecArray;
  const value = lookup(sheet, Number(m[2]), columnNumber(m[1]));
  if (value === null) throw new FormulaError('#REF!');
  return value;
}
