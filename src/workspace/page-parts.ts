// Reads a page part's script from the project (dist/part-<name>.html) with one HtmlService call, as a page asks for it.
// createHtmlOutputFromFile(name).getContent() returns the file's text as pushed:
// https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)

import type { PagePartName } from '../core/page-parts';

export function readPagePart(name: PagePartName): string {
  return HtmlService.createHtmlOutputFromFile(`part-${name}`).getContent();
}
