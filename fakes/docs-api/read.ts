// Documents.get: the fake document as the API's JSON (body content with start and end indexes; see layout.ts).

import type { DocElementState, DocumentState, ParagraphHeading } from '../docs/state';
import { layoutOf } from './layout';

const NAMED: Record<ParagraphHeading, string> = {
  NORMAL: 'NORMAL_TEXT',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
};

/** One paragraph with one text run (character styles are not reported: the fakes' callers read text and structure). */
function paragraph(
  start: number,
  text: string,
  style: string,
  bullet?: GoogleAppsScript.Docs.Schema.Bullet,
): GoogleAppsScript.Docs.Schema.StructuralElement {
  const end = start + text.length + 1;
  return {
    startIndex: start,
    endIndex: end,
    paragraph: {
      elements: [{ startIndex: start, endIndex: end, textRun: { content: `${text}\n`, textStyle: {} } }],
      paragraphStyle: { namedStyleType: style },
      ...(bullet ? { bullet } : {}),
    },
  };
}

function headingOf(el: DocElementState): ParagraphHeading {
  if (el.type === 'PARAGRAPH') return el.heading;
  if (el.type === 'LIST_ITEM') return (el.attributes.HEADING as ParagraphHeading | undefined) ?? 'NORMAL';
  return 'NORMAL';
}

/** Cell text holds its paragraphs joined by "\n". */
function cellContent(start: number, text: string): GoogleAppsScript.Docs.Schema.StructuralElement[] {
  const out: GoogleAppsScript.Docs.Schema.StructuralElement[] = [];
  let at = start;
  for (const line of text.split('\n')) {
    out.push(paragraph(at, line, 'NORMAL_TEXT'));
    at += line.length + 1;
  }
  return out;
}

/** The document resource: id, title, and the body's structural elements. */
export function documentResource(doc: DocumentState, title: string): GoogleAppsScript.Docs.Schema.Document {
  const layout = layoutOf(doc);
  const content: GoogleAppsScript.Docs.Schema.StructuralElement[] = [{ startIndex: 0, endIndex: 1, sectionBreak: {} }];
  doc.body.forEach((el, i) => {
    const { start, end } = layout.blocks[i];
    if (el.type === 'PARAGRAPH') content.push(paragraph(start, el.text, NAMED[headingOf(el)]));
    else if (el.type === 'LIST_ITEM')
      content.push(paragraph(start, el.text, NAMED[headingOf(el)], { listId: el.listId, nestingLevel: el.nestingLevel }));
    else if (el.type === 'HORIZONTAL_RULE' || el.type === 'PAGE_BREAK') {
      const element = el.type === 'PAGE_BREAK' ? { pageBreak: {} } : { horizontalRule: {} };
      content.push({
        startIndex: start,
        endIndex: end,
        paragraph: {
          elements: [
            { startIndex: start, endIndex: start + 1, ...element },
            { startIndex: start + 1, endIndex: end, textRun: { content: '\n', textStyle: {} } },
          ],
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
        },
      });
    } else if (el.type === 'TABLE') {
      const spans = layout.spans.filter((s) => s.el === i);
      let row = start + 1;
      const tableRows: GoogleAppsScript.Docs.Schema.TableRow[] = el.rows.map((cells, r) => {
        const rowStart = row;
        const tableCells = cells.map((text, c) => {
          const span = spans.find((s) => s.cell?.[0] === r && s.cell?.[1] === c);
          const cellStart = (span?.start ?? 0) - 1;
          const background = el.cellAttributes?.[`${r},${c}`]?.BACKGROUND_COLOR;
          return {
            startIndex: cellStart,
            endIndex: cellStart + 1 + text.length + 1,
            content: cellContent(cellStart + 1, text),
            tableCellStyle: background ? { backgroundColor: { color: { rgbColor: rgbOf(String(background)) } } } : {},
          };
        });
        row = (tableCells.at(-1)?.endIndex ?? rowStart + 1) as number;
        return { startIndex: rowStart, endIndex: row, tableCells };
      });
      content.push({ startIndex: start, endIndex: end, table: { rows: el.rows.length, columns: el.rows[0]?.length ?? 0, tableRows } });
    }
  });
  return { documentId: doc.id, title, body: { content } };
}

function rgbOf(hex: string): GoogleAppsScript.Docs.Schema.RgbColor {
  const n = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: n(1), green: n(3), blue: n(5) };
}
