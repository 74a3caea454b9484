// Building and reading the plain document state: new docs and elements, element ids, and element text.

import type { DocElementState, DocumentState } from './state';

export type ParagraphState = Extract<DocElementState, { type: 'PARAGRAPH' }>;
export type ListItemState = Extract<DocElementState, { type: 'LIST_ITEM' }>;
export type TableState = Extract<DocElementState, { type: 'TABLE' }>;
export type TextBlockState = ParagraphState | ListItemState;

/** A new Doc holds one empty paragraph, as DocumentApp.create makes it. */
export function createDocumentState(id: string, name: string): DocumentState {
  const doc: DocumentState = { id, name, body: [], cursorIndex: null, nextElementId: 1 };
  doc.body.push(withId(doc, newParagraph('')));
  return doc;
}

export function newParagraph(text: string): ParagraphState {
  return { type: 'PARAGRAPH', text, heading: 'NORMAL', attributes: {} };
}

/** Gives an element its stable id on first sight. */
export function withId<T extends DocElementState>(doc: DocumentState, element: T): T {
  if (!element.id) {
    doc.nextElementId = (doc.nextElementId ?? 1) + 1;
    element.id = `e${doc.nextElementId - 1}`;
  }
  return element;
}

/** The body's element ids, assigning missing ones (states built by hand or older snapshots). */
export function ensureIds(doc: DocumentState): void {
  for (const el of doc.body) withId(doc, el);
}

export function indexOfElement(doc: DocumentState, id: string): number {
  ensureIds(doc);
  return doc.body.findIndex((el) => el.id === id);
}

/** Plain text of one body element; table cells are tab-separated and rows newline-separated. */
export function elementText(el: DocElementState): string {
  if (el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM') return el.text;
  if (el.type === 'TABLE') return el.rows.map((row) => row.join('\t')).join('\n');
  return '';
}

export function isTextBlock(el: DocElementState): el is TextBlockState {
  return el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM';
}
