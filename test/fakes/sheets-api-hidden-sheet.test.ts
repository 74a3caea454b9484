// A sheet added hidden through the Sheets API is hidden for SpreadsheetApp and the Sheets UI alike (the tutor's Row Index).

import { installGlobals } from '../../fakes';
import { FakeWorld } from '../../fakes/world';

const OWNER = 'coordinator@school.example';

describe('addSheet with hidden: true (Advanced Sheets fake)', () => {
  it('keeps the new sheet out of the tab bar, and a sheet added without it shows', () => {
    const world = new FakeWorld({ users: [OWNER] });
    const uninstall = installGlobals(world);
    try {
      const hidden = world.run({ user: OWNER }, () => {
        const file = (Drive as GoogleAppsScript.Drive).Files.create(
          { name: 'Book', mimeType: 'application/vnd.google-apps.spreadsheet' },
          null as unknown as GoogleAppsScript.Base.Blob,
        );
        const id = String(file.id);
        (Sheets as GoogleAppsScript.Sheets).Spreadsheets.batchUpdate(
          { requests: [{ addSheet: { properties: { title: 'Row Index', hidden: true } } }, { addSheet: { properties: { title: 'Notes' } } }] },
          id,
        );
        const ss = SpreadsheetApp.openById(id);
        return { index: ss.getSheetByName('Row Index')?.isSheetHidden(), notes: ss.getSheetByName('Notes')?.isSheetHidden() };
      });
      expect(hidden).toEqual({ index: true, notes: false });
    } finally {
      uninstall();
    }
  });
});
