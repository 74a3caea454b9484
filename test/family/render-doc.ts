// Renders a fake Google Doc body (or a fake PDF's content) as HTML, the way Docs lays it out, for screenshots.

import type { DocElementState } from '../../fakes/docs/state';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const TAGS: Record<string, string> = { TITLE: 'h1', SUBTITLE: 'p class="subtitle"', HEADING1: 'h2', HEADING2: 'h3', HEADING3: 'h4' };

function bodyHtml(body: readonly DocElementState[]): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul>${list.join('')}</ul>`);
    list = [];
  };
  for (const el of body) {
    if (el.type === 'LIST_ITEM') {
      list.push(`<li>${esc(el.text)}</li>`);
      continue;
    }
    flush();
    if (el.type === 'PARAGRAPH') {
      if (!el.text.trim()) continue;
      const open = TAGS[el.heading] ?? 'p';
      const tag = open.split(' ')[0];
      const note = el.heading === 'NORMAL' && el.text.startsWith('This report belongs to') ? ' class="note"' : '';
      out.push(`<${open}${note}>${esc(el.text)}</${tag}>`);
    } else if (el.type === 'TABLE') {
      const [head, ...rows] = el.rows;
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    } else if (el.type === 'HORIZONTAL_RULE') out.push('<hr>');
  }
  flush();
  return out.join('\n');
}

const STYLE = `
  body { margin: 0; background: #f8f9fa; font-family: Arial, Helvetica, sans-serif; color: #202124; }
  .page { background: #fff; box-sizing: border-box; margin: 24px auto; box-shadow: 0 1px 3px rgba(60,64,67,.3); }
  h1 { font-size: 26pt; font-weight: 400; margin: 0 0 4px; }
  .subtitle { font-size: 14pt; color: #5f6368; margin: 0 0 16px; }
  h2 { font-size: 16pt; font-weight: 400; margin: 20px 0 6px; color: #1a73e8; }
  p, li, td, th { font-size: 11pt; line-height: 1.45; }
  p { margin: 0 0 8px; }
  ul { margin: 0 0 8px; padding-left: 24px; }
  table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
  th, td { border: 1px solid #dadce0; padding: 5px 7px; text-align: left; vertical-align: top; }
  th { background: #f1f3f4; font-weight: 700; }
  .note { color: #5f6368; font-size: 9.5pt; margin-top: 18px; }
  .viewer { background: #525659; padding: 24px 0; }
  .bar { background: #323639; color: #fff; font-size: 13px; padding: 10px 16px; }
`;

/** The Doc as Docs shows it: a page 8.5 in wide with 1 in margins, growing with its content. */
export function docHtml(name: string, body: readonly DocElementState[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(name)}</title><style>${STYLE}</style></head><body><main class="page" style="width:816px;padding:96px">${bodyHtml(body)}</main></body></html>`;
}

/** The PDF's first page as a viewer shows it: one Letter page (8.5 × 11 in at 96 px/in), content past it cut off. */
export function pdfFirstPageHtml(name: string, body: readonly DocElementState[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(name)}</title><style>${STYLE}</style></head><body><div class="bar">${esc(name)} · Page 1</div><div class="viewer"><main class="page" style="width:816px;height:1056px;padding:72px 96px;margin:0 auto"><div style="height:912px;overflow:hidden">${bodyHtml(body)}</div></main></div></body></html>`;
}
