// Server API of sharing lesson materials: a teacher picks files and one of their team's Classroom Materials folders
// with the Google Picker, and the add-on makes shortcuts there.

import { MATERIAL_CATEGORIES, type MaterialCategory } from '../core/drive-plan';
import { shareServerText } from '../core/i18n/messages/share-materials';
import { workbookKindOf } from '../core/model';
import { rejected, type SaveResult, saved } from '../core/result';
import { type SharedFile, ShareRefusedError, shareMaterials as shareIntoFolder } from '../workspace/drive-share';
import { userLocale } from '../workspace/locale';
import { hostUi } from '../workspace/menus';
import { showDialog } from '../workspace/pages';
import { linkedWorkbookOrActive } from '../workspace/template-sidebar';
import { allow, menuAllowed } from './guard';

export type { SharedFile } from '../workspace/drive-share';

/** Menu (Sheets and Docs): the dialog where a teacher adds files to their team's Classroom Materials. */
export function menuShareMaterials(): void {
  menuAllowed(
    'menuShareMaterials',
    () => {
      showDialog(hostUi().ui, 'ShareMaterialsDialog');
    },
    linkedWorkbookOrActive,
  );
}

export interface ShareMaterialsOptions {
  categories: { value: MaterialCategory; label: string }[];
}

/** The dialog's starting state: the category folders the teacher may pick, in the seed's words. */
export function getShareMaterialsOptions(): ShareMaterialsOptions {
  allow('getShareMaterialsOptions', linkedWorkbookOrActive());
  const t = shareServerText.in(userLocale());
  return { categories: MATERIAL_CATEGORIES.map((value) => ({ value, label: t(value) })) };
}

/** What Google's Picker needs on real Google: the user's token for the add-on's scopes and the Cloud project's ids. */
export interface PickerConfig {
  oauthToken: string;
  /** The Cloud project's API key (script property PICKER_API_KEY). */
  developerKey: string;
  /** The Cloud project number (script property PICKER_APP_ID): what the picked files are granted to. */
  appId: string;
}

/**
 * The Picker's configuration, asked only by the page on real Google. Throws a message naming what the admin must set
 * when the script properties are missing.
 */
export function getPickerConfig(): PickerConfig {
  allow('getPickerConfig', linkedWorkbookOrActive());
  const props = PropertiesService.getScriptProperties();
  const developerKey = props.getProperty('PICKER_API_KEY') ?? '';
  const appId = props.getProperty('PICKER_APP_ID') ?? '';
  if (!developerKey || !appId) throw new Error(shareServerText.t(userLocale(), 'pickerNotConfigured'));
  return { oauthToken: ScriptApp.getOAuthToken(), developerKey, appId };
}

export interface ShareMaterialsForm {
  /** The category folder picked with the Picker. */
  folderId: string;
  /** The files picked with the Picker. */
  fileIds: string[];
}

const DRIVE_ID = /^[A-Za-z0-9_-]{10,}$/;

/**
 * Checks the picks, then adds the files (each reported on its own: one file that fails does not stop the others).
 * Refuses a folder that is not a Classroom Materials folder of one of the caller's teams.
 */
export function shareMaterials(form: ShareMaterialsForm): SaveResult<SharedFile[]> {
  const { caller, ss, settings } = allow('shareMaterials', linkedWorkbookOrActive());
  const errors: Record<string, string> = {};
  const locale = userLocale();
  const t = shareServerText.in(locale);
  const folderId = String(form?.folderId ?? '').trim();
  const fileIds = [...new Set((Array.isArray(form?.fileIds) ? form.fileIds : []).map((f) => String(f).trim()))];
  if (!DRIVE_ID.test(folderId)) errors.folder = t('noFolder');
  if (fileIds.length === 0) errors.files = t('noFiles');
  else if (fileIds.length > 50) errors.files = t('tooMany');
  else if (fileIds.some((f) => !DRIVE_ID.test(f))) errors.files = t('usePicker');
  if (Object.keys(errors).length) return rejected(errors);
  const masterId = settings && workbookKindOf(settings) === 'team' ? settings.masterWorkbookId : ss.getId();
  try {
    return saved(shareIntoFolder({ folderId, fileIds }, { caller, masterId, locale }));
  } catch (error) {
    if (error instanceof ShareRefusedError) return rejected({ folder: error.message });
    throw error;
  }
}
