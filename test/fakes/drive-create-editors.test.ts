// Drive.Files.create with a Google Sheets or Docs mimeType and parents makes a real, empty spreadsheet or document in
// the folder, in one Drive call, which SpreadsheetApp / DocumentApp open at once.
// https://developers.google.com/workspace/drive/api/guides/create-file
// https://developers.google.com/workspace/drive/api/guides/mime-types

import { createGlobals } from '../../fakes';
import { DRIVE_TYPES } from '../../fakes/counter';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';

describe('Drive.Files.create for Google Sheets and Docs', () => {
  it('creates a spreadsheet with one sheet "Sheet1" and a document with an empty body, one Drive call each', () => {
    const world = new FakeWorld({ users: [COORDINATOR] });
    const g = createGlobals(world, { html: () => undefined });
    world.run({ user: COORDINATOR, host: null }, () => {
      const folder = g.Drive.Files.create({ name: 'Session Notes', mimeType: 'application/vnd.google-apps.folder' }).id as string;
      world.counter.reset();
      const book = g.Drive.Files.create({ name: 'Team workbook', mimeType: 'application/vnd.google-apps.spreadsheet', parents: [folder] });
      const doc = g.Drive.Files.create({ name: 'Conference: Sam', mimeType: 'application/vnd.google-apps.document', parents: [folder] });
      expect(world.counter.countTypes(DRIVE_TYPES)).toBe(2);
      expect(world.counter.count('Drive.Files.create')).toBe(2);

      const ss = g.SpreadsheetApp.openById(book.id as string);
      expect(ss.getSheets().map((s) => [s.getName(), s.getMaxRows(), s.getMaxColumns()])).toEqual([['Sheet1', 1000, 26]]);
      const body = g.DocumentApp.openById(doc.id as string).getBody();
      expect([body.getNumChildren(), body.getText()]).toEqual([1, '']);
      expect(g.Drive.Files.get(book.id as string, { fields: 'parents,mimeType' })).toEqual({
        parents: [folder],
        mimeType: 'application/vnd.google-apps.spreadsheet',
      });
    });
  });
});
