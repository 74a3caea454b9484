// Which conditional format rule colours a cell, as Sheets decides it: the first rule (in order) whose range holds the
// cell and whose condition is true. Custom formulas are written for the range's top-left cell; relative references
// move with the cell ("=AND(ISNUMBER(F2),F2<0.75)" reads F3 on the next row). A formula this view cannot read
// colours nothing — the view never guesses a colour Sheets would not show.
// https://support.google.com/docs/answer/78413 (Use conditional formatting rules in Google Sheets)

import { columnNumber } from '../fakes/sheets/a1';
import type { ConditionalFormatRuleState, JsonValue } from '../fakes/sheets/state';

/** A cell's value as the grid holds it (dates as epoch ms under `d`). */
export type GridValue = string | number | boolean | { d: number };
/** Reads a cell of the rule's sheet, 1-based; '' when empty. */
export type Lookup = (row: number, column: number) => GridValue;

type Value = string | number | boolean;

const SERIAL_EPOCH_DAYS = 25569;

function plain(v: GridValue): Value {
  return typeof v === 'object' ? v.d / 86_400_000 + SERIAL_EPOCH_DAYS : v;
}

class Unreadable extends Error {}

/** Evaluates a custom formula for the cell `dr` rows and `dc` columns from the range's top-left cell. */
export function evaluateCustom(formula: string, lookup: Lookup, dr: number, dc: number): Value {
  const src = formula.replace(/^=/, '');
  let i = 0;
  const ws = () => {
    while (src[i] === ' ') i++;
  };
  const expr = (): Value => compare();
  const compare = (): Value => {
    const left = additive();
    ws();
    const op = /^(<=|>=|<>|=|<|>)/.exec(src.slice(i))?.[0];
    if (!op) return left;
    i += op.length;
    const right = additive();
    const [a, b] = [left, right];
    const num = typeof a === 'number' && typeof b === 'number';
    const x = num ? a : String(a).toLowerCase();
    const y = num ? b : String(b).toLowerCase();
    if (op === '=') return typeof a === typeof b ? x === y : a === '' ? b === 0 || b === false : false;
    if (op === '<>') return x !== y;
    if (!num && (typeof a === 'number' || typeof b === 'number')) return typeof a === 'number' ? op.startsWith('<') : op.startsWith('>');
    return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
  };
  const additive = (): Value => {
    let v = term();
    for (;;) {
      ws();
      const op = src[i];
      if (op !== '+' && op !== '-') return v;
      i++;
      const r = term();
      v = op === '+' ? toNumber(v) + toNumber(r) : toNumber(v) - toNumber(r);
    }
  };
  const term = (): Value => {
    let v = unary();
    for (;;) {
      ws();
      const op = src[i];
      if (op !== '*' && op !== '/') return v;
      i++;
      const r = unary();
      v = op === '*' ? toNumber(v) * toNumber(r) : toNumber(v) / toNumber(r);
    }
  };
  const unary = (): Value => {
    ws();
    if (src[i] === '-') {
      i++;
      return -toNumber(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    ws();
    const rest = src.slice(i);
    const num = /^\d+(\.\d+)?/.exec(rest);
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    const str = /^"((?:[^"]|"")*)"/.exec(rest);
    if (str) {
      i += str[0].length;
      return str[1].replace(/""/g, '"');
    }
    const call = /^([A-Z]+)\(/i.exec(rest);
    if (call) {
      i += call[0].length;
      const args: Value[] = [];
      ws();
      if (src[i] !== ')') {
        for (;;) {
          args.push(expr());
          ws();
          if (src[i] === ',') {
            i++;
            continue;
          }
          break;
        }
      }
      if (src[i] !== ')') throw new Unreadable();
      i++;
      return apply(call[1].toUpperCase(), args);
    }
    const ref = /^(\$?)([A-Z]{1,3})(\$?)(\d+)/i.exec(rest);
    if (ref) {
      i += ref[0].length;
      const column = columnNumber(ref[2].toUpperCase()) + (ref[1] ? 0 : dc);
      const row = Number(ref[4]) + (ref[3] ? 0 : dr);
      return plain(lookup(row, column));
    }
    const bool = /^(TRUE|FALSE)\b/i.exec(rest);
    if (bool) {
      i += bool[0].length;
      return bool[1].toUpperCase() === 'TRUE';
    }
    if (src[i] === '(') {
      i++;
      const v = expr();
      ws();
      if (src[i] !== ')') throw new Unreadable();
      i++;
      return v;
    }
    throw new Unreadable();
  };
  const value = expr();
  ws();
  if (i !== src.length) throw new Unreadable();
  return value;
}

