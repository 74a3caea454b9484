// Plain, JSON-serializable state of a fake Google Doc: a body made of typed elements.

export type ParagraphHeading = 'NORMAL' | 'TITLE' | 'SUBTITLE' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6';

/** Character formatting over [start, end] (inclusive, as Text.setBold takes it); later runs win. */
export interface TextRun {
  start: number;
  end: number;
  attributes: Record<string, unknown>;
}

/** Stable ids (`id`) let element views outlive inserts and removals around them; absent in hand-built states until first use. */
export type DocElementState =
  | { id?: string; type: 'PARAGRAPH'; text: string; heading: ParagraphHeading; attributes: Record<string, unknown>; runs?: TextRun[] }
  | {
      id?: string;
      type: 'LIST_ITEM';
      text: string;
      nestingLevel: number;
      glyphType: string;
      listId: string;
      attributes: Record<string, unknown>;
      runs?: TextRun[];
    }
  | {
      id?: string;
      type: 'TABLE';
      rows: string[][];
      attributes: Record<string, unknown>;
      /** Per cell ("row,col"): cell attributes such as BACKGROUND_COLOR, and text runs. */
      cellAttributes?: Record<string, Record<string, unknown>>;
      cellRuns?: Record<string, TextRun[]>;
    }
  | { id?: string; type: 'HORIZONTAL_RULE' }
  | { id?: string; type: 'PAGE_BREAK' };

export interface DocumentState {
  id: string;
  name: string;
  body: DocElementState[];
  /** Index in `body` of the element holding the cursor, if a user has one. */
  cursorIndex: number | null;
  /** Character offset of the cursor inside that element's text. */
  cursorOffset?: number;
  /** Next number for element ids. */
  nextElementId?: number;
}
