// Text operations shared by Body, Paragraph, ListItem, Table, TableCell and Text: replace, find and formatting.

import { replaceLiteral, toRegExp } from './regex';
import type { DocSession } from './session';
import type { DocumentState, TextRun } from './state';
import { readSlot, type Slot, sameSlot, writeSlot } from './text-slot';

export interface Match {
  slot: Slot;
  start: number;
  endInclusive: number;
}

/** Replaces matches inside each slot separately: Docs never matches across paragraphs or cells. */
export function replaceInSlots(session: DocSession, doc: DocumentState, slots: Slot[], pattern: string, replacement: string): void {
  const regex = toRegExp(pattern);
  for (const slot of slots) {
    const { text } = readSlot(session, doc, slot);
    const next = replaceLiteral(text, regex, String(replacement));
    if (next !== text) writeSlot(session, doc, slot, next);
  }
}

/** The first match after `from` (a previous result), in document order; empty matches are skipped. */
export function findInSlots(session: DocSession, doc: DocumentState, slots: Slot[], pattern: string, from?: Match | null): Match | null {
  const regex = toRegExp(pattern);
  let started = !from;
  for (const slot of slots) {
    const resumeHere = from && sameSlot(slot, from.slot);
    if (!started && !resumeHere) continue;
    started = true;
    const { text } = readSlot(session, doc, slot);
    regex.lastIndex = resumeHere && from ? from.endInclusive + 1 : 0;
    let m = regex.exec(text);
    while (m && m[0].length === 0) {
      regex.lastIndex++;
      m = regex.exec(text);
    }
    if (m) return { slot, start: m.index, endInclusive: m.index + m[0].length - 1 };
  }
  return null;
}

/** Records formatting over [start, end]; Docs keeps it per character, a list of runs is close enough for tests. */
export function addRun(session: DocSession, doc: DocumentState, slot: Slot, start: number, end: number, attributes: Record<string, unknown>): void {
  const { text, runs } = readSlot(session, doc, slot);
  if (!text.length) return;
  const run: TextRun = { start: Math.max(0, start), end: Math.min(end, text.length - 1), attributes };
  writeSlot(session, doc, slot, text, [...runs, run]);
}

/** Attributes in force at `offset` (later runs win), or those shared by the whole text when no offset is given. */
export function attributesAt(runs: TextRun[], length: number, offset?: number | null): Record<string, unknown> {
  if (offset !== undefined && offset !== null) {
    return Object.assign({}, ...runs.filter((r) => r.start <= offset && offset <= r.end).map((r) => r.attributes));
  }
  const whole = runs.filter((r) => r.start === 0 && r.end >= length - 1);
  return Object.assign({}, ...whole.map((r) => r.attributes));
}
