// Server API of page parts: the script of a part of a page (the tutor sidebar's Conference tab) that the page loads on
// demand instead of carrying it every time it opens.

import { isPagePart } from '../core/page-parts';
import { readPagePart } from '../workspace/page-parts';
import { allow } from './guard';

/** The script text of one page part, for the page to run; only the parts the build makes can be asked for. */
export function getPagePart(name: string): string {
  allow('getPagePart');
  if (!isPagePart(name)) throw new Error(`There is no page part "${String(name)}": reload the sidebar.`);
  return readPagePart(name);
}
