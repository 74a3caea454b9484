// Converting criteria arguments (dates, ranges) between what scripts pass and the JSON kept in state.

import type { FakeWorld } from '../world';
import { unwrap } from './handle';
import { FakeRange, rangeHandle } from './range';
import type { JsonValue } from './state';

/** A date becomes `{ d }`, a Range `{ range, ssId }`; everything else is kept as given. */
export function toCriteriaValue(v: unknown, method: string): JsonValue {
  if (v instanceof Date) return { d: v.getTime() };
  if (v instanceof FakeRange) {
    const r = unwrap(v, FakeRange, method);
    return { ssId: r._ssId, range: { sheetId: r._sheetId, ...r._block } };
  }
  if (Array.isArray(v)) return v.map((x) => toCriteriaValue(x, method));
  if (v === undefined) return null;
  return v as JsonValue;
}

export function fromCriteriaValue(world: FakeWorld, v: JsonValue): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    if ('d' in v && typeof v.d === 'number' && Object.keys(v).length === 1) return new Date(v.d);
    const o = v as Record<string, JsonValue>;
    const range = o.range as { sheetId: number; row: number; column: number; numRows: number; numColumns: number } | undefined;
    if (range && typeof o.ssId === 'string') {
      return rangeHandle(world, o.ssId, range.sheetId, {
        row: range.row,
        column: range.column,
        numRows: range.numRows,
        numColumns: range.numColumns,
      });
    }
  }
  if (Array.isArray(v)) return v.map((x) => fromCriteriaValue(world, x));
  return v;
}
