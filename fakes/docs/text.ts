// DocumentApp's Text: the editable text of a paragraph, list item or table cell, with character formatting.

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import { OUT_OF_BOUNDS } from './errors';
import { findRange } from './range-element';
import { views, wrapBlock } from './registry';
import type { DocSession } from './session';
import { addRun, attributesAt, replaceInSlots } from './text-ops';
import { readSlot, type Slot, type SlotText, writeSlot } from './text-slot';

type TextMember =
  | 'getType'
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'insertText'
  | 'deleteText'
  | 'editAsText'
  | 'asText'
  | 'getParent'
  | 'getAttributes'
  | 'setAttributes'
  | 'setBold'
  | 'isBold'
  | 'setItalic'
  | 'isItalic'
  | 'setUnderline'
  | 'isUnderline'
  | 'setLinkUrl'
  | 'getLinkUrl'
  | 'setForegroundColor'
  | 'getForegroundColor'
  | 'setBackgroundColor'
  | 'getBackgroundColor'
  | 'setFontSize'
  | 'getFontSize'
  | 'getTextAttributeIndices'
  | 'replaceText'
  | 'findText';

type T = GoogleAppsScript.Document.Text;

class FakeText implements Pick<T, TextMember> {
  readonly _kind = 'text';

  constructor(
    private readonly _session: DocSession,
    readonly _slot: Slot,
  ) {}

  private _now(): SlotText {
    return readSlot(this._session, this._session.read(), this._slot);
  }

  private _set(text: string, runs?: SlotText['runs']): T {
    writeSlot(this._session, this._session.write(), this._slot, text, runs);
    return wrapText(this._session, this._slot);
  }

  /** setBold(bold) formats everything; setBold(start, endInclusive, bold) a span. */
  private _format(attribute: string, args: unknown[]): T {
    const doc = this._session.write();
    const { text } = readSlot(this._session, doc, this._slot);
    const [start, end, value] = args.length >= 3 ? [Number(args[0]), Number(args[1]), args[2]] : [0, text.length - 1, args[0]];
    if (start < 0 || end >= Math.max(text.length, 1) || start > end + 1) throw new FakeServiceError(OUT_OF_BOUNDS);
    addRun(this._session, doc, this._slot, start, end, { [attribute]: value });
    return wrapText(this._session, this._slot);
  }

  private _attr(attribute: string, offset?: number | null): unknown {
    const { text, runs } = this._now();
    return attributesAt(runs, text.length, offset)[attribute] ?? null;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }

  getText(): string {
    return this._now().text;
  }

  setText(text: string): T {
    return this._set(String(text), []);
  }

  appendText(text: string): T {
    return this._set(this._now().text + String(text));
  }

  insertText(offset: number, text: string): T {
    const current = this._now().text;
    if (offset < 0 || offset > current.length) throw new FakeServiceError(OUT_OF_BOUNDS);
    return this._set(current.slice(0, offset) + String(text) + current.slice(offset));
  }

  deleteText(startOffset: number, endOffsetInclusive: number): T {
    const current = this._now().text;
    if (startOffset < 0 || endOffsetInclusive >= current.length || startOffset > endOffsetInclusive) throw new FakeServiceError(OUT_OF_BOUNDS);
    return this._set(current.slice(0, startOffset) + current.slice(endOffsetInclusive + 1));
  }

  editAsText(): T {
    return wrapText(this._session, this._slot);
  }

  /** Elements from findText or the cursor are typed Element; scripts cast them back. */
  asText(): T {
    return wrapText(this._session, this._slot);
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    this._now();
    const cell = this._slot.cell;
    const parent = cell ? views.cell(this._session, this._slot.elementId, cell[0], cell[1]) : wrapBlock(this._session, this._slot.elementId);
    return parent as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  getAttributes(offset?: number | null): Record<string, unknown> {
    const { text, runs } = this._now();
    return attributesAt(runs, text.length, offset);
  }

  /** setAttributes(attributes) formats everything; setAttributes(start, endInclusive, attributes) a span (unchecked). */
  setAttributes(...args: unknown[]): T {
    const doc = this._session.write();
    const [start, end, attributes] =
      args.length >= 3 ? [Number(args[0]), Number(args[1]), args[2]] : [0, readSlot(this._session, doc, this._slot).text.length - 1, args[0]];
    addRun(this._session, doc, this._slot, start, end, attributes as Record<string, unknown>);
    return wrapText(this._session, this._slot);
  }

  setBold(...args: unknown[]): T {
    return this._format('BOLD', args);
  }

  isBold(offset?: number | null): boolean {
    return this._attr('BOLD', offset) === true;
  }

  setItalic(...args: unknown[]): T {
    return this._format('ITALIC', args);
  }

  isItalic(offset?: number | null): boolean {
    return this._attr('ITALIC', offset) === true;
  }

  setUnderline(...args: unknown[]): T {
    return this._format('UNDERLINE', args);
  }

  isUnderline(offset?: number | null): boolean {
    return this._attr('UNDERLINE', offset) === true;
  }

  setLinkUrl(...args: unknown[]): T {
    return this._format('LINK_URL', args);
  }

  getLinkUrl(offset?: number | null): string {
    return this._attr('LINK_URL', offset) as string;
  }

  setForegroundColor(...args: unknown[]): T {
    return this._format('FOREGROUND_COLOR', args);
  }

  getForegroundColor(offset?: number | null): string {
    return this._attr('FOREGROUND_COLOR', offset) as string;
  }

  setBackgroundColor(...args: unknown[]): T {
    return this._format('BACKGROUND_COLOR', args);
  }

  getBackgroundColor(offset?: number | null): string {
    return this._attr('BACKGROUND_COLOR', offset) as string;
  }

  setFontSize(...args: unknown[]): T {
    return this._format('FONT_SIZE', args);
  }

  getFontSize(offset?: number | null): number {
    return this._attr('FONT_SIZE', offset) as number;
  }

  /** Offsets where formatting changes: 0 and each run's edges. */
  getTextAttributeIndices(): number[] {
    const { text, runs } = this._now();
    const edges = new Set<number>([0]);
    for (const r of runs) {
      edges.add(r.start);
      if (r.end + 1 < text.length) edges.add(r.end + 1);
    }
    return [...edges].sort((a, b) => a - b);
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    replaceInSlots(this._session, this._session.write(), [this._slot], searchPattern, replacement);
    return wrapText(this._session, this._slot) as unknown as GoogleAppsScript.Document.Element;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
    return findRange(this._session, this._session.read(), [this._slot], searchPattern, from);
  }
}

export function wrapText(session: DocSession, slot: Slot): T {
  return surface(new FakeText(session, slot), 'Text', session.world) as unknown as T;
}

views.text = wrapText;
