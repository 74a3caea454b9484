// Who may run a batch that files documents in the program's Drive folders: the coordinator whose add-on made them.

import type { Locale } from '../i18n/locale';
import { driveWarningText } from '../i18n/messages/drive-warnings';

/**
 * Why `caller` cannot file documents in the team folders, or '' when they can. With the drive.file scope each
 * person's add-on reaches only the items it created, so only the Settings' Drive owner can create files in the
 * folders provisioning made; before provisioning (no owner yet) documents go to the caller's own Drive.
 */
export function driveOwnerProblem(driveOwner: string, caller: string, locale: Locale = 'en'): string {
  const owner = driveOwner.trim().toLowerCase();
  if (!owner || owner === caller.trim().toLowerCase()) return '';
  return driveWarningText.t(locale, 'notOwnerDocs', { owner });
}
