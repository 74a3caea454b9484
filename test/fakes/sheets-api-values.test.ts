// Sheets.Spreadsheets.Values.batchGet and the appendCells request hold to the API's documented behaviour on the same
// spreadsheets SpreadsheetApp writes.

import { installGlobals, shareInDrive } from '../../fakes';
import { SHEETS_TYPES } from '../../fakes/counter';
import { FakeWorld } from '../../fakes/world';

const OWNER = 'coordinator@school.example';
const TUTOR = 'tutor.ana@school.example';
const STRANGER = 'stranger@school.example';

function setUp() {
  const world = new FakeWorld({ users: [OWNER, TUTOR, STRANGER] });
  const uninstall = installGlobals(world);
  const id = world.run({ user: OWNER }, () => {
    const file = (Drive as GoogleAppsScript.Drive).Files.create(
      { name: 'Book', mimeType: 'application/vnd.google-apps.spreadsheet' },
      null as unknown as GoogleAppsScript.Base.Blob,
    );
    const ss = SpreadsheetApp.openById(String(file.id));
    const sheet = ss.getSheets()[0];
    sheet.setName('Log');
    sheet.getRange(1, 1, 3, 3).setValues([
      ['Name', 'Date', 'Done'],
      ['Maya', new Date(Date.UTC(2026, 9, 7, 4)), true],
      ['Ben', '', false],
    ]);
    sheet.getRange('B2').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('D5').setFormula('=1+1');
    return String(file.id);
  });
  shareInDrive(world, OWNER, id, TUTOR, 'reader');
  const api = () => Sheets as GoogleAppsScript.Sheets;
  return { world, uninstall, id, api };
}

describe('Sheets.Spreadsheets.Values.batchGet (Advanced Sheets fake)', () => {
  it('reads several ranges in one counted call, in the order asked, without trailing empty rows and columns', () => {
    const { world, uninstall, id, api } = setUp();
    try {
      world.counter.reset();
      const reply = world.run({ user: TUTOR }, () =>
        api().Spreadsheets.Values.batchGet(id, { ranges: ['Log!A1:C1', 'Log!A2:Z', 'Log!A50:C60'], valueRenderOption: 'UNFORMATTED_VALUE' }),
      );
      expect(world.counter.countTypes(SHEETS_TYPES)).toBe(1);
      expect(world.counter.count('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
      const ranges = reply.valueRanges ?? [];
      expect(ranges.map((r) => r.range)).toEqual(['Log!A1:C1', 'Log!A2:Z1000', 'Log!A50:C60']);
      expect(ranges[0].values).toEqual([['Name', 'Date', 'Done']]);
      // The date as a serial number (SERIAL_NUMBER is the default), the formula computed, the empty row between kept.
      expect(ranges[1].values).toEqual([['Maya', 46302, true], ['Ben', '', false], [], ['', '', '', 2]]);
      expect(ranges[2].values).toBeUndefined();
      expect(world.counter.cellsRead).toBe(3 + 3 + 3 + 4);
    } finally {
      uninstall();
    }
  });

  it('renders as shown by default, dates as strings on request, formulas with FORMULA, and by column', () => {
    const { world, uninstall, id, api } = setUp();
    try {
      const get = (options: object) =>
        world.run({ user: TUTOR }, () => api().Spreadsheets.Values.batchGet(id, { ranges: ['Log!B2:D5'], ...options }).valueRanges?.[0].values);
      expect(get({})).toEqual([['2026-10-07', 'TRUE'], ['', 'FALSE'], [], ['', '', '2']]);
      expect(get({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' })?.[0]).toEqual(['2026-10-07', true]);
      expect(get({ valueRenderOption: 'FORMULA' })?.[3]).toEqual(['', '', '=1+1']);
      expect(get({ valueRenderOption: 'UNFORMATTED_VALUE', majorDimension: 'COLUMNS', ranges: ['Log!A1:B3'] })).toEqual([
        ['Name', 'Maya', 'Ben'],
        ['Date', 46302],
      ]);
    } finally {
      uninstall();
    }
  });

  it('refuses a range naming no sheet, an unknown option, and a file the caller cannot read, with the API errors', () => {
    const { world, uninstall, id, api } = setUp();
    try {
      const get = (user: string, options: object) => () => world.run({ user }, () => api().Spreadsheets.Values.batchGet(id, options));
      expect(get(TUTOR, { ranges: ['Nope!A1:B2'] })).toThrow(
        'API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: Nope!A1:B2',
      );
      expect(get(TUTOR, { ranges: ['Log!A1'], valueRenderOption: 'RAW' })).toThrow('Invalid value at');
      expect(get(STRANGER, { ranges: ['Log!A1'] })).toThrow('The caller does not have permission');
    } finally {
      uninstall();
    }
  });
});

describe('appendCells (Advanced Sheets fake)', () => {
  it('appends after the last row with data, growing the grid, in the batch that applies atomically', () => {
    const { world, uninstall, id, api } = setUp();
    try {
      shareInDrive(world, OWNER, id, TUTOR, 'writer');
      const sheetId = world.run({ user: OWNER }, () => SpreadsheetApp.openById(id).getSheetByName('Log')?.getSheetId());
      const row = (text: string) => ({ values: [{ userEnteredValue: { stringValue: text } }] });
      world.run({ user: TUTOR }, () =>
        api().Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId, rows: [row('1/2'), row('=A1')], fields: 'userEnteredValue' } }] }, id),
      );
      const values = world.run({ user: OWNER }, () => SpreadsheetApp.openById(id).getSheetByName('Log')?.getRange('A6:A7').getValues());
      expect(values).toEqual([['1/2'], ['=A1']]);
      // A batch whose second request fails appends nothing.
      const before = JSON.stringify(world.state.spreadsheets[id]);
      expect(() =>
        world.run({ user: TUTOR }, () =>
          api().Spreadsheets.batchUpdate(
            {
              requests: [
                { appendCells: { sheetId, rows: [row('x')], fields: 'userEnteredValue' } },
                { appendCells: { sheetId: 999, rows: [row('y')], fields: '*' } },
              ],
            },
            id,
          ),
        ),
      ).toThrow('Invalid requests[1].appendCells: No grid with id: 999');
      expect(JSON.stringify(world.state.spreadsheets[id])).toBe(before);
    } finally {
      uninstall();
    }
  });
});
