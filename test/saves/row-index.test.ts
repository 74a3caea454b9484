// The Row Index's pure parts: row lists survive their compact encoding, an index a person edited is refused (and so
// rebuilt), rows appended by others are indexed per student with their save keys, and long entries split across cells.

import {
  addRows,
  CELL_CHARS,
  decodeRows,
  emptyRowIndex,
  encodeRows,
  indexWrites,
  KEYS_KEPT,
  parseRowIndex,
  rowRanges,
} from '../../src/core/saves/row-index';

describe('the Row Index', () => {
  it('stores row lists as runs: consecutive rows cost a few characters, and every list reads back as written', () => {
    const runs = Array.from({ length: 10_000 }, (_, i) => i + 2);
    expect(encodeRows(runs)).toBe(`2+${(9_999).toString(36)}`);
    for (const rows of [[], [2], [2, 3, 4, 9, 11, 12], runs, Array.from({ length: 5_000 }, (_, i) => 2 + 2 * i)]) {
      expect(decodeRows(encodeRows(rows))).toEqual(rows);
    }
  });

  it('indexes rows others appended per student, keeps the latest save keys, and writes only what changed', () => {
    const index = emptyRowIndex(7, { 'Session Notes': 1, 'Step Check-offs': 2 }, 'America/New_York');
    // Columns: Student ID at 0, Note ID at 1.
    const notes = Array.from({ length: 30 }, (_, i) => [i % 2 ? '00101' : '00102', `N-key${i}`]);
    addRows(index, 'Session Notes', 2, notes, 0, 1);
    expect(index.students['00101'].notes).toEqual(Array.from({ length: 15 }, (_, i) => 3 + 2 * i));
    expect(Object.keys(index.students['00101'].keys)).toHaveLength(Math.min(15, KEYS_KEPT));
    expect(index.students['00102'].keys.key28).toBe(30);
    expect(index.sheets['Session Notes'].through).toBe(31);
    const { writes } = indexWrites(index);
    expect(writes.map((w) => w.row)).toEqual([2, 3, 4]);
    const parsed = parseRowIndex([['Student ID', 'Rows'], ...writes.map((w) => w.values)]);
    expect(parsed?.students['00101'].notes).toEqual(index.students['00101'].notes);
    expect(parsed?.sheets['Session Notes']).toEqual({ id: 1, through: 31 });
    expect(parsed?.timeZone).toBe('America/New_York');
    expect(indexWrites(parsed ?? index).writes).toEqual([]);
  });

  it('splits an entry longer than a cell across the next columns, and reads it back', () => {
    const index = emptyRowIndex(7, { 'Session Notes': 1, 'Step Check-offs': 2 }, 'UTC');
    const rows = Array.from({ length: 30_000 }, (_, i) => [i % 3 === 0 ? '00101' : `x${i % 7}`, '']);
    addRows(index, 'Session Notes', 2, rows, 0, 1);
    const { writes } = indexWrites(index);
    const long = writes.find((w) => w.values[0] === '00101');
    expect(long?.values.slice(1).every((c) => c.length <= CELL_CHARS)).toBe(true);
    const parsed = parseRowIndex([['Student ID', 'Rows'], ...writes.map((w) => w.values)]);
    expect(parsed?.students['00101'].notes).toHaveLength(10_000);
  });

  it('refuses an index a person edited, so the add-on makes it again', () => {
    expect(parseRowIndex([])).toBeNull();
    expect(
      parseRowIndex([
        ['Student ID', 'Rows'],
        ['*sheets', 'not json'],
      ]),
    ).toBeNull();
    expect(
      parseRowIndex([
        ['Student ID', 'Rows'],
        ['*sheets', '{"id":1,"sheets":{},"timeZone":"UTC"}'],
        ['00101', '{broken'],
      ]),
    ).toBeNull();
  });

  it('reads a student rows as one range per run', () => {
    expect(rowRanges('Session Notes', [9, 2, 3, 4], 'V').map((r) => r.range)).toEqual(["'Session Notes'!A2:V4", "'Session Notes'!A9:V9"]);
  });
});
