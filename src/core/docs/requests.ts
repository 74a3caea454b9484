// Rendered template blocks as one Docs API batchUpdate: every insert at index 1 from the last block to the first, then
// the styles at the indexes the finished document has. Indexes are UTF-16 code units (JavaScript string length); the
// body starts at 1, each paragraph ends with "\n", and a table takes one unit to open, one per row, one per cell and
// one to close (https://developers.google.com/workspace/docs/api/concepts/structure,
// https://developers.google.com/workspace/docs/api/how-tos/tables).

import type { DocBlock, ParagraphStyle } from '../templates/render';

/** The request types this builder makes (a subset of the API's Request). */
export type DocsRequest =
  | { insertText: { location: { index: number }; text: string } }
  | { insertTable: { location: { index: number }; rows: number; columns: number } }
  | { updateParagraphStyle: { range: DocsRange; paragraphStyle: { namedStyleType: string }; fields: 'namedStyleType' } }
  | { updateTextStyle: { range: DocsRange; textStyle: DocsTextStyle; fields: string } }
  | { createParagraphBullets: { range: DocsRange; bulletPreset: string } }
  | {
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: number }; rowIndex: number; columnIndex: number };
          rowSpan: number;
          columnSpan: number;
        };
        tableCellStyle: { backgroundColor: DocsColor };
        fields: 'backgroundColor';
      };
    }
  | { replaceAllText: { containsText: { text: string; matchCase: true }; replaceText: string } };

export interface DocsRange {
  startIndex: number;
  endIndex: number;
}
export interface DocsColor {
  color: { rgbColor: { red: number; green: number; blue: number } };
}
export interface DocsTextStyle {
  bold?: boolean;
  italic?: boolean;
  foregroundColor?: DocsColor;
}

const NOTE_GREY = '#5f6368';
const HEADER_FILL = '#f1f3f4';

/** An API colour from "#rrggbb". */
export function apiColor(hex: string): DocsColor {
  const part = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16) / 255;
  return { color: { rgbColor: { red: part(1), green: part(3), blue: part(5) } } };
}

const NAMED_STYLE: Record<ParagraphStyle, string> = {
  title: 'TITLE',
  subtitle: 'SUBTITLE',
  heading1: 'HEADING_1',
  heading2: 'HEADING_2',
  heading3: 'HEADING_3',
  normal: 'NORMAL_TEXT',
  note: 'NORMAL_TEXT',
};

/**
 * Characters insertText strips ("Certain control characters (U+0000-U+0008, U+000C-U+001F) and characters from the
 * Unicode Basic Multilingual Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text":
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest), removed
 * here first so the computed indexes match the document. Tabs and newlines stay.
 */
export function insertableText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters the API strips.
  return text.replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, '');
}

/** One paragraph of the finished document: its text, style, and the list it belongs to. */
interface Line {
  text: string;
  style: ParagraphStyle;
  list?: { id: number; ordered: boolean };
}

type Piece = { kind: 'line'; line: Line } | { kind: 'table'; cells: string[][] };

function piecesOf(blocks: readonly DocBlock[]): Piece[] {
  const pieces: Piece[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'paragraph') pieces.push({ kind: 'line', line: { text: insertableText(block.text), style: block.style } });
    else if (block.kind === 'list') {
      for (const item of block.items)
        pieces.push({ kind: 'line', line: { text: insertableText(item), style: 'normal', list: { id: i, ordered: block.ordered } } });
    } else if (block.kind === 'table') pieces.push({ kind: 'table', cells: block.cells.map((row) => row.map(insertableText)) });
    // The Docs API has no request that makes a horizontal rule; no built-in template uses one.
    else throw new Error('A horizontal rule cannot be made with the Docs API: use a heading or a blank paragraph instead.');
  });
  return pieces;
}

/** Units a table takes: open, rows, cells, their paragraphs, close. */
function tableLength(cells: readonly (readonly string[])[]): number {
  return 2 + cells.reduce((n, row) => n + 1 + row.reduce((m, cell) => m + 2 + cell.length, 0), 0);
}

/**
 * The requests that write `blocks` into a new document (one empty paragraph) and leave its empty paragraph last, as
 * DocumentApp's writer does. Inserting at index 1 from the end keeps every insert's index at 1; a paragraph followed by
 * a table is inserted without its newline, because insertTable adds the newline before the table itself. Docs cannot
 * hold a table first or two tables side by side: an empty paragraph stands before such a table.
 */
