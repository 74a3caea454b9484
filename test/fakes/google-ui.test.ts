// Acting as a person in Google's own UI, with no add-on: Drive's New menu (createInDrive) and typing into Sheets
// (editCellsAsUser), which protections refuse exactly as they refuse the add-on.
// https://developers.google.com/apps-script/reference/spreadsheet/protection

import { createGlobals, createInDrive, editCellsAsUser, type FakeGlobals, shareInDrive } from '../../fakes';
import { effectiveRole } from '../../fakes/drive/items';
import { FakeWorld } from '../../fakes/world';

const COORDINATOR = 'coordinator@school.example';
const TEACHER = 'teacher@school.example';
const TUTOR = 'tutor@school.example';
const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function setup(): { world: FakeWorld; g: FakeGlobals } {
  const world = new FakeWorld({ users: [COORDINATOR, TEACHER, TUTOR] });
  return { world, g: createGlobals(world, { html: () => undefined }) };
}

describe('createInDrive', () => {
  it('makes an item owned by the person, with no add-on grant, and real Sheets and Docs behind those types', () => {
    const { world, g } = setup();
    const folder = createInDrive(world, TEACHER, { name: 'Class', mimeType: 'application/vnd.google-apps.folder' });
    const book = createInDrive(world, TEACHER, { name: 'Grades', mimeType: 'application/vnd.google-apps.spreadsheet', parentId: folder });
    const doc = createInDrive(world, TEACHER, { name: 'Agenda', mimeType: 'application/vnd.google-apps.document' });
    expect(world.state.drive[book]).toMatchObject({ owner: TEACHER, parents: [folder], appGrants: [] });
    expect(world.counter.total).toBe(0);
    world.run({ user: TEACHER }, () => {
      expect(
        g.SpreadsheetApp.openById(book)
          .getSheets()
          .map((s) => s.getName()),
      ).toEqual(['Sheet1']);
      expect(g.DocumentApp.openById(doc).getBody().getText()).toBe('');
      expect(() => g.Drive.Files.get(book)).toThrow(`File not found: ${book}.`);
    });
  });

  it('needs edit access to the folder it creates in', () => {
    const { world } = setup();
    const folder = createInDrive(world, TEACHER, { name: 'Class', mimeType: 'application/vnd.google-apps.folder' });
    expect(() => createInDrive(world, TUTOR, { name: 'Mine', mimeType: 'text/plain', parentId: folder })).toThrow('No item with the given ID');
  });
});

describe('editCellsAsUser', () => {
  function workbook(world: FakeWorld, g: FakeGlobals): string {
    return world.run({ user: COORDINATOR }, () => {
      const id = g.Drive.Files.create({ name: 'Team workbook', mimeType: 'application/vnd.google-apps.spreadsheet' }).id as string;
      for (const email of [TEACHER, TUTOR]) {
        g.Drive.Permissions.create({ role: 'writer', type: 'user', emailAddress: email }, id, { sendNotificationEmail: false });
      }
      const sheet = g.SpreadsheetApp.openById(id).getSheets()[0];
      const protection = sheet.getRange('A1:B1').protect();
      protection.removeEditors([TEACHER, TUTOR]);
      return id;
    });
  }

  it('writes as typed input, costing no service call', () => {
    const { world, g } = setup();
    const id = workbook(world, g);
    world.counter.reset();
    editCellsAsUser(world, TUTOR, id, 'Sheet1', 'A2:B2', [['007', '50%']]);
    expect(world.counter.total).toBe(0);
    world.run({ user: TUTOR }, () => expect(g.SpreadsheetApp.openById(id).getRange('A2:B2').getValues()).toEqual([[7, 0.5]]));
  });

  it('is refused by a protection that binds the person, and allowed for its editors and the owner', () => {
    const { world, g } = setup();
    const id = workbook(world, g);
    expect(() => editCellsAsUser(world, TUTOR, id, 'Sheet1', 'B1', [['Name']])).toThrow(PROTECTED);
    editCellsAsUser(world, COORDINATOR, id, 'Sheet1', 'B1', [['Name']]);
    world.run({ user: TUTOR }, () => {
      // The add-on, running as the tutor, is refused the same way.
      expect(() => g.SpreadsheetApp.openById(id).getRange('A1').setValue('x')).toThrow(PROTECTED);
    });
  });

  it('needs edit access to the file, a known sheet and a matching shape', () => {
    const { world, g } = setup();
    const id = workbook(world, g);
    expect(() => editCellsAsUser(world, 'outsider@other.example', id, 'Sheet1', 'C3', [['x']])).toThrow(
      'You do not have permission to access the requested document.',
    );
    expect(() => editCellsAsUser(world, TUTOR, id, 'Nope', 'C3', [['x']])).toThrow('no sheet "Nope"');
    expect(() => editCellsAsUser(world, TUTOR, id, 'Sheet1', 'C3:D3', [['x']])).toThrow('The number of columns in the data does not match');
  });
});

