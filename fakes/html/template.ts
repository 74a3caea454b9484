// HtmlTemplate fake: evaluates scriptlets as Apps Script does — `<? code ?>`, `<?= printed, escaped ?>`, `<?!= printed raw ?>`.

import { escapeHtml, FakeHtmlOutput } from './output';

export class FakeHtmlTemplate implements Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'> {
  [variable: string]: unknown;

  constructor(private readonly _source: string) {}

  getRawContent(): string {
    return this._source;
  }

  getCode(): string {
    return compileTemplate(this._source);
  }

  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (!key.startsWith('_')) data[key] = this[key];
    const render = new Function('__data', '__escape', `with (__data) { ${compileTemplate(this._source)} }`) as (
      data: Record<string, unknown>,
      escapeValue: (v: unknown) => string,
    ) => string;
    return new FakeHtmlOutput(render(data, escapeHtml)) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}

function compileTemplate(source: string): string {
  const parts: string[] = ['let __out = "";'];
  const pattern = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    parts.push(`__out += ${JSON.stringify(source.slice(last, m.index))};`);
    if (m[1] === '=') parts.push(`__out += __escape(${m[2]});`);
    else if (m[1] === '!=') parts.push(`__out += String(${m[2]});`);
    else parts.push(m[2]);
    last = pattern.lastIndex;
  }
  parts.push(`__out += ${JSON.stringify(source.slice(last))};`, 'return __out;');
  return parts.join('\n');
}