export function documentRequests(blocks: readonly DocBlock[]): DocsRequest[] {
  const pieces = piecesOf(blocks);
  const inserts: DocsRequest[] = [];
  const styles: DocsRequest[] = [];
  const bullets: DocsRequest[] = [];
  // Forward pass: where each piece sits in the finished document.
  let at = 1;
  const lists = new Map<number, { ordered: boolean; start: number; end: number }>();
  pieces.forEach((piece, i) => {
    if (piece.kind === 'line') {
      const { text, style, list } = piece.line;
      const range = { startIndex: at, endIndex: at + text.length + 1 };
      if (style !== 'normal' && style !== 'note') {
        styles.push({ updateParagraphStyle: { range, paragraphStyle: { namedStyleType: NAMED_STYLE[style] }, fields: 'namedStyleType' } });
      }
      if (style === 'note' && text.length) {
        styles.push({
          updateTextStyle: {
            range: { startIndex: at, endIndex: at + text.length },
            textStyle: { italic: true, foregroundColor: apiColor(NOTE_GREY) },
            fields: 'italic,foregroundColor',
          },
        });
      }
      if (list) {
        const known = lists.get(list.id);
        lists.set(list.id, { ordered: list.ordered, start: known?.start ?? at, end: range.endIndex });
      }
      at = range.endIndex;
      return;
    }
    if (i === 0 || pieces[i - 1].kind === 'table') at += 1;
    const tableStart = at;
    const columns = piece.cells[0]?.length ?? 0;
    styles.push({
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: tableStart }, rowIndex: 0, columnIndex: 0 },
          rowSpan: 1,
          columnSpan: columns,
        },
        tableCellStyle: { backgroundColor: apiColor(HEADER_FILL) },
        fields: 'backgroundColor',
      },
    });
    // Header cells' text in bold: row 0 opens at tableStart + 1, each cell at its marker + 1.
    let cell = tableStart + 2;
    for (const text of piece.cells[0] ?? []) {
      if (text.length)
        styles.push({
          updateTextStyle: { range: { startIndex: cell + 1, endIndex: cell + 1 + text.length }, textStyle: { bold: true }, fields: 'bold' },
        });
      cell += 2 + text.length;
    }
    at = tableStart + tableLength(piece.cells);
  });
  // Bullets last and from the end: a list item's leading tabs become its nesting level and are removed, which would
  // move every index after it.
  for (const list of [...lists.values()].reverse()) {
    bullets.push({
      createParagraphBullets: {
        range: { startIndex: list.start, endIndex: list.end },
        bulletPreset: list.ordered ? 'NUMBERED_DECIMAL_ALPHA_ROMAN' : 'BULLET_DISC_CIRCLE_SQUARE',
      },
    });
  }
  // Backward pass: the inserts, each at index 1.
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i];
    if (piece.kind === 'line') {
      const beforeTable = pieces[i + 1]?.kind === 'table';
      const text = beforeTable ? piece.line.text : `${piece.line.text}\n`;
      if (text.length) inserts.push({ insertText: { location: { index: 1 }, text } });
      continue;
    }
    const rows = piece.cells.length;
    const columns = piece.cells[0]?.length ?? 0;
    inserts.push({ insertTable: { location: { index: 1 }, rows, columns } });
    // The new table starts at 2 (after the newline insertTable adds); its empty cells are filled from the last, so
    // each cell's index is the one it had while empty.
    for (let r = rows - 1; r >= 0; r--) {
      for (let c = columns - 1; c >= 0; c--) {
        const text = piece.cells[r][c] ?? '';
        if (text.length) inserts.push({ insertText: { location: { index: 2 + 1 + r * (1 + 2 * columns) + 1 + 2 * c + 1 }, text } });
      }
    }
  }
  return [...inserts, ...styles, ...bullets];
}

/** One literal merge field as it is typed in a document ("{{student.name}}" or "{{ student.name }}") and its name. */
export interface FieldOccurrence {
  literal: string;
  name: string;
}

const FIELD = /\{\{\s*([A-Za-z][\w]*(?:\.[A-Za-z][\w]*)*)\s*\}\}/g;

/** Each distinct way a field is typed in a text. */
export function fieldOccurrences(text: string): FieldOccurrence[] {
  const seen = new Map<string, FieldOccurrence>();
  for (const m of text.matchAll(FIELD)) if (!seen.has(m[0])) seen.set(m[0], { literal: m[0], name: m[1] });
  return [...seen.values()];
}

/** replaceAllText for each occurrence whose field has a value (case-sensitive, as fields are typed). */
export function mergeRequests(occurrences: readonly FieldOccurrence[], values: (name: string) => string | null): DocsRequest[] {
  const out: DocsRequest[] = [];
  for (const o of occurrences) {
    const value = values(o.name);
    if (value !== null) out.push({ replaceAllText: { containsText: { text: o.literal, matchCase: true }, replaceText: value } });
  }
  return out;
}

/** The plain text of a document resource from Documents.get: every text run, in order (cells included). */
export function resourceText(content: readonly unknown[] | undefined): string {
  let out = '';
  const walk = (elements: readonly unknown[] | undefined): void => {
    for (const el of elements ?? []) {
      const e = el as {
        paragraph?: { elements?: { textRun?: { content?: string } }[] };
        table?: { tableRows?: { tableCells?: { content?: unknown[] }[] }[] };
      };
      for (const pe of e.paragraph?.elements ?? []) out += pe.textRun?.content ?? '';
      for (const row of e.table?.tableRows ?? []) for (const cell of row.tableCells ?? []) walk(cell.content);
    }
  };
  walk(content);
  return out;
}
