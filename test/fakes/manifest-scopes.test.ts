// Every execution starts with the scopes appsscript.json lists; a call needing one the manifest lacks fails as Apps
// Script fails it ("Specified permissions are not sufficient ..."). setDriveScope gives a test full Drive.
// https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGlobals, type FakeGlobals, grantScopes, setDriveScope } from '../../fakes';
import { MANIFEST_SCOPES, projectScopes } from '../../fakes/auth';
import { FakeWorld } from '../../fakes/world';

const USER = 'coordinator@school.example';

function setup(): { world: FakeWorld; g: FakeGlobals } {
  const world = new FakeWorld({ users: [USER] });
  return { world, g: createGlobals(world, { html: () => undefined }) };
}

describe('scopes from the manifest', () => {
  it('reads oauthScopes from appsscript.json', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(MANIFEST_SCOPES).toEqual(manifest.oauthScopes);
    const { world } = setup();
    expect(projectScopes(world)).toEqual(manifest.oauthScopes);
  });

  it('refuses DriveApp under the manifest’s drive.file (DriveApp needs full Drive), and counts no call', () => {
    const { world, g } = setup();
    world.run({ user: USER }, () => {
      expect(() => g.DriveApp.createFolder('x')).toThrow(
        'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
      );
      expect(() => g.DriveApp.getFolderById('x')).toThrow(
        'Specified permissions are not sufficient to call DriveApp.getFolderById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
      );
    });
    expect(world.counter.total).toBe(0);
  });

  it('refuses MailApp to a user who left script.send_mail unchecked (granular consent), and counts no call', () => {
    const { world, g } = setup();
    grantScopes(
      world,
      USER,
      MANIFEST_SCOPES.filter((s) => !s.endsWith('script.send_mail')),
    );
    world.run({ user: USER }, () =>
      expect(() => g.MailApp.sendEmail('a@b.example', 's', 'b')).toThrow(
        'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
      ),
    );
    expect(world.counter.total).toBe(0);
  });

  it('serves what the manifest lists: Sheets, Docs, Advanced Drive, dialogs, triggers, the user’s email', () => {
    const { world, g } = setup();
    world.run({ user: USER }, () => {
      const id = g.Drive.Files.create({ name: 'Book', mimeType: 'application/vnd.google-apps.spreadsheet' }).id as string;
      expect(g.SpreadsheetApp.openById(id).getName()).toBe('Book');
      expect(g.DocumentApp.create('Doc').getName()).toBe('Doc');
      g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput('<p>hi</p>'));
      expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
      expect(g.Session.getActiveUser().getEmail()).toBe(USER);
    });
  });

  it('gives full Drive to a test that asks with setDriveScope, and takes it back', () => {
    const { world, g } = setup();
    setDriveScope(world, 'drive');
    world.run({ user: USER }, () => expect(g.DriveApp.createFolder('Program').getName()).toBe('Program'));
    setDriveScope(world, 'drive.file');
    world.run({ user: USER }, () => expect(() => g.DriveApp.getRootFolder()).toThrow('Specified permissions are not sufficient'));
  });
});
