// The playground's grid draws what Sheets would show from what the fakes recorded (no browser needed for the rules).

import type { SheetState, SpreadsheetState } from '../../fakes/sheets/state';
import { evaluateCustom } from '../../playground/conditional';
import { renderSheet } from '../../playground/sheet-render';

function sheet(values: SheetState['values'], extra: Record<string, unknown>): SheetState {
  return {
    sheetId: 7,
    name: 'Dashboard',
    values,
    formulas: {},
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 1,
    frozenColumns: 0,
    hidden: false,
    extra,
  };
}
const book = (s: SheetState): SpreadsheetState => ({
  id: 'ss',
  name: 'Program',
  timeZone: 'America/New_York',
  sheets: [s],
  nextSheetId: 8,
  activeSheetIndex: 0,
  namedRanges: [],
});
const red = { fontColor: '#d93025', background: '#fce8e6', bold: true };
const rule = {
  ranges: [{ sheetId: 7, row: 2, column: 2, numRows: 3, numColumns: 1 }],
  criteria: 'CUSTOM_FORMULA',
  values: ['=AND(ISNUMBER(B2),B2<0.75)'],
  format: red,
};

describe('the playground grid', () => {
  it('shows a rate through its percent format, red under 75% by the rule written for the first row', () => {
    const s = sheet(
      [
        ['Name', 'Attendance rate'],
        ['Maya', 0.8333333333333334],
        ['Luis', 0.4166666666666667],
        ['Omar', ''],
      ],
      { formats: { '1,1': { numberFormat: '0%' }, '2,1': { numberFormat: '0%' } }, conditionalFormats: [rule] },
    );
    const view = renderSheet(book(s), s, 50);
    expect(view.rows.slice(1).map((r) => r[1])).toEqual(['83%', '42%', '']);
    expect(view.cells[1][1].s ?? '').not.toContain('#d93025');
    expect(view.cells[2][1].s).toContain('color:#d93025');
    expect(view.cells[2][1].s).toContain('font-weight:bold');
    // A blank is not a number: the rule leaves it plain, as Sheets does.
    expect(view.cells[3][1].s ?? '').not.toContain('#d93025');
  });

  it('draws checkboxes, dropdowns, notes and dates as Sheets shows them', () => {
    const s = sheet(
      [
        ['Done', 'Status', 'Date'],
        [true, 'Open', { d: Date.UTC(2026, 10, 3, 5) }],
        [false, 'Done', ''],
      ],
      {
        validations: {
          '1,0': { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: '' },
          '2,0': { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: '' },
          '3,0': { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: '' },
          '1,1': { criteria: 'VALUE_IN_LIST', values: [['Open', 'Done'], true], allowInvalid: false, helpText: '' },
        },
        formats: { '1,2': { numberFormat: 'yyyy-mm-dd' } },
        notes: { '0,0': 'Ticked when the step was done.' },
      },
    );
    const view = renderSheet(book(s), s, 50);
    expect(view.cells[1][0]).toMatchObject({ t: '', cb: true });
    expect(view.cells[2][0]).toMatchObject({ cb: false });
    // The empty rows below still show the column's unticked boxes.
    expect(view.cells[3][0]).toMatchObject({ cb: false });
    expect(view.cells[1][1]).toMatchObject({ t: 'Open', dd: true });
    expect(view.cells[1][2].t).toBe('2026-11-03');
    expect(view.cells[0][0].note).toBe('Ticked when the step was done.');
  });

  it('draws the chart from its spec: its title and a bar per row of its ranges', () => {
    const s = sheet(
      [
        ['Student name', 'Progress to goal'],
        ['Zoe', 0.8],
        ['Luis', ''],
      ],
      {
        charts: [
          {
            chartId: 1,
            type: 'BAR',
            ranges: [
              { sheetId: 7, row: 1, column: 1, numRows: 3, numColumns: 1 },
              { sheetId: 7, row: 1, column: 2, numRows: 3, numColumns: 1 },
            ],
            options: { title: 'Progress to goal', colors: ['#d93025'], hAxis: { format: 'percent', minValue: 0, maxValue: 1 } },
            position: { row: 2, column: 16, offsetX: 0, offsetY: 0 },
            numHeaders: 1,
          },
        ],
      },
    );
    const [chart] = renderSheet(book(s), s, 50).charts;
    expect(chart).toMatchObject({ row: 2, column: 16, title: 'Progress to goal' });
    expect(chart.svg).toContain('<title>Zoe: 80%</title>');
    expect(chart.svg).toContain('fill="#d93025"');
    expect(chart.svg).not.toContain('Luis: ');
    expect(chart.svg).toContain('>100%</text>');
  });

  it('reads custom formulas with absolute and relative references', () => {
    const cells: Record<string, string | number | boolean> = { L3: true, L2: false, B5: 3 };
    const lookup = (row: number, column: number) => cells[`${String.fromCharCode(64 + column)}${row}`] ?? '';
    expect(evaluateCustom('=$L2=TRUE', lookup, 1, 4)).toBe(true);
    expect(evaluateCustom('=$L2=TRUE', lookup, 0, 4)).toBe(false);
    expect(evaluateCustom('=B2*2>5', lookup, 3, 0)).toBe(true);
  });
});
