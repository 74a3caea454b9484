// Sheets protections bind the acting user, for add-on writes and direct edits alike: range protections cover their
// cells, sheet protections the whole sheet except its unprotected ranges; the owner and the protection's editors
// get through, and only they may change the protection itself.
// https://developers.google.com/apps-script/reference/spreadsheet/protection
// https://developers.google.com/apps-script/reference/spreadsheet/range#protect()

import { createGlobals, editCellsAsUser, type FakeGlobals } from '../../fakes';
import { FakeWorld } from '../../fakes/world';

const OWNER = 'coordinator@school.example';
const TEACHER = 'teacher@school.example';
const TUTOR = 'tutor@school.example';
const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function setup(): { world: FakeWorld; g: FakeGlobals; id: string } {
  const world = new FakeWorld({ users: [OWNER, TEACHER, TUTOR] });
  const g = createGlobals(world, { html: () => undefined });
  const id = world.run({ user: OWNER }, () => {
    const file = g.Drive.Files.create({ name: 'Team workbook', mimeType: 'application/vnd.google-apps.spreadsheet' }).id as string;
    for (const email of [TEACHER, TUTOR]) {
      g.Drive.Permissions.create({ role: 'writer', type: 'user', emailAddress: email }, file, { sendNotificationEmail: false });
    }
    const book = g.SpreadsheetApp.openById(file);
    book.getSheets()[0].setName('Session Notes');
    book.insertSheet('Questions');
    return file;
  });
  return { world, g, id };
}

function as<T>(world: FakeWorld, user: string, fn: () => T): T {
  return world.run({ user }, fn);
}

describe('range protections', () => {
  it('bind everyone but the owner and the listed editors, through the add-on and in the UI', () => {
    const { world, g, id } = setup();
    as(world, OWNER, () => {
      const p = g.SpreadsheetApp.openById(id).getSheetByName('Session Notes')?.getRange('A1:C1').protect() as GoogleAppsScript.Spreadsheet.Protection;
      p.removeEditors([TEACHER, TUTOR]).addEditor(TUTOR);
      expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, TUTOR]);
    });
    as(world, TEACHER, () => {
      const sheet = g.SpreadsheetApp.openById(id).getSheetByName('Session Notes') as GoogleAppsScript.Spreadsheet.Sheet;
      expect(() => sheet.getRange('B1').setValue('x')).toThrow(PROTECTED);
      expect(() =>
        sheet.getRange('A1:D2').setValues([
          ['a', 'b', 'c', 'd'],
          ['e', 'f', 'g', 'h'],
        ]),
      ).toThrow(PROTECTED);
      expect(() => sheet.getRange('A1').clearContent()).toThrow(PROTECTED);
      sheet.getRange('A2').setValue('outside the protection');
    });
    expect(() => editCellsAsUser(world, TEACHER, id, 'Session Notes', 'C1', [['x']])).toThrow(PROTECTED);
    editCellsAsUser(world, TUTOR, id, 'Session Notes', 'C1', [['tutor may']]);
    as(world, TUTOR, () => g.SpreadsheetApp.openById(id).getRange('A1').setValue('tutor may too'));
    editCellsAsUser(world, OWNER, id, 'Session Notes', 'B1', [['owner always']]);
  });

  it('mirror the file’s editors until the list is changed, and never block when warning-only', () => {
    const { world, g, id } = setup();
    as(world, OWNER, () => {
      const sheet = g.SpreadsheetApp.openById(id).getSheetByName('Questions') as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange('A1:A5').protect();
      sheet.getRange('B1:B5').protect().removeEditors([TEACHER, TUTOR]).setWarningOnly(true);
    });
    editCellsAsUser(world, TEACHER, id, 'Questions', 'A1:B1', [['fresh', 'warning only']]);
  });
});

describe('sheet protections', () => {
  it('bind the whole sheet, its structure included, except the unprotected ranges', () => {
    const { world, g, id } = setup();
    as(world, OWNER, () => {
      const sheet = g.SpreadsheetApp.openById(id).getSheetByName('Questions') as GoogleAppsScript.Spreadsheet.Sheet;
      const p = sheet.protect().setDescription('Questions: teacher writes column C only');
      p.removeEditors([TEACHER, TUTOR]);
      p.setUnprotectedRanges([sheet.getRange('C2:C')]);
    });
    as(world, TEACHER, () => {
      const sheet = g.SpreadsheetApp.openById(id).getSheetByName('Questions') as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange('C2').setValue('An answer');
      expect(() => sheet.getRange('B2').setValue('x')).toThrow(PROTECTED);
      expect(() => sheet.getRange('C1').setValue('x')).toThrow(PROTECTED);
      expect(() => sheet.getRange('B2:C2').setValues([['x', 'y']])).toThrow(PROTECTED);
      expect(() => sheet.insertRowsAfter(1, 1)).toThrow(PROTECTED);
      expect(() => sheet.appendRow(['x'])).toThrow(PROTECTED);
    });
    editCellsAsUser(world, TEACHER, id, 'Questions', 'C3', [['Another']]);
    expect(() => editCellsAsUser(world, TUTOR, id, 'Questions', 'A3', [['x']])).toThrow(PROTECTED);
    // Other sheets are not bound by it.
    editCellsAsUser(world, TUTOR, id, 'Session Notes', 'A3', [['note']]);
  });
});

describe('changing a protection', () => {
  it('is for the owner and the protection’s editors only', () => {
    const { world, g, id } = setup();
    as(world, OWNER, () => {
      const sheet = g.SpreadsheetApp.openById(id).getSheetByName('Session Notes') as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange('A1:C1').protect().removeEditors([TEACHER, TUTOR]).addEditor(TUTOR);
    });
    as(world, TEACHER, () => {
      const [p] = g.SpreadsheetApp.openById(id).getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
      expect(p.canEdit()).toBe(false);
      expect(() => p.addEditor(TEACHER)).toThrow(PROTECTED);
      expect(() => p.removeEditors([TUTOR])).toThrow(PROTECTED);
      expect(() => p.setDescription('mine now')).toThrow(PROTECTED);
      expect(() => p.setWarningOnly(true)).toThrow(PROTECTED);
      expect(() => p.remove()).toThrow(PROTECTED);
    });
    as(world, TUTOR, () => {
      const [p] = g.SpreadsheetApp.openById(id).getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
      expect(p.canEdit()).toBe(true);
      p.addEditor(TEACHER);
    });
    as(world, TEACHER, () => {
      const [p] = g.SpreadsheetApp.openById(id).getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
      expect(p.canEdit()).toBe(true);
      p.remove();
    });
  });
});
