// HtmlOutput fake: the page content and the sidebar/dialog settings Apps Script would apply.

export class FakeHtmlOutput
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
    >
{
  private title = '';
  private width = 300;
  private height = 500;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content = content;
    return this.self();
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += addedContent;
    return this.self();
  }
  appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += escapeHtml(addedContent);
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = title;
    return this.self();
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.width = width;
    return this.self();
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.height = height;
    return this.self();
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    return this.self();
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    return this.self();
  }
  addMetaTag(_name: string, _content: string): GoogleAppsScript.HTML.HtmlOutput {
    return this.self();
  }
  /** Surfaces wrap this object; returning `this` from inside keeps chained calls counted once each. */
  private self(): GoogleAppsScript.HTML.HtmlOutput {
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}

/** HtmlService's contextual escaping, reduced to the HTML-text case `<?= ?>` needs. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
