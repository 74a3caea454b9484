// Mounts a page component into the shell the build writes (<div id="app">).

import { type ComponentType, render } from 'preact';

export function mount(Page: ComponentType): void {
  const root = document.getElementById('app');
  if (root) render(<Page />, root);
}
