// Server API of the program workbook: the setup dialog and its save.

import { accessText } from '../core/i18n/messages/access';
import type { ProgramSettings } from '../core/model';
import { rejected, type SaveResult, saved } from '../core/result';
import { checkSetupForm, type SetupFormFields } from '../core/setup-form';
import { userLocale } from '../workspace/locale';
import { withDocumentLock } from '../workspace/lock';
import { showDialog } from '../workspace/pages';
import { readSettings } from '../workspace/program';
import { MissingTableError } from '../workspace/table-store';
import { ensureWorkbook, type WorkbookSetupResult } from '../workspace/workbook-setup';
import { allow, menuAllowed } from './guard';

/** Menu: opens the setup dialog. */
export function menuSetUpWorkbook(): void {
  menuAllowed('menuSetUpWorkbook', () => {
    showDialog(SpreadsheetApp.getUi(), 'SetupDialog');
  });
}

/** The dialog's starting values: the current settings when the workbook was set up before. */
export function getSetupDefaults(): { settings: ProgramSettings | null; spreadsheetName: string } {
  const { ss } = allow('getSetupDefaults');
  return { settings: settingsIfSetUp(ss), spreadsheetName: ss.getName() };
}

/** The settings, or null before the first setup; asks Sheets for the Settings sheet once. */
function settingsIfSetUp(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ProgramSettings | null {
  try {
    return readSettings(ss);
  } catch (error) {
    if (error instanceof MissingTableError) return null;
    throw error;
  }
}

/** Validates the form, then creates what is missing and upgrades older layouts, keeping every row. */
export function setUpWorkbook(input: SetupFormFields): SaveResult<WorkbookSetupResult> {
  const checked = checkSetupForm(input);
  if (!checked.ok) return rejected(checked.errors);
  const { ss, caller, settings, kind } = allow('setUpWorkbook');
  if (kind === 'team') return rejected({}, accessText.t(userLocale(), 'teamWorkbookSetup'));
  // The dialog sends the list it shows (prefilled from Settings), so what it sends replaces it; a call without the field
  // keeps the list. Whoever saves stays a coordinator, so nobody locks themselves out.
  const named = input.coordinators === undefined ? (settings?.coordinators ?? []) : checked.value.coordinators;
  const coordinators = [...new Set([...named, caller.email])];
  const result = withDocumentLock(() =>
    ensureWorkbook(ss, {
      ...checked.value,
      coordinators,
      driveRootFolderId: '',
      driveOwner: settings?.driveOwner ?? '',
      team: '',
      masterWorkbookId: '',
    }),
  );
  return saved(result);
}
