// Writes rendered template blocks into a Google Doc: a new document in one Docs API batchUpdate; into an open document
// at the cursor with DocumentApp (only DocumentApp knows the cursor); and a program's template copy's merge fields.

import { type DocsRequest, documentRequests, type FieldOccurrence, mergeRequests, resourceText } from '../core/docs/requests';
import { isKnownField, type MergeReport } from '../core/templates/merge';
import type { DocBlock, ParagraphStyle } from '../core/templates/render';

type Body = GoogleAppsScript.Document.Body;

/** The Advanced Docs service; typed as possibly absent because it exists only when enabled in appsscript.json. */
export function docsApi(): GoogleAppsScript.Docs {
  if (!Docs) throw new Error('The Advanced Docs service is not enabled for this add-on (appsscript.json › enabledAdvancedServices).');
  return Docs;
}

/** One batchUpdate (one call), or none when there is nothing to do. */
function batchUpdate(documentId: string, requests: readonly DocsRequest[]): void {
  if (!requests.length) return;
  // Our request shapes are the API's; the @types package predates updateTableCellStyle.
  docsApi().Documents.batchUpdate({ requests: requests as unknown as GoogleAppsScript.Docs.Schema.Request[] }, documentId);
}

/** Builds a new document (one empty paragraph) from rendered blocks in one batchUpdate; its empty paragraph stays last. */
export function buildDocument(documentId: string, blocks: readonly DocBlock[]): void {
  batchUpdate(documentId, documentRequests(blocks));
}

/** A document's plain text through the Docs API (one call). */
export function documentText(documentId: string): string {
  return resourceText(docsApi().Documents.get(documentId).body?.content);
}

/**
 * Fills a copy of a program's template in one batchUpdate: each known field typed in the template (`occurrences`, read
 * once from the template) becomes its value; unknown fields stay, visible, and are reported.
 */
export function fillCopiedFields(
  documentId: string,
  occurrences: readonly FieldOccurrence[],
  values: Readonly<Record<string, string>>,
  report: MergeReport,
): void {
  for (const { name } of occurrences) {
    if (!report.used.includes(name)) report.used.push(name);
    if (!isKnownField(name)) {
      if (!report.unknown.includes(name)) report.unknown.push(name);
    } else if ((values[name] ?? '') === '' && !report.empty.includes(name)) report.empty.push(name);
  }
  batchUpdate(
    documentId,
    mergeRequests(occurrences, (name) => (isKnownField(name) ? (values[name] ?? '') : null)),
  );
}
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
 * Writes blocks at child `index` of an open body (its end when omitted) with DocumentApp, for the Docs sidebar's
 * insert at the cursor; returns how many children were added.
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