function toNumber(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new Unreadable();
  return n;
}

function truthy(v: Value): boolean {
  return typeof v === 'string' ? v.toUpperCase() === 'TRUE' : Boolean(v);
}

function apply(name: string, args: Value[]): Value {
  switch (name) {
    case 'AND':
      return args.every(truthy);
    case 'OR':
      return args.some(truthy);
    case 'NOT':
      return !truthy(args[0]);
    case 'ISNUMBER':
      return typeof args[0] === 'number';
    case 'ISBLANK':
      return args[0] === '';
    default:
      throw new Unreadable();
  }
}

const num = (v: JsonValue): number => Number(v);

/** Whether a rule's condition holds for one cell (false for a condition this view cannot read). */
function holds(rule: ConditionalFormatRuleState, value: GridValue, lookup: Lookup, dr: number, dc: number): boolean {
  const v = plain(value);
  const isNum = typeof v === 'number';
  const [a, b] = rule.values;
  try {
    switch (rule.criteria) {
      case 'CUSTOM_FORMULA':
        return truthy(evaluateCustom(String(a), lookup, dr, dc));
      case 'CELL_EMPTY':
        return v === '';
      case 'CELL_NOT_EMPTY':
        return v !== '';
      case 'NUMBER_LESS_THAN':
        return isNum && v < num(a);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return isNum && v <= num(a);
      case 'NUMBER_GREATER_THAN':
        return isNum && v > num(a);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return isNum && v >= num(a);
      case 'NUMBER_EQUAL_TO':
        return isNum && v === num(a);
      case 'NUMBER_NOT_EQUAL_TO':
        return isNum && v !== num(a);
      case 'NUMBER_BETWEEN':
        return isNum && v >= Math.min(num(a), num(b)) && v <= Math.max(num(a), num(b));
      case 'NUMBER_NOT_BETWEEN':
        return isNum && (v < Math.min(num(a), num(b)) || v > Math.max(num(a), num(b)));
      case 'TEXT_CONTAINS':
        return String(v).toLowerCase().includes(String(a).toLowerCase());
      case 'TEXT_DOES_NOT_CONTAIN':
        return !String(v).toLowerCase().includes(String(a).toLowerCase());
      case 'TEXT_EQUAL_TO':
        return String(v).toLowerCase() === String(a).toLowerCase();
      case 'TEXT_STARTS_WITH':
        return String(v).toLowerCase().startsWith(String(a).toLowerCase());
      case 'TEXT_ENDS_WITH':
        return String(v).toLowerCase().endsWith(String(a).toLowerCase());
      default:
        return false;
    }
  } catch (e) {
    if (e instanceof Unreadable) return false;
    throw e;
  }
}

/** The format of the first rule that applies to the cell at (row, column), 1-based, or null. */
export function conditionalFormatAt(
  rules: readonly ConditionalFormatRuleState[],
  sheetId: number,
  row: number,
  column: number,
  lookup: Lookup,
): ConditionalFormatRuleState['format'] | null {
  for (const rule of rules) {
    const range = rule.ranges.find(
      (r) => r.sheetId === sheetId && row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns,
    );
    if (!range) continue;
    if (holds(rule, lookup(row, column), lookup, row - rule.ranges[0].row, column - rule.ranges[0].column)) return rule.format;
  }
  return null;
}
