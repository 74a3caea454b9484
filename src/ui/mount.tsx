// Mounts a page component into the shell the build writes (<div id="app" data-page="PageName">), titles the page
// from the catalog in its language, and lets a dialog size itself to its content.

import { type ComponentType, render } from 'preact';
import { type PageName, pageTitles } from '../core/i18n/messages/pages';
import { fitDialog } from './components/fit-dialog';
import { PAGE_LOCALE } from './i18n';

/** Pages the editor shows as a sidebar (Google's fixed 300 px; its height is the editor's): every other page is a dialog. */
const SIDEBARS: readonly string[] = ['TutorSidebar', 'TemplateSidebar'];

/**
 * Renders `Page`. The document's title (what a screen reader announces first) is the page's title in the catalog, the
 * one the host's title bar shows; a page missing from the catalog is named by its first heading. A dialog follows its
 * content's height (`fitDialog`).
 */
export function mount(Page: ComponentType): void {
  const root = document.getElementById('app');
  if (!root) return;
  render(<Page />, root);
  const name = root.dataset.page ?? '';
  const title = name in pageTitles.en ? pageTitles.t(PAGE_LOCALE, name as PageName) : '';
  document.title = title || root.querySelector('h1')?.textContent?.trim() || 'Tutoring Toolkit';
  if (!SIDEBARS.includes(name)) fitDialog(root);
}
