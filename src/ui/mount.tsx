// Mounts a page component into the shell the build writes (<div id="app">), gives the page its title, and lets a
// dialog size itself to its content.

import { type ComponentType, render } from 'preact';
import { fitDialog } from './components/fit-dialog';

/**
 * Renders `Page`; `title` becomes the document's title (what a screen reader announces first). Without one, the
 * page's first heading names it once rendered, so no page is left untitled. A `dialog` follows its content's height
 * (`fitDialog`); a sidebar's height is the editor's.
 */
export function mount(Page: ComponentType, title?: string, kind: 'sidebar' | 'dialog' = 'sidebar'): void {
  const root = document.getElementById('app');
  if (!root) return;
  render(<Page />, root);
  if (title) document.title = title;
  else if (!document.title) document.title = root.querySelector('h1')?.textContent?.trim() || 'Tutoring Toolkit';
  if (kind === 'dialog') fitDialog(root);
}
