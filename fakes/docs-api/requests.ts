// The batchUpdate request types the fakes apply to a document state, each checked as the API checks it (indexes in
// UTF-16 code units: see layout.ts). Request reference:
// https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request

import { withId } from '../docs/model';
import type { DocElementState, DocumentState, ParagraphHeading, TextRun } from '../docs/state';
import { editSpan, setRuns, sibling, sliceRuns } from './edit';
import { InvalidRequest } from './errors';
import { type Layout, layoutOf, spanAt, spansIn, type TextSpan } from './layout';

type Reply = GoogleAppsScript.Docs.Schema.Response;

/** Newer than the @types package: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatetablecellstylerequest */
interface UpdateTableCellStyleRequest {
  tableCellStyle?: { backgroundColor?: GoogleAppsScript.Docs.Schema.OptionalColor };
  fields?: string;
  tableRange?: { tableCellLocation?: GoogleAppsScript.Docs.Schema.TableCellLocation; rowSpan?: number; columnSpan?: number };
  tableStartLocation?: GoogleAppsScript.Docs.Schema.Location;
}
type TextBlock = Extract<DocElementState, { type: 'PARAGRAPH' | 'LIST_ITEM' }>;

const NAMED_STYLES: Record<string, ParagraphHeading> = {
  NORMAL_TEXT: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING_1: 'HEADING1',
  HEADING_2: 'HEADING2',
  HEADING_3: 'HEADING3',
  HEADING_4: 'HEADING4',
  HEADING_5: 'HEADING5',
  HEADING_6: 'HEADING6',
};

/** https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#bulletglyphpreset */
const BULLET_PRESETS = new Set([
  'BULLET_DISC_CIRCLE_SQUARE',
  'BULLET_DIAMONDX_ARROW3D_SQUARE',
  'BULLET_CHECKBOX',
  'BULLET_ARROW_DIAMOND_DISC',
  'BULLET_STAR_CIRCLE_SQUARE',
  'BULLET_ARROW3D_CIRCLE_SQUARE',
  'BULLET_LEFTTRIANGLE_DIAMOND_DISC',
  'BULLET_DIAMONDX_HOLLOWDIAMOND_SQUARE',
  'BULLET_DIAMOND_CIRCLE_SQUARE',
  'NUMBERED_DECIMAL_ALPHA_ROMAN',
  'NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS',
  'NUMBERED_DECIMAL_NESTED',
  'NUMBERED_UPPERALPHA_ALPHA_ROMAN',
  'NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL',
  'NUMBERED_ZERODECIMAL_ALPHA_ROMAN',
]);

function fail(kind: string, reason: string): never {
  throw new InvalidRequest(kind, reason);
}

function unsupported(what: string): never {
  throw new Error(`not implemented in fakes: Docs.Documents.batchUpdate ${what}`);
}

/** Only the body: headers, footers and footnotes are not modelled. */
function bodyOnly(kind: string, segmentId: string | null | undefined): void {
  if (segmentId) unsupported(`${kind} in segment ${segmentId} (only the body is modelled)`);
}

function indexInSegment(kind: string, index: number | null | undefined, layout: Layout): number {
  if (typeof index !== 'number' || !Number.isInteger(index)) fail(kind, 'The index must be set.');
  if (index >= layout.end) fail(kind, `Index ${index} must be less than the end index of the referenced segment, ${layout.end}.`);
  if (index < 1)
    fail(kind, 'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.');
  return index;
}

/** The span an insertion lands in: a location's index, or the body's last paragraph for endOfSegmentLocation. */
function insertionPoint(
  kind: string,
  request: {
    location?: GoogleAppsScript.Docs.Schema.Location | null;
    endOfSegmentLocation?: GoogleAppsScript.Docs.Schema.EndOfSegmentLocation | null;
  },
  layout: Layout,
): { span: TextSpan; offset: number } {
  if (request.location && request.endOfSegmentLocation) fail(kind, 'Exactly one of location or endOfSegmentLocation must be set.');
  if (request.endOfSegmentLocation) {
    bodyOnly(kind, request.endOfSegmentLocation.segmentId);
    const last = layout.spans.filter((s) => !s.cell).at(-1) as TextSpan;
    return { span: last, offset: last.text.length };
  }
  if (!request.location) fail(kind, 'Exactly one of location or endOfSegmentLocation must be set.');
  bodyOnly(kind, request.location.segmentId);
  const index = indexInSegment(kind, request.location.index, layout);
  const span = spanAt(layout, index);
  if (!span)
    fail(kind, 'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.');
  return { span, offset: index - span.start };
}