describe('shareInDrive (a person using Drive’s Share dialog)', () => {
  it('gives the person their own role and an email; an editor of a file that forbids onward sharing is refused', () => {
    const world = new FakeWorld({ users: ['owner@school.example', 'editor@school.example', 'friend@school.example'] });
    const id = createInDrive(world, 'owner@school.example', { name: 'Unit plan', mimeType: 'application/vnd.google-apps.document' });
    shareInDrive(world, 'owner@school.example', id, 'editor@school.example', 'writer');
    expect(effectiveRole(world, id, 'editor@school.example')).toBe('writer');
    world.state.drive[id].writersCanShare = false;
    expect(() => shareInDrive(world, 'editor@school.example', id, 'friend@school.example', 'reader')).toThrow(/owner/);
    expect(effectiveRole(world, id, 'friend@school.example')).toBeNull();
    expect(() => shareInDrive(world, 'friend@school.example', id, 'friend@school.example', 'writer')).toThrow();
  });
});

describe('Spreadsheet sharing members', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#removeEditor(String)
  it('lists viewers and removes a person’s own grant, never access a folder passes down', () => {
    const world = new FakeWorld({ users: ['owner@school.example', 'ed@school.example', 'view@school.example'] });
    const g = createGlobals(world);
    const folder = createInDrive(world, 'owner@school.example', { name: 'Team', mimeType: 'application/vnd.google-apps.folder' });
    const id = createInDrive(world, 'owner@school.example', { name: 'Book', mimeType: 'application/vnd.google-apps.spreadsheet', parentId: folder });
    shareInDrive(world, 'owner@school.example', id, 'ed@school.example', 'writer');
    shareInDrive(world, 'owner@school.example', id, 'view@school.example', 'commenter');
    shareInDrive(world, 'owner@school.example', folder, 'view@school.example', 'reader');
    world.run({ user: 'owner@school.example', spreadsheetId: id }, () => {
      const ss = g.SpreadsheetApp.getActiveSpreadsheet();
      expect(ss.getViewers().map((u) => u.getEmail())).toEqual(['view@school.example']);
      ss.removeEditor('ed@school.example').removeViewer('view@school.example');
    });
    expect(effectiveRole(world, id, 'ed@school.example')).toBeNull();
    expect(effectiveRole(world, id, 'view@school.example')).toBe('reader');
  });
});

describe('the 50,000-character cell limit', () => {
  // https://support.google.com/drive/answer/37603
  it('refuses a write with a longer value as a whole, before any cell changes; 50,000 fit', () => {
    const world = new FakeWorld({ users: ['owner@school.example'] });
    const g = createGlobals(world);
    const id = world.run({ user: 'owner@school.example' }, () => g.SpreadsheetApp.create('Book').getId());
    world.run({ user: 'owner@school.example', spreadsheetId: id }, () => {
      const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      expect(() => sheet.getRange(1, 1, 1, 2).setValues([['short', 'x'.repeat(50_001)]])).toThrow(
        'Your input contains more than the maximum of 50000 characters in a single cell.',
      );
      expect(sheet.getRange(1, 1).getValue()).toBe('');
      expect(() => sheet.appendRow(['y'.repeat(50_001)])).toThrow(/maximum of 50000 characters/);
      sheet.getRange(1, 1).setValue('z'.repeat(50_000));
      expect(String(sheet.getRange(1, 1).getValue())).toHaveLength(50_000);
    });
  });
});
