// Plain, JSON-serializable state of a fake Google Doc: a body made of typed elements.

export type ParagraphHeading = 'NORMAL' | 'TITLE' | 'SUBTITLE' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6';

export type DocElementState =
  | { type: 'PARAGRAPH'; text: string; heading: ParagraphHeading; attributes: Record<string, unknown> }
  | { type: 'LIST_ITEM'; text: string; nestingLevel: number; glyphType: string; listId: string; attributes: Record<string, unknown> }
  | { type: 'TABLE'; rows: string[][]; attributes: Record<string, unknown> }
  | { type: 'HORIZONTAL_RULE' }
  | { type: 'PAGE_BREAK' };

export interface DocumentState {
  id: string;
  name: string;
  body: DocElementState[];
  /** Index in `body` of the element holding the cursor, if a user has one. */
  cursorIndex: number | null;
}
