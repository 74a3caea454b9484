// Granular consent: a user may grant only some of the manifest's scopes. Calls needing an ungranted one fail as Apps
// Script fails them, ScriptApp.getAuthorizationInfo reports what is missing, and ScriptApp.requireScopes stops the
// execution with a consent prompt.
// https://developers.google.com/apps-script/concepts/scopes#handle-granular
// https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
// https://developers.google.com/apps-script/reference/script/authorization-info

import { createGlobals, type FakeGlobals, grantScopes } from '../../fakes';
import { AuthorizationRequired, authSettings } from '../../fakes/auth';
import type { AuthorizationInfo } from '../../fakes/auth/authorization-info';
import { FakeWorld } from '../../fakes/world';

const TUTOR = 'tutor@school.example';
const AUTH = 'https://www.googleapis.com/auth/';
const MORE = 'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';

function setup(): { world: FakeWorld; g: FakeGlobals } {
  const world = new FakeWorld({ users: [TUTOR] });
  return { world, g: createGlobals(world, { html: () => undefined }) };
}

function info(g: FakeGlobals, scopes?: string[]): AuthorizationInfo {
  const app = g.ScriptApp as unknown as { getAuthorizationInfo(mode: unknown, scopes?: string[]): AuthorizationInfo };
  return app.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL, scopes);
}

describe('granular consent', () => {
  it('fails a call whose scope the user left unchecked, with Apps Script’s message', () => {
    const { world, g } = setup();
    grantScopes(world, TUTOR, ['spreadsheets', 'script.container.ui']);
    world.run({ user: TUTOR }, () => {
      expect(() => g.DocumentApp.create('x')).toThrow(
        `You do not have permission to call DocumentApp.create. Required permissions: ${AUTH}documents. ${MORE}`,
      );
      expect(() => g.Drive.Files.list({})).toThrow(
        `You do not have permission to call Drive.Files.list. Required permissions: (${AUTH}drive || ${AUTH}drive.file)`,
      );
      expect(() => g.ScriptApp.newTrigger('hourly')).toThrow(`Required permissions: ${AUTH}script.scriptapp`);
      expect(() => g.Session.getActiveUser()).toThrow(
        `You do not have permission to call Session.getActiveUser. Required permissions: ${AUTH}userinfo.email`,
      );
      // Granted ones work.
      g.SpreadsheetApp.getUi().showModalDialog(g.HtmlService.createHtmlOutput('x'), 'Dialog');
    });
  });

  it('keeps consent per user: another user with everything granted is unaffected', () => {
    const { world, g } = setup();
    grantScopes(world, TUTOR, ['spreadsheets']);
    world.run({ user: 'teacher@school.example' }, () => expect(g.Session.getActiveUser().getEmail()).toBe('teacher@school.example'));
    grantScopes(world, TUTOR, 'all');
    world.run({ user: TUTOR }, () => expect(g.Session.getActiveUser().getEmail()).toBe(TUTOR));
  });

  it('refuses to grant a scope the manifest does not ask for', () => {
    const { world } = setup();
    expect(() => grantScopes(world, TUTOR, ['drive'])).toThrow('the project does not ask for https://www.googleapis.com/auth/drive');
  });

  it('reports what is missing with getAuthorizationInfo', () => {
    const { world, g } = setup();
    world.run({ user: TUTOR }, () => {
      const all = info(g);
      expect(all.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
      expect(all.getAuthorizationUrl()).toBeNull();
    });
    grantScopes(world, TUTOR, ['spreadsheets', 'userinfo.email']);
    world.run({ user: TUTOR }, () => {
      const all = info(g);
      expect(all.getAuthorizationStatus()).toBe('REQUIRED');
      expect(all.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\/macros\/d\/fake-script-id\/authorize/);
      expect(all.getAuthorizedScopes()).toEqual([`${AUTH}spreadsheets`, `${AUTH}userinfo.email`]);
      const some = info(g, [`${AUTH}spreadsheets`, `${AUTH}documents`]);
      expect(some.getAuthorizationStatus()).toBe('REQUIRED');
      expect(some.getAuthorizedScopes()).toEqual([`${AUTH}spreadsheets`]);
      expect(info(g, [`${AUTH}spreadsheets`]).getAuthorizationStatus()).toBe('NOT_REQUIRED');
      // No other mode asks for consent.
      const limited = (g.ScriptApp as unknown as { getAuthorizationInfo(m: unknown): AuthorizationInfo }).getAuthorizationInfo(
        g.ScriptApp.AuthMode.LIMITED,
      );
      expect(limited.getAuthorizationStatus()).toBe('NOT_REQUIRED');
    });
  });

  it('ends the execution with a consent prompt at requireScopes when a scope is missing', () => {
    const { world, g } = setup();
    grantScopes(world, TUTOR, ['spreadsheets']);
    world.run({ user: TUTOR }, () => {
      g.ScriptApp.requireScopes(g.ScriptApp.AuthMode.FULL, [`${AUTH}spreadsheets`]);
      let thrown: unknown;
      try {
        g.ScriptApp.requireScopes(g.ScriptApp.AuthMode.FULL, [`${AUTH}spreadsheets`, `${AUTH}drive.file`]);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(AuthorizationRequired);
      expect((thrown as Error).message).toBe('Authorization is required to perform that action.');
      expect((thrown as AuthorizationRequired).missing).toEqual([`${AUTH}drive.file`]);
    });
    expect(authSettings(world).prompts).toEqual([{ user: TUTOR, scopes: [`${AUTH}drive.file`], at: expect.any(Number) }]);
  });
});
