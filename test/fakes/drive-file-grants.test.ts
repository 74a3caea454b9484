// drive.file is granted per user and per file: a user's add-on reaches through the Drive API only what that user's
// add-on created (or that user picked), while SpreadsheetApp/DocumentApp.openById follow Drive sharing alone.
// https://developers.google.com/workspace/drive/api/guides/api-specific-auth

import { createGlobals, type FakeGlobals, pickWithPicker, setDriveScope } from '../../fakes';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';
const TEACHER = 'teacher@school.example';
const TUTOR = 'tutor@school.example';
const FOLDER = 'application/vnd.google-apps.folder';
const SHEET = 'application/vnd.google-apps.spreadsheet';

function setup(): { world: FakeWorld; g: FakeGlobals } {
  const world = new FakeWorld({ users: [COORDINATOR, TEACHER, TUTOR] });
  return { world, g: createGlobals(world, { html: () => undefined }) };
}

function as<T>(world: FakeWorld, user: string, fn: () => T): T {
  return world.run({ user, host: null }, fn);
}

describe('per-user drive.file grants', () => {
  it('gives the creating user’s add-on the item; another user’s add-on gets Drive’s not-found even when shared', () => {
    const { world, g } = setup();
    const folderId = as(world, COORDINATOR, () => {
      const id = g.Drive.Files.create({ name: 'Team A', mimeType: FOLDER }).id as string;
      g.Drive.Permissions.create({ role: 'writer', type: 'user', emailAddress: TEACHER }, id, { sendNotificationEmail: false });
      expect(g.Drive.Files.get(id).name).toBe('Team A');
      return id;
    });
    expect(world.state.drive[folderId].appGrants).toEqual([COORDINATOR]);
    as(world, TEACHER, () => {
      expect(() => g.Drive.Files.get(folderId)).toThrow(`API call to drive.files.get failed with error: File not found: ${folderId}.`);
      expect(g.Drive.Files.list({ q: `name = 'Team A'` }).files).toEqual([]);
      // A tutor's or teacher's add-on cannot create inside the coordinator's folder either.
      expect(() => g.Drive.Files.create({ name: 'Notes', mimeType: SHEET, parents: [folderId] })).toThrow(`File not found: ${folderId}.`);
    });
  });

  it('lists only the items granted to the active user', () => {
    const { world, g } = setup();
    as(world, COORDINATOR, () => {
      const folder = g.Drive.Files.create({ name: 'Shared', mimeType: FOLDER }).id as string;
      g.Drive.Permissions.create({ role: 'writer', type: 'user', emailAddress: TEACHER }, folder, { sendNotificationEmail: false });
      g.Drive.Files.create({ name: 'By coordinator', parents: [folder] });
    });
    const folder = Object.values(world.state.drive).find((i) => i.name === 'Shared')?.id as string;
    as(world, TEACHER, () => expect(g.Drive.Files.list({ q: `'${folder}' in parents` }).files).toEqual([]));
    // The teacher picks the folder (not its contents) and makes a file of her own in it.
    pickWithPicker(world, TEACHER, [folder]);
    as(world, TEACHER, () => {
      g.Drive.Files.create({ name: 'By teacher', parents: [folder] });
      expect(g.Drive.Files.list({ q: `'${folder}' in parents`, fields: 'files(name)' }).files).toEqual([{ name: 'By teacher' }]);
    });
    as(world, COORDINATOR, () => {
      expect(g.Drive.Files.list({ q: `'${folder}' in parents`, fields: 'files(name)' }).files).toEqual([{ name: 'By coordinator' }]);
    });
  });

  it('still needs Drive sharing: a grant without a role is not found', () => {
    const { world, g } = setup();
    const id = as(world, COORDINATOR, () => g.Drive.Files.create({ name: 'Private' }).id as string);
    world.state.drive[id].appGrants.push(TUTOR);
    as(world, TUTOR, () => expect(() => g.Drive.Files.get(id)).toThrow(`File not found: ${id}.`));
  });

  it('opens shared spreadsheets with SpreadsheetApp.openById regardless of grants (the spreadsheets scope is not per file)', () => {
    const { world, g } = setup();
    const id = as(world, COORDINATOR, () => {
      const file = g.Drive.Files.create({ name: 'Team workbook', mimeType: SHEET });
      g.Drive.Permissions.create({ role: 'writer', type: 'user', emailAddress: TUTOR }, file.id as string, { sendNotificationEmail: false });
      return file.id as string;
    });
    as(world, TUTOR, () => {
      expect(() => g.Drive.Files.get(id)).toThrow('File not found');
      const book = g.SpreadsheetApp.openById(id);
      book.getSheets()[0].getRange('A1').setValue('Note');
      expect(book.getSheets()[0].getRange('A1').getValue()).toBe('Note');
    });
    as(world, TEACHER, () => expect(() => g.SpreadsheetApp.openById(id)).toThrow('You do not have permission to access the requested document.'));
  });

  it('gives no grant for SpreadsheetApp.create, DocumentApp.create or Spreadsheet.copy (the strict reading of undocumented behaviour)', () => {
    const { world, g } = setup();
    as(world, COORDINATOR, () => {
      const book = g.SpreadsheetApp.create('Made by Sheets');
      const doc = g.DocumentApp.create('Made by Docs');
      const copy = book.copy('Copy by Sheets');
      for (const id of [book.getId(), doc.getId(), copy.getId()]) {
        expect(world.state.drive[id].appGrants).toEqual([]);
        expect(() => g.Drive.Files.get(id)).toThrow(`File not found: ${id}.`);
      }
      // The editors' own services open them as usual.
      expect(g.SpreadsheetApp.openById(book.getId()).getName()).toBe('Made by Sheets');
      expect(g.DocumentApp.openById(doc.getId()).getName()).toBe('Made by Docs');
    });
  });

  it('grants what Drive.Files.copy and DriveApp create in an execution of that user', () => {
    const { world, g } = setup();
    const source = as(world, COORDINATOR, () => {
      const id = g.Drive.Files.create({ name: 'Template' }).id as string;
      g.Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: TEACHER }, id, { sendNotificationEmail: false });
      return id;
    });
    pickWithPicker(world, TEACHER, [source]);
    const teacherCopy = as(world, TEACHER, () => g.Drive.Files.copy({ name: 'Her copy' }, source).id as string);
    expect(world.state.drive[teacherCopy].appGrants).toEqual([TEACHER]);
    as(world, COORDINATOR, () => expect(() => g.Drive.Files.get(teacherCopy)).toThrow('File not found'));

    setDriveScope(world, 'drive');
    const made = as(world, COORDINATOR, () => g.DriveApp.createFolder('Made by DriveApp').getId());
    setDriveScope(world, 'drive.file');
    as(world, COORDINATOR, () => expect(g.Drive.Files.get(made).name).toBe('Made by DriveApp'));
  });
});
