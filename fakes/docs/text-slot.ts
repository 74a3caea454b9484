// A "slot" is one run of editable text: a paragraph's, a list item's, or one table cell's.

import type { DocSession } from './session';
import type { DocumentState, TextRun } from './state';

export interface Slot {
  elementId: string;
  /** [row, column] when the text is a table cell's. */
  cell?: [number, number];
}

export interface SlotText {
  text: string;
  runs: TextRun[];
}

function cellKey(cell: [number, number]): string {
  return `${cell[0]},${cell[1]}`;
}

export function readSlot(session: DocSession, doc: DocumentState, slot: Slot): SlotText {
  const { el } = session.locate(doc, slot.elementId);
  if (el.type === 'TABLE' && slot.cell) {
    const key = cellKey(slot.cell);
    return { text: el.rows[slot.cell[0]]?.[slot.cell[1]] ?? '', runs: el.cellRuns?.[key] ?? [] };
  }
  if (el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM') return { text: el.text, runs: el.runs ?? [] };
  return { text: '', runs: [] };
}

/** Stores new text; runs are kept, clipped to the new length (formatting of edited spans is approximate). */
export function writeSlot(session: DocSession, doc: DocumentState, slot: Slot, text: string, runs?: TextRun[]): void {
  const { el } = session.locate(doc, slot.elementId);
  const previous = readSlot(session, doc, slot).runs;
  const clipped = (runs ?? previous).filter((r) => r.start < text.length).map((r) => ({ ...r, end: Math.min(r.end, text.length - 1) }));
  if (el.type === 'TABLE' && slot.cell) {
    const [r, c] = slot.cell;
    el.rows[r][c] = text;
    el.cellRuns = { ...(el.cellRuns ?? {}), [cellKey(slot.cell)]: clipped };
    if (!clipped.length) delete el.cellRuns[cellKey(slot.cell)];
    return;
  }
  if (el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM') {
    el.text = text;
    if (clipped.length) el.runs = clipped;
    else delete el.runs;
  }
}

/** Every slot in document order, optionally only those of one element. */
export function slotsOf(doc: DocumentState, onlyElementId?: string): Slot[] {
  const out: Slot[] = [];
  for (const el of doc.body) {
    if (!el.id || (onlyElementId && el.id !== onlyElementId)) continue;
    if (el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM') out.push({ elementId: el.id });
    if (el.type !== 'TABLE') continue;
    for (let r = 0; r < el.rows.length; r++) {
      for (let c = 0; c < el.rows[r].length; c++) out.push({ elementId: el.id, cell: [r, c] });
    }
  }
  return out;
}

export function sameSlot(a: Slot, b: Slot): boolean {
  return a.elementId === b.elementId && a.cell?.[0] === b.cell?.[0] && a.cell?.[1] === b.cell?.[1];
}
