// User text stays text in a sheet; cells read back into the column's type; header upgrades keep user columns.

import { isoDateIn, literalText, readCell, writeCell } from '../../src/core/cells';
import type { ColumnSpec } from '../../src/core/table';
import { planHeaders } from '../../src/core/table-upgrade';
import { ROSTER_TABLE } from '../../src/core/tables';

const text: ColumnSpec = { key: 'note', header: 'Note', type: 'longtext', note: '', audience: 'team' };
const id: ColumnSpec = { key: 'id', header: 'ID', type: 'id', note: '', audience: 'team' };
const date: ColumnSpec = { key: 'd', header: 'Date', type: 'date', note: '', audience: 'team' };
const num: ColumnSpec = { key: 'n', header: 'Score', type: 'number', note: '', audience: 'team' };
const flag: ColumnSpec = { key: 'b', header: 'Attended', type: 'boolean', note: '', audience: 'team' };
const time: ColumnSpec = { key: 't', header: 'Start', type: 'time', note: '', audience: 'team' };

describe('literalText', () => {
  it.each([
    ['=IMPORTXML("http://x")', '\'=IMPORTXML("http://x")'],
    ['+1 for effort', "'+1 for effort"],
    ['-3 points on Q6', "'-3 points on Q6"],
    ['@teacher please look', "'@teacher please look"],
    ["'quoted", "''quoted"],
    ['00123', "'00123"],
    ['2026-01-05', "'2026-01-05"],
    ['1e10', "'1e10"],
    ['TRUE', "'TRUE"],
    ['50%', "'50%"],
  ])('keeps %j as text', (input, written) => {
    expect(literalText(input)).toBe(written);
  });

  it.each(['Dec 5', 'March 3', '3:30 PM', '1/2', '$5', 'Worked on two-step equations'])(
    'quotes %j too: no pattern list can tell which text Sheets would parse',
    (input) => {
      expect(literalText(input)).toBe(`'${input}`);
    },
  );

  it('leaves the empty string empty', () => {
    expect(literalText('')).toBe('');
  });
});

describe('writeCell', () => {
  it('writes each type as Sheets must receive it', () => {
    expect(writeCell(text, '=1+1')).toBe("'=1+1");
    expect(writeCell(id, '00123')).toBe("'00123");
    expect(writeCell(date, '2026-09-14')).toBe('2026-09-14');
    expect(writeCell(date, '=TODAY()')).toBe("'=TODAY()");
    expect(writeCell(num, 58)).toBe(58);
    expect(writeCell(num, '58')).toBe(58);
    expect(writeCell(num, null)).toBe('');
    expect(writeCell(flag, true)).toBe(true);
    expect(writeCell(flag, null)).toBe(false);
    expect(writeCell(time, '15:30')).toBe("'15:30");
  });
});

describe('readCell', () => {
  it('reads cells into the column type, dates in the given time zone', () => {
    const berlin = isoDateIn('Europe/Berlin');
    const midnightBerlin = new Date(Date.UTC(2026, 8, 13, 22, 0));
    expect(readCell(date, midnightBerlin, berlin)).toBe('2026-09-14');
    expect(readCell(date, new Date(Date.UTC(2026, 8, 14, 4)), isoDateIn('America/New_York'))).toBe('2026-09-14');
    expect(readCell(id, 123)).toBe('123');
    expect(readCell(num, '')).toBeNull();
    expect(readCell(num, 'n/a')).toBeNull();
    expect(readCell(flag, '')).toBe(false);
    expect(readCell(flag, 'TRUE')).toBe(true);
    expect(readCell(text, '  padded  ')).toBe('  padded  ');
    expect(readCell(id, ' 00123 ')).toBe('00123');
  });
});

describe('planHeaders', () => {
  it('keeps existing and user-added columns in place and appends the missing ones', () => {
    const existing = ['Student name', 'Student ID', 'My notes', 'Team (class)', '', ''];
    const plan = planHeaders(ROSTER_TABLE, existing);
    expect(plan.headers.slice(0, 4)).toEqual(['Student name', 'Student ID', 'My notes', 'Team (class)']);
    expect(plan.added.map((a) => a.column.key)).toEqual([
      'grade',
      'subject',
      'teacherEmail',
      'tutorEmail',
      'familyContact',
      'active',
      'consentToShare',
      'studentEmail',
      'familyEmails',
      'praisePreference',
    ]);
    expect(plan.added[0].at).toBe(4);
  });

  it('matches headers regardless of case and surrounding spaces, and reports no change when complete', () => {
    const plan = planHeaders(
      ROSTER_TABLE,
      ROSTER_TABLE.columns.map((c) => ` ${c.header.toUpperCase()} `),
    );
    expect(plan.unchanged).toBe(true);
  });
});
