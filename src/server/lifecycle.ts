// Simple triggers of the add-on: build each person's menu, from nothing in AuthMode.NONE, from their roles otherwise.

import type { Role } from '../core/access/roles';
import type { Locale } from '../core/i18n/locale';
import { accessText } from '../core/i18n/messages/access';
import { type MenuAudience, menuFor, unknownAudience } from '../core/menu';
import { callerEmail, menuCallerIn } from '../workspace/access/caller';
import { userLocale } from '../workspace/locale';
import { buildAddonMenu, hostUi } from '../workspace/menus';
import { activeWorkbook } from '../workspace/program';

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.DocsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

/**
 * Builds the add-on menu of Sheets or Docs for the person opening the file. In AuthMode.NONE (the add-on is installed
 * but not yet used in this file) onOpen may only build a menu, so it shows the short menu that needs no reads; in
 * LIMITED (enabled in this file) and FULL it reads the caller's roles in the open workbook. See "Editor add-on
 * authorization" (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle) and
 * https://developers.google.com/apps-script/reference/script/auth-mode. The menu only hides; each handler's guard decides.
 */
export function onOpen(e?: OpenEvent): void {
  const { host, ui } = hostUi();
  buildAddonMenu(ui, menuFor(audienceOf(host, e), menuLocale(e)));
}

/**
 * The menu's language. In AuthMode.NONE the add-on may only build its menu ("Do not attempt to take any action that
 * requires authorization", https://developers.google.com/workspace/add-ons/concepts/menus; the fakes refuse every
 * other call there), so that first short menu is English. `Session.getActiveUserLocale` lists no scope
 * (https://developers.google.com/apps-script/reference/base/session), but no page says it answers in NONE.
 */
function menuLocale(e?: OpenEvent): Locale {
  return e && e.authMode === ScriptApp.AuthMode.NONE ? 'en' : userLocale();
}

/** Runs when a user installs the add-on from inside a document (AuthMode.FULL): show their menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e);
}

/** Who the menu is for. Any failure to read leaves the short menu: a menu must always appear. */
function audienceOf(host: 'sheets' | 'docs', e?: OpenEvent): MenuAudience {
  // No event: run by hand from the script editor, which is AuthMode.FULL.
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return unknownAudience(host);
  try {
    // In a simple trigger Google may withhold the email (consumer accounts, other domains): then nothing is known.
    const email = callerEmail();
    if (!email) return unknownAudience(host);
    if (host === 'docs') return { host, known: true, kind: null, roles: [] };
    const { kind, caller } = menuCallerIn(activeWorkbook(), email);
    return { host, known: true, kind, roles: caller.roles };
  } catch {
    return unknownAudience(host);
  }
}

/**
 * Menu, for a person with no role in this program workbook: says why the menu holds nothing for them and whom to ask.
 * Anyone may call it; it reveals only the coordinators' emails, which anyone who can open the file reads in Settings.
 */
export function menuAboutAccess(): void {
  const { ui } = hostUi();
  const email = callerEmail();
  const { caller, coordinators } = menuCallerIn(activeWorkbook(), email);
  const t = accessText.in(userLocale());
  const ask = coordinators.length > 0 ? t('askNamed', { emails: coordinators.join(', ') }) : t('askAnyone');
  const roles = caller.roles.map((r) => t(ROLE_NAME[r]));
  const message =
    caller.roles.length > 0
      ? t('nowHasRole', { roles: roles.length > 1 ? t('and', { list: roles.slice(0, -1).join(', '), last: roles[roles.length - 1] }) : roles[0] })
      : t('noRole', { who: email || t('yourAccount'), ask });
  ui.alert('Tutoring Toolkit', message, ui.ButtonSet.OK);
}

const ROLE_NAME = { coordinator: 'roleCoordinator', teacher: 'roleTeacher', tutor: 'roleTutor' } as const satisfies Record<Role, string>;
