// Writes rendered template blocks into a Google Doc body (appended, or inserted at a child index), and fills the
// merge fields of a program's own template doc with replaceText.

import { fieldPattern, fieldsIn, isKnownField, type MergeReport } from '../core/templates/merge';
import type { DocBlock, ParagraphStyle } from '../core/templates/render';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;

const NOTE_GREY = '#5f6368';
const HEADER_FILL = '#f1f3f4';

function heading(style: ParagraphStyle): GoogleAppsScript.Document.ParagraphHeading {
  const H = DocumentApp.ParagraphHeading;
  switch (style) {
    case 'title':
      return H.TITLE;
    case 'subtitle':
      return H.SUBTITLE;
    case 'heading1':
      return H.HEADING1;
    case 'heading2':
      return H.HEADING2;
    case 'heading3':
      return H.HEADING3;
    default:
      return H.NORMAL;
  }
}

/**
 * Writes blocks at child `index` of the body (its end when omitted) and returns how many children were added.
 * Calls per block: paragraph 2 (3 for a note), list item 2, table 1 + 2 per header cell, rule 1.
 *
 * The header cells cost 2 calls each (getCell, one setAttributes with both attributes): DocumentApp has no call
 * that styles a whole row's cells that the fakes model (TableRow.setAttributes would make it 2 per table).
 */
export function writeBlocks(body: Body, blocks: readonly DocBlock[], index?: number): number {
  let at = index ?? -1;
  let added = 0;
  const A = DocumentApp.Attribute;
  const noteStyle = { [A.ITALIC]: true, [A.FOREGROUND_COLOR]: NOTE_GREY };
  const headerStyle = { [A.BOLD]: true, [A.BACKGROUND_COLOR]: HEADER_FILL };
  const place = <T>(append: () => T, insert: (i: number) => T): T => {
    const el = at < 0 ? append() : insert(at++);
    added++;
    return el;
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph': {
        const p: Paragraph = place(
          () => body.appendParagraph(block.text),
          (i) => body.insertParagraph(i, block.text),
        );
        // Set on every paragraph: an appended paragraph can inherit the heading of the one before it.
        p.setHeading(heading(block.style));
        if (block.style === 'note') p.setAttributes(noteStyle);
        break;
      }
      case 'list':
        for (const item of block.items) {
          const li = place(
            () => body.appendListItem(item),
            (i) => body.insertListItem(i, item),
          );
          li.setGlyphType(block.ordered ? DocumentApp.GlyphType.NUMBER : DocumentApp.GlyphType.BULLET);
        }
        break;
      case 'table': {
        const table = place(
          () => body.appendTable(block.cells),
          (i) => body.insertTable(i, block.cells),
        );
        const width = block.cells[0]?.length ?? 0;
        for (let c = 0; c < width; c++) table.getCell(0, c).setAttributes(headerStyle);
        break;
      }
      case 'rule':
        place(
          () => body.appendHorizontalRule(),
          (i) => body.insertHorizontalRule(i),
        );
        break;
    }
  }
  return added;
}

/** The body child index just after the user's cursor (or selection), or null when the document has neither. */
export function cursorInsertIndex(doc: GoogleAppsScript.Document.Document): number | null {
  const cursor = doc.getCursor();
  if (!cursor) return null;
  let el: GoogleAppsScript.Document.Element = cursor.getElement();
  const body = doc.getBody();
  // The cursor sits in a Text, a paragraph, or a table cell: climb to the child of the body.
  for (let guard = 0; guard < 10; guard++) {
    const parent = el.getParent();
    if (!parent || parent.getType() === DocumentApp.ElementType.BODY_SECTION) break;
    el = parent;
  }
  return body.getChildIndex(el) + 1;
}

/**
 * Fills a copied template doc: reads its text once, replaces each known field, and reports fields it does not know
 * (they stay in the doc, visible, for the coordinator to fix). Calls: 1 + 1 per distinct known field.
 */
export function fillDocFields(body: Body, values: Readonly<Record<string, string>>, report: MergeReport): void {
  for (const name of fieldsIn(body.getText())) {
    if (!report.used.includes(name)) report.used.push(name);
    if (!isKnownField(name)) {
      if (!report.unknown.includes(name)) report.unknown.push(name);
      continue;
    }
    const value = values[name] ?? '';
    if (value === '' && !report.empty.includes(name)) report.empty.push(name);
    body.replaceText(fieldPattern(name), value);
  }
}
