// The one way the server shows a page: the built dist/<PageName>.html in the user's language, titled from the
// catalog, at the size each dialog was laid out for.

import type { Locale } from '../core/i18n/locale';
import { type PageName, pageTitles } from '../core/i18n/messages/pages';
import { withPageLocale } from '../core/i18n/page-locale';
import { userLocale } from './locale';

export type DialogName = Exclude<PageName, 'TutorSidebar' | 'TemplateSidebar'>;
export type SidebarName = Extract<PageName, 'TutorSidebar' | 'TemplateSidebar'>;

/** Each dialog's size in pixels (Sheets and Docs do not size a dialog to its content). */
const DIALOG_SIZES: Record<DialogName, { width: number; height: number }> = {
  SetupDialog: { width: 460, height: 620 },
  RosterImportDialog: { width: 720, height: 640 },
  ProvisionDialog: { width: 640, height: 600 },
  UpgradeDialog: { width: 680, height: 620 },
  ShareMaterialsDialog: { width: 560, height: 600 },
  GenerateDocsDialog: { width: 560, height: 640 },
  ProgressReportDialog: { width: 560, height: 620 },
  WeeklyDialog: { width: 560, height: 640 },
};

/**
 * The page as HtmlOutput, its `<html lang>` set to `locale` so it shows its own strings in that language. English
 * pages are served as built (no extra call).
 */
export function servePage(name: PageName, locale: Locale): GoogleAppsScript.HTML.HtmlOutput {
  const page = HtmlService.createHtmlOutputFromFile(name);
  if (locale !== 'en') page.setContent(withPageLocale(page.getContent(), locale));
  return page;
}

/** Shows a modal dialog in the user's language, with its title from the catalog. */
export function showDialog(ui: GoogleAppsScript.Base.Ui, name: DialogName, locale: Locale = userLocale()): void {
  const { width, height } = DIALOG_SIZES[name];
  ui.showModalDialog(servePage(name, locale).setWidth(width).setHeight(height), pageTitles.t(locale, name));
}

/** Shows a sidebar (300 px wide, Google's fixed width) in the user's language, with its title from the catalog. */
export function showSidebar(ui: GoogleAppsScript.Base.Ui, name: SidebarName, locale: Locale = userLocale()): void {
  ui.showSidebar(servePage(name, locale).setTitle(pageTitles.t(locale, name)));
}
