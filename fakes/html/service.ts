// HtmlService fake: pages come from the built files (dist/*.html), as `createHtmlOutputFromFile` reads the project's files.

import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { FakeHtmlOutput } from './output';
import { FakeHtmlTemplate } from './template';

/** Reads a project HTML file by name (without ".html"); undefined when the project has none. */
export type HtmlFileLoader = (name: string) => string | undefined;

class FakeHtmlService
  implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'>
{
  readonly SandboxMode = { IFRAME: 'IFRAME', EMULATED: 'EMULATED', NATIVE: 'NATIVE' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };

  constructor(
    private readonly world: FakeWorld,
    private readonly load: HtmlFileLoader,
  ) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw new Error('not implemented in fakes: HtmlService.createHtmlOutput(blob)');
    return this.wrapOutput(new FakeHtmlOutput(html ?? ''));
  }

  // The file's text as pushed, unchanged by getContent() (the `include()` pattern); the bundle reads its data files so:
  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String),
  // https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return this.wrapOutput(new FakeHtmlOutput(this.file(filename)));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlTemplate {
    if (typeof html !== 'string') throw new Error('not implemented in fakes: HtmlService.createTemplate(blob)');
    return surface(new FakeHtmlTemplate(html), 'HtmlTemplate', this.world) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return this.createTemplate(this.file(filename));
  }

  private file(filename: string): string {
    const content = this.load(filename.replace(/\.html$/, ''));
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return content;
  }

  private wrapOutput(output: FakeHtmlOutput): GoogleAppsScript.HTML.HtmlOutput {
    return surface(output, 'HtmlOutput', this.world) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}

export function createHtmlService(world: FakeWorld, load: HtmlFileLoader): GoogleAppsScript.HTML.HtmlService {
  return surface(new FakeHtmlService(world, load), 'HtmlService', world) as unknown as GoogleAppsScript.HTML.HtmlService;
}
