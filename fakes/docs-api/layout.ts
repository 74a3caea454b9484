// Where each part of a fake document sits in the Docs API's index space (UTF-16 code units, the body from 1).
//
// The rules, from https://developers.google.com/workspace/docs/api/concepts/structure#start_and_end_indexes and
// https://developers.google.com/workspace/docs/api/how-tos/tables: indexes count UTF-16 code units (JavaScript string
// length, so an emoji counts 2); the body opens with a section break at [0, 1), so its first paragraph starts at 1;
// every paragraph ends with its own "\n"; a table takes one unit to open, one per row, one per cell, then its cells'
// paragraphs, and one to close (an empty 2×2 table at S spans [S, S + 12), its first cell's paragraph [S + 3, S + 4)).
// A horizontal rule or page break is one element inside its own paragraph, so it spans 2 units here.

import type { DocElementState, DocumentState } from '../docs/state';

/** One run of editable text: a body paragraph or list item, or one table cell (its paragraphs joined by "\n"). */
export interface TextSpan {
  /** Position of the element in `doc.body`. */
  el: number;
  cell?: [number, number];
  /** Index of the first character; the span's closing "\n" sits at start + text.length. */
  start: number;
  text: string;
}

export interface TableSpan {
  el: number;
  start: number;
  end: number;
  rows: number;
  columns: number;
}

export interface Layout {
  spans: TextSpan[];
  tables: TableSpan[];
  /** Start and end of every body element, by position in `doc.body`. */
  blocks: { start: number; end: number }[];
  /** The body segment's end index. */
  end: number;
}

/** The fake's element types that take one element plus a paragraph end in the API's model. */
function isInlineBlock(el: DocElementState): boolean {
  return el.type === 'HORIZONTAL_RULE' || el.type === 'PAGE_BREAK';
}

/** Lays the body out in the API's index space. */
export function layoutOf(doc: DocumentState): Layout {
  const spans: TextSpan[] = [];
  const tables: TableSpan[] = [];
  const blocks: { start: number; end: number }[] = [];
  let at = 1;
  doc.body.forEach((el, i) => {
    const start = at;
    if (el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM') {
      spans.push({ el: i, start: at, text: el.text });
      at += el.text.length + 1;
    } else if (isInlineBlock(el)) {
      at += 2;
    } else if (el.type === 'TABLE') {
      at++;
      el.rows.forEach((row, r) => {
        at++;
        row.forEach((text, c) => {
          at++;
          spans.push({ el: i, cell: [r, c], start: at, text });
          at += text.length + 1;
        });
      });
      at++;
      tables.push({ el: i, start, end: at, rows: el.rows.length, columns: el.rows[0]?.length ?? 0 });
    }
    blocks.push({ start, end: at });
  });
  return { spans, tables, blocks, end: at };
}

/** The span whose text (or closing newline position) holds `index`, if any. */
export function spanAt(layout: Layout, index: number): TextSpan | undefined {
  return layout.spans.find((s) => index >= s.start && index <= s.start + s.text.length);
}

/** Spans that share at least one code unit (newline included) with [start, end). */
export function spansIn(layout: Layout, start: number, end: number): TextSpan[] {
  return layout.spans.filter((s) => s.start < end && s.start + s.text.length + 1 > start);
}
