// Text edits on the fake document state in the API's terms: replace a stretch of one span's text, splitting a body
// paragraph where the new text holds "\n" (as inserting a newline does in Docs), and keeping character runs in step.

import { withId } from '../docs/model';
import type { DocElementState, DocumentState, TextRun } from '../docs/state';
import type { TextSpan } from './layout';

type TextBlock = Extract<DocElementState, { type: 'PARAGRAPH' | 'LIST_ITEM' }>;

/**
 * Runs over the text after [at, at + removed) is replaced by `added` units. Inserted text takes the style of the
 * character just before it ("In most cases, the text style for the inserted text will match the text immediately
 * before the insertion index": https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest).
 */
export function editRuns(runs: readonly TextRun[], at: number, removed: number, added: number): TextRun[] {
  const out: TextRun[] = [];
  const cutEnd = at + removed;
  const shift = added - removed;
  for (const r of runs) {
    const hasLeft = r.start < at;
    const hasRight = r.end >= cutEnd;
    if (hasLeft && hasRight) out.push({ start: r.start, end: r.end + shift, attributes: r.attributes });
    else if (hasLeft) {
      const end = Math.min(r.end, at - 1);
      out.push({ start: r.start, end: added > 0 && end === at - 1 ? at + added - 1 : end, attributes: r.attributes });
    } else if (hasRight) out.push({ start: Math.max(r.start, cutEnd) + shift, end: r.end + shift, attributes: r.attributes });
  }
  return out;
}

/** The runs of [from, to) of a text, rebased to start at 0. */
export function sliceRuns(runs: readonly TextRun[] | undefined, from: number, to: number): TextRun[] {
  return (runs ?? [])
    .filter((r) => r.end >= from && r.start < to)
    .map((r) => ({ start: Math.max(r.start, from) - from, end: Math.min(r.end, to - 1) - from, attributes: r.attributes }));
}

function cellKey(cell: [number, number]): string {
  return `${cell[0]},${cell[1]}`;
}

/** Stores a text block's runs, dropping the field when there are none (as the DocumentApp fake does). */
export function setRuns(block: TextBlock, runs: TextRun[]): void {
  if (runs.length) block.runs = runs;
  else delete block.runs;
}

/** A new body paragraph like `block` (type, heading, list, attributes) holding `text`. */
export function sibling(doc: DocumentState, block: TextBlock, text: string, runs: TextRun[]): TextBlock {
  const copy = structuredClone(block);
  delete copy.id;
  copy.text = text;
  setRuns(copy, runs);
  return withId(doc, copy);
}

/** Puts `added` in place of [offset, offset + removed) of a span's text; returns how many body elements it added. */
export function editSpan(doc: DocumentState, span: TextSpan, offset: number, removed: number, added: string): number {
  const el = doc.body[span.el];
  if (el.type === 'TABLE' && span.cell) {
    const key = cellKey(span.cell);
    const text = el.rows[span.cell[0]][span.cell[1]];
    el.rows[span.cell[0]][span.cell[1]] = text.slice(0, offset) + added + text.slice(offset + removed);
    const runs = editRuns(el.cellRuns?.[key] ?? [], offset, removed, added.length);
    if (runs.length) el.cellRuns = { ...(el.cellRuns ?? {}), [key]: runs };
    else if (el.cellRuns) delete el.cellRuns[key];
    return 0;
  }
  if (el.type !== 'PARAGRAPH' && el.type !== 'LIST_ITEM') throw new Error(`not implemented in fakes: editing text of a ${el.type}`);
  const text = el.text.slice(0, offset) + added + el.text.slice(offset + removed);
  const runs = editRuns(el.runs ?? [], offset, removed, added.length);
  const pieces = text.split('\n');
  if (pieces.length === 1) {
    el.text = text;
    setRuns(el, runs);
    return 0;
  }
  // Each "\n" ends a paragraph: the first piece stays in this element, each later one is a new paragraph like it.
  const made: DocElementState[] = [];
  let from = 0;
  pieces.forEach((piece, i) => {
    const pieceRuns = sliceRuns(runs, from, from + piece.length);
    if (i === 0) {
      el.text = piece;
      setRuns(el, pieceRuns);
    } else made.push(sibling(doc, el, piece, pieceRuns));
    from += piece.length + 1;
  });
  doc.body.splice(span.el + 1, 0, ...made);
  if (doc.cursorIndex !== null && doc.cursorIndex > span.el) doc.cursorIndex += made.length;
  return made.length;
}