function rangeOf(kind: string, range: GoogleAppsScript.Docs.Schema.Range | null | undefined, layout: Layout): { start: number; end: number } {
  if (!range) fail(kind, 'The range must be set.');
  bodyOnly(kind, range.segmentId);
  const start = range.startIndex ?? 0;
  const end = range.endIndex;
  if (typeof end !== 'number') fail(kind, 'The end index must be set.');
  if (end > layout.end) fail(kind, `Index ${end - 1} must be less than the end index of the referenced segment, ${layout.end}.`);
  if (start < 0 || start >= end) fail(kind, 'The range should not be empty.');
  return { start, end };
}

/** "fields" is required; "*" or a comma list of the style's field names. */
function fieldList(kind: string, fields: string | null | undefined, all: readonly string[]): string[] {
  if (!fields?.trim()) fail(kind, "At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  if (fields.trim() === '*') return [...all];
  return fields.split(',').map((f) => f.trim());
}

/** "#rrggbb" from an API OptionalColor, or null when it is transparent. */
function hexOf(color: GoogleAppsScript.Docs.Schema.OptionalColor | null | undefined): string | null {
  const rgb = color?.color?.rgbColor;
  if (!rgb) return null;
  const part = (v: number | null | undefined) =>
    Math.round((v ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(rgb.red)}${part(rgb.green)}${part(rgb.blue)}`;
}

function textBlockAt(doc: DocumentState, span: TextSpan): TextBlock {
  const el = doc.body[span.el];
  if (el.type !== 'PARAGRAPH' && el.type !== 'LIST_ITEM') return unsupported(`on a ${el.type}`);
  return el;
}

function insertText(doc: DocumentState, r: GoogleAppsScript.Docs.Schema.InsertTextRequest): Reply {
  const kind = 'insertText';
  const { span, offset } = insertionPoint(kind, r, layoutOf(doc));
  // "Certain control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic Multilingual
  // Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text."
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the API strips.
  const text = String(r.text ?? '').replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, '');
  editSpan(doc, span, offset, 0, text);
  return {};
}

/**
 * Deletes text within one span, or from one body paragraph into a later one (merging them, and removing whatever lies
 * wholly between). The API refuses the segment's last newline and partial tables.
 */
function deleteContentRange(doc: DocumentState, r: GoogleAppsScript.Docs.Schema.DeleteContentRangeRequest): Reply {
  const kind = 'deleteContentRange';
  const layout = layoutOf(doc);
  const { start, end } = rangeOf(kind, r.range, layout);
  if (end === layout.end) fail(kind, 'The range cannot include the newline character at the end of the segment.');
  const first = spanAt(layout, start);
  const last = spanAt(layout, end);
  if (!first || !last) fail(kind, 'Invalid deletion range: it must start and end inside paragraphs, and cover tables whole.');
  if (first === last) {
    editSpan(doc, first, start - first.start, end - start, '');
    return {};
  }
  if (first.cell || last.cell) fail(kind, 'Invalid deletion range: it cannot cross the edge of a table cell.');
  const head = textBlockAt(doc, first);
  const tail = textBlockAt(doc, last);
  const cutHead = start - first.start;
  const cutTail = end - last.start;
  const runs: TextRun[] = [
    ...sliceRuns(head.runs, 0, cutHead),
    ...sliceRuns(tail.runs, cutTail, tail.text.length).map((x) => ({ ...x, start: x.start + cutHead, end: x.end + cutHead })),
  ];
  head.text = head.text.slice(0, cutHead) + tail.text.slice(cutTail);
  setRuns(head, runs);
  const removed = last.el - first.el;
  doc.body.splice(first.el + 1, removed);
  if (doc.cursorIndex !== null && doc.cursorIndex > first.el) doc.cursorIndex = Math.max(first.el, doc.cursorIndex - removed);
  return {};
}

/** Body paragraphs the range touches; table cells carry no paragraph style in the fake's model. */
function paragraphsIn(doc: DocumentState, kind: string, range: GoogleAppsScript.Docs.Schema.Range | null | undefined): TextBlock[] {
  const layout = layoutOf(doc);
  const { start, end } = rangeOf(kind, range, layout);
  const spans = spansIn(layout, start, end);
  if (spans.some((s) => s.cell)) unsupported(`${kind} on paragraphs in a table cell`);
  return spans.map((s) => textBlockAt(doc, s));
}

function updateParagraphStyle(doc: DocumentState, r: GoogleAppsScript.Docs.Schema.UpdateParagraphStyleRequest): Reply {
  const kind = 'updateParagraphStyle';
  const fields = fieldList(kind, r.fields, ['namedStyleType']);
  if (fields.some((f) => f !== 'namedStyleType')) unsupported(`${kind} fields ${fields.join(',')}`);
  const named = r.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT';
  const heading = NAMED_STYLES[named];
  if (!heading) fail(kind, `Invalid value at 'requests.paragraph_style.named_style_type' (${named}).`);
  for (const block of paragraphsIn(doc, kind, r.range)) {
    if (block.type === 'PARAGRAPH') block.heading = heading;
    else block.attributes.HEADING = heading;
  }
  return {};
}

/** API text style fields → DocumentApp attributes (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#textstyle). */
const TEXT_FIELDS = ['bold', 'italic', 'underline', 'link', 'foregroundColor', 'backgroundColor', 'fontSize'] as const;

function textAttributes(kind: string, style: GoogleAppsScript.Docs.Schema.TextStyle, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    switch (f) {
      case 'bold':
        out.BOLD = style.bold ?? null;
        break;
      case 'italic':
        out.ITALIC = style.italic ?? null;
        break;
      case 'underline':
        out.UNDERLINE = style.underline ?? null;
        break;
      case 'link':
        out.LINK_URL = style.link?.url ?? null;
        break;
      case 'foregroundColor':
        out.FOREGROUND_COLOR = hexOf(style.foregroundColor);
        break;
      case 'backgroundColor':
        out.BACKGROUND_COLOR = hexOf(style.backgroundColor);
        break;
      case 'fontSize':
        out.FONT_SIZE = style.fontSize?.magnitude ?? null;
        break;
      default:
        unsupported(`${kind} field ${f}`);
    }
  }
  return out;
}

function updateTextStyle(doc: DocumentState, r: GoogleAppsScript.Docs.Schema.UpdateTextStyleRequest): Reply {
  const kind = 'updateTextStyle';
  const fields = fieldList(kind, r.fields, TEXT_FIELDS);
  const layout = layoutOf(doc);
  const { start, end } = rangeOf(kind, r.range, layout);
  const attributes = textAttributes(kind, r.textStyle ?? {}, fields);
  for (const span of spansIn(layout, start, end)) {
    const from = Math.max(start, span.start) - span.start;
    const to = Math.min(end, span.start + span.text.length) - span.start;
    if (to <= from) continue;
    const run: TextRun = { start: from, end: to - 1, attributes };
    const el = doc.body[span.el];
    if (el.type === 'TABLE' && span.cell) {
      const key = span.cell.join(',');
      el.cellRuns = { ...(el.cellRuns ?? {}), [key]: [...(el.cellRuns?.[key] ?? []), run] };
    } else {
      const block = textBlockAt(doc, span);
      block.runs = [...(block.runs ?? []), run];
    }
  }
  return {};
}

/**
 * Makes the paragraphs of the range one list; each paragraph's leading tabs set its nesting level and are removed
 * ("The nesting level of each paragraph will be determined by counting leading tabs in front of each paragraph").
 */
function createParagraphBullets(doc: DocumentState, r: GoogleAppsScript.Docs.Schema.CreateParagraphBulletsRequest): Reply {
  const kind = 'createParagraphBullets';
  const preset = r.bulletPreset ?? '';
  if (!BULLET_PRESETS.has(preset)) fail(kind, `Invalid value at 'requests.create_paragraph_bullets.bullet_preset' (${preset}).`);
  const blocks = paragraphsIn(doc, kind, r.range);
  doc.nextElementId = (doc.nextElementId ?? 1) + 1;
  const listId = `kix.list${doc.nextElementId - 1}`;
  for (const block of blocks) {
    const index = doc.body.indexOf(block);
    const tabs = /^\t*/.exec(block.text)?.[0].length ?? 0;
    const text = block.text.slice(tabs);
    const runs = sliceRuns(block.runs, tabs, block.text.length);
    const heading = block.type === 'PARAGRAPH' ? block.heading : block.attributes.HEADING;
    const attributes = { ...block.attributes, ...(heading && heading !== 'NORMAL' ? { HEADING: heading } : {}) };
    const item: TextBlock = {
      id: block.id,
      type: 'LIST_ITEM',
      text,
      nestingLevel: tabs,
      glyphType: preset.startsWith('NUMBERED') ? 'NUMBER' : 'BULLET',
      listId,
      attributes,
    };
    setRuns(item, runs);
    doc.body[index] = item;
  }
  return {};
}

/** Splits the paragraph at the point and puts the table between: the API inserts a newline before the table. */
function insertTable(doc: DocumentState, r: GoogleAppsScript.Docs.Schema.InsertTableRequest): Reply {
  const kind = 'insertTable';
  const rows = r.rows ?? 0;
  const columns = r.columns ?? 0;
  if (!Number.isInteger(rows) || rows < 1) fail(kind, 'The number of rows must be at least 1.');
  if (!Number.isInteger(columns) || columns < 1) fail(kind, 'The number of columns must be at least 1.');
  // "Tables can have at most 20 columns" in Docs' editor; the API refuses more the same way.
  if (columns > 20) fail(kind, 'The number of columns must be at most 20.');
  const { span, offset } = insertionPoint(kind, r, layoutOf(doc));
  if (span.cell) unsupported(`${kind} inside a table cell (nested tables)`);
  const block = textBlockAt(doc, span);
  const rest = sibling(doc, block, block.text.slice(offset), sliceRuns(block.runs, offset, block.text.length));
  setRuns(block, sliceRuns(block.runs, 0, offset));
  block.text = block.text.slice(0, offset);
  const table: DocElementState = withId(doc, {
    type: 'TABLE',
    rows: Array.from({ length: rows }, () => Array.from({ length: columns }, () => '')),
    attributes: {},
  });
  doc.body.splice(span.el + 1, 0, table, rest);
  if (doc.cursorIndex !== null && doc.cursorIndex > span.el) doc.cursorIndex += 2;
  return {};
}

function tableAt(kind: string, layout: Layout, location: GoogleAppsScript.Docs.Schema.Location | null | undefined) {
  bodyOnly(kind, location?.segmentId);
  const table = layout.tables.find((t) => t.start === location?.index);
  if (!table) fail(kind, `The provided table start location ${location?.index ?? '(none)'} is not the start of a table.`);
  return table;
}

/** Cell background colours over a table range (or the whole table given only its start). */
function updateTableCellStyle(doc: DocumentState, r: UpdateTableCellStyleRequest): Reply {
  const kind = 'updateTableCellStyle';
  const fields = fieldList(kind, r.fields, ['backgroundColor']);
  if (fields.some((f) => f !== 'backgroundColor')) unsupported(`${kind} fields ${fields.join(',')}`);
  const layout = layoutOf(doc);
  const range = r.tableRange;
  const cellLocation = range?.tableCellLocation;
  const table = tableAt(kind, layout, cellLocation ? cellLocation.tableStartLocation : r.tableStartLocation);
  const row0 = cellLocation?.rowIndex ?? 0;
  const col0 = cellLocation?.columnIndex ?? 0;
  const rowSpan = range ? (range.rowSpan ?? 0) : table.rows;
  const columnSpan = range ? (range.columnSpan ?? 0) : table.columns;
  if (rowSpan < 1 || columnSpan < 1 || row0 < 0 || col0 < 0 || row0 + rowSpan > table.rows || col0 + columnSpan > table.columns) {
    fail(kind, 'The table range is outside the table.');
  }
  const el = doc.body[table.el];
  if (el.type !== 'TABLE') unsupported('on a table that moved');
  const color = hexOf(r.tableCellStyle?.backgroundColor);
  for (let row = row0; row < row0 + rowSpan; row++) {
    for (let col = col0; col < col0 + columnSpan; col++) {
      const key = `${row},${col}`;
      const attrs = { ...(el.cellAttributes?.[key] ?? {}) };
      if (color) attrs.BACKGROUND_COLOR = color;
      else delete attrs.BACKGROUND_COLOR;
      el.cellAttributes = { ...(el.cellAttributes ?? {}), [key]: attrs };
    }
  }
  return {};
}

/** "Inserts a page break followed by a newline"; not inside a table. The fake models a break only at a paragraph's start. */
function insertPageBreak(doc: DocumentState, r: GoogleAppsScript.Docs.Schema.InsertPageBreakRequest): Reply {
  const kind = 'insertPageBreak';
  const { span, offset } = insertionPoint(kind, r, layoutOf(doc));
  if (span.cell) fail(kind, 'Page breaks cannot be inserted inside a table, equation, footnote, header or footer.');
  if (offset !== 0) unsupported(`${kind} in the middle of a paragraph`);
  doc.body.splice(span.el, 0, withId(doc, { type: 'PAGE_BREAK' }));
  if (doc.cursorIndex !== null && doc.cursorIndex >= span.el) doc.cursorIndex++;
  return {};
}

/** Every occurrence in each paragraph and cell (never across them); `matchCase` is false unless set. */
function replaceAllText(doc: DocumentState, r: GoogleAppsScript.Docs.Schema.ReplaceAllTextRequest): Reply {
  const kind = 'replaceAllText';
  const search = r.containsText?.text ?? '';
  if (!search) fail(kind, 'The search text must not be empty.');
  const replacement = String(r.replaceText ?? '');
  const matchCase = r.containsText?.matchCase === true;
  const needle = matchCase ? search : search.toLowerCase();
  let changed = 0;
  // From the end, so the edits (and any paragraphs a "\n" in the replacement makes) leave earlier spans in place.
  const spans = layoutOf(doc).spans.slice().reverse();
  for (const span of spans) {
    const hay = matchCase ? span.text : span.text.toLowerCase();
    const hits: number[] = [];
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) hits.push(at);
    for (const at of hits.reverse()) editSpan(doc, { ...span, text: currentText(doc, span) }, at, search.length, replacement);
    changed += hits.length;
  }
  return { replaceAllText: { occurrencesChanged: changed } };
}

function currentText(doc: DocumentState, span: TextSpan): string {
  const el = doc.body[span.el];
  if (el.type === 'TABLE' && span.cell) return el.rows[span.cell[0]][span.cell[1]];
  return el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM' ? el.text : '';
}

const APPLY: Record<string, (doc: DocumentState, request: never) => Reply> = {
  insertText,
  deleteContentRange,
  updateParagraphStyle,
  updateTextStyle,
  createParagraphBullets,
  insertTable,
  updateTableCellStyle,
  insertPageBreak,
  replaceAllText,
};

/** Applies one request in place; throws InvalidRequest (a 400) or "not implemented in fakes". */
export function applyRequest(doc: DocumentState, request: GoogleAppsScript.Docs.Schema.Request): Reply {
  const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] != null);
  if (kinds.length !== 1) throw new InvalidRequest('', 'Exactly one request kind must be set.');
  const kind = kinds[0];
  const apply = APPLY[kind];
  if (!apply) unsupported(kind);
  return apply(doc, (request as Record<string, unknown>)[kind] as never);
}
