// The Advanced Sheets service fake holds to the API's documented behaviour on the same spreadsheets SpreadsheetApp sees.

import { installGlobals, shareInDrive } from '../../fakes';
import { SHEETS_TYPES } from '../../fakes/counter';
import { FakeWorld } from '../../fakes/world';

const OWNER = 'coordinator@school.example';
const TUTOR = 'tutor.ana@school.example';

function setUp() {
  const world = new FakeWorld({ users: [OWNER, TUTOR] });
  const uninstall = installGlobals(world);
  const id = world.run({ user: OWNER }, () => {
    const file = (Drive as GoogleAppsScript.Drive).Files.create(
      { name: 'Book', mimeType: 'application/vnd.google-apps.spreadsheet' },
      null as unknown as GoogleAppsScript.Base.Blob,
    );
    return String(file.id);
  });
  shareInDrive(world, OWNER, id, TUTOR, 'writer');
  const api = () => Sheets as GoogleAppsScript.Sheets;
  return { world, uninstall, id, api };
}

describe('Sheets.Spreadsheets (Advanced Sheets fake)', () => {
  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate: "If any request is not valid
  // then the entire request will fail and nothing will be applied".
  it('a batchUpdate with one invalid request applies nothing and names the request', () => {
    const { world, uninstall, id, api } = setUp();
    try {
      const before = JSON.stringify(world.state.spreadsheets[id]);
      world.counter.reset();
      expect(() =>
        world.run({ user: OWNER }, () =>
          api().Spreadsheets.batchUpdate(
            { requests: [{ addSheet: { properties: { title: 'Roster' } } }, { addSheet: { properties: { title: 'Sheet1' } } }] },
            id,
          ),
        ),
      ).toThrow('Invalid requests[1].addSheet: A sheet with the name "Sheet1" already exists. Please enter another name.');
      expect(JSON.stringify(world.state.spreadsheets[id])).toBe(before);
      expect(world.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    } finally {
      uninstall();
    }
  });

  // https://developers.google.com/sheets/api/reference/rest/v4/other#ExtendedValue: stringValue is stored as text.
  it('many requests are one call; stringValue stays text that SpreadsheetApp reads back exactly', () => {
    const { world, uninstall, id, api } = setUp();
    try {
      world.counter.reset();
      const reply = world.run({ user: OWNER }, () =>
        api().Spreadsheets.batchUpdate(
          {
            requests: [
              { addSheet: { properties: { title: 'Notes', index: 0, gridProperties: { rowCount: 50, columnCount: 3, frozenRowCount: 1 } } } },
              {
                updateSheetProperties: {
                  properties: { sheetId: 0, gridProperties: { frozenColumnCount: 1 } },
                  fields: 'gridProperties.frozenColumnCount',
                },
              },
              {
                updateCells: {
                  start: { sheetId: 0, rowIndex: 0, columnIndex: 0 },
                  rows: [{ values: [{ userEnteredValue: { stringValue: 'Dec 5' }, note: 'When' }, { userEnteredValue: { stringValue: '=1+1' } }] }],
                  fields: 'userEnteredValue,note',
                },
              },
              {
                updateDimensionProperties: {
                  range: { sheetId: 0, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 },
                  properties: { pixelSize: 220 },
                  fields: 'pixelSize',
                },
              },
            ],
          },
          id,
        ),
      );
      expect(world.counter.countTypes(SHEETS_TYPES)).toBe(1);
      expect(reply.replies?.[0].addSheet?.properties?.title).toBe('Notes');
      const read = world.run({ user: OWNER }, () => {
        const sheet = SpreadsheetApp.openById(id).getSheetByName('Sheet1')!;
        return {
          values: sheet.getRange('A1:B1').getValues()[0],
          note: sheet.getRange('A1').getNote(),
          frozen: sheet.getFrozenColumns(),
          width: sheet.getColumnWidth(1),
        };
      });
      expect(read).toEqual({ values: ['Dec 5', '=1+1'], note: 'When', frozen: 1, width: 220 });
      expect(world.state.spreadsheets[id].sheets.map((s) => s.name)).toEqual(['Notes', 'Sheet1']);
    } finally {
      uninstall();
    }
  });

  // Protections bind the acting user through the API as in the editor
  // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange).
  it('a tutor cannot write a cell the coordinator protected; get lists the protection and its editors', () => {
    const { world, uninstall, id, api } = setUp();
    try {
      world.run({ user: OWNER }, () =>
        api().Spreadsheets.batchUpdate(
          {
            requests: [
              {
                addProtectedRange: {
                  protectedRange: {
                    range: { sheetId: 0, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 3 },
                    description: 'Header',
                    editors: { users: [] },
                  },
                },
              },
              {
                addBanding: {
                  bandedRange: {
                    range: { sheetId: 0, startRowIndex: 0, endRowIndex: 10, startColumnIndex: 0, endColumnIndex: 3 },
                    rowProperties: { firstBandColor: { red: 1, green: 1, blue: 1 } },
                  },
                },
              },
            ],
          },
          id,
        ),
      );
      const cell = { userEnteredValue: { stringValue: 'x' } };
      expect(() =>
        world.run({ user: TUTOR }, () =>
          api().Spreadsheets.batchUpdate(
            {
              requests: [
                { updateCells: { start: { sheetId: 0, rowIndex: 0, columnIndex: 1 }, rows: [{ values: [cell] }], fields: 'userEnteredValue' } },
              ],
            },
            id,
          ),
        ),
      ).toThrow('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
      world.run({ user: TUTOR }, () =>
        api().Spreadsheets.batchUpdate(
          {
            requests: [
              { updateCells: { start: { sheetId: 0, rowIndex: 1, columnIndex: 1 }, rows: [{ values: [cell] }], fields: 'userEnteredValue' } },
            ],
          },
          id,
        ),
      );
      const got = world.run({ user: TUTOR }, () => api().Spreadsheets.get(id, { fields: 'sheets(properties,protectedRanges,bandedRanges)' }));
      const sheet = got.sheets?.[0];
      expect(sheet?.protectedRanges?.map((p) => [p.description, p.editors?.users])).toEqual([['Header', [OWNER]]]);
      expect(sheet?.bandedRanges?.[0].range).toEqual({ sheetId: 0, startRowIndex: 0, endRowIndex: 10, startColumnIndex: 0, endColumnIndex: 3 });
      expect(world.state.spreadsheets[id].sheets[0].values[1][1]).toBe('x');
    } finally {
      uninstall();
    }
  });

  it('someone the file is not shared with gets 403, a missing file 404; ranges of a missing sheet are refused', () => {
    const { world, uninstall, id, api } = setUp();
    try {
      world.state.users.push('outsider@else.example');
      expect(() => world.run({ user: 'outsider@else.example' }, () => api().Spreadsheets.get(id))).toThrow('The caller does not have permission');
      expect(() => world.run({ user: OWNER }, () => api().Spreadsheets.get('no-such-file'))).toThrow('Requested entity was not found.');
      expect(() => world.run({ user: OWNER }, () => api().Spreadsheets.get(id, { ranges: ['Nope!A1:B2'], includeGridData: true }))).toThrow(
        'Unable to parse range: Nope!A1:B2',
      );
      const data = world.run({ user: OWNER }, () => api().Spreadsheets.get(id, { ranges: ['Sheet1!A1:B2'], includeGridData: true }));
      expect(data.sheets?.[0].data?.[0].startRow).toBe(0);
    } finally {
      uninstall();
    }
  });
});
