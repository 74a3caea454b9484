// What Paragraph and ListItem share: their text, heading, alignment, link, and find/replace within them.

import { FakeServiceError } from '../errors';
import { ElementView } from './element';
import { OUT_OF_BOUNDS } from './errors';
import { isTextBlock, type TextBlockState } from './model';
import { findRange } from './range-element';
import { identityOf, views } from './registry';
import type { ParagraphHeading } from './state';
import { addRun, replaceInSlots } from './text-ops';
import { readSlot, writeSlot } from './text-slot';

export abstract class TextBlockView<Self> extends ElementView<Self> {
  protected _block(el = this._read()): TextBlockState {
    if (!isTextBlock(el)) throw new FakeServiceError(`Element ${el.type} has no text.`);
    return el;
  }

  getText(): string {
    return this._block().text;
  }

  setText(text: string): void {
    const { doc } = this._write();
    writeSlot(this._session, doc, { elementId: this._elementId }, String(text), []);
  }

  /** Appends plain text, or the text of another Text element (its formatting is not carried over). */
  appendText(text: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text {
    const { doc } = this._write();
    const slot = { elementId: this._elementId };
    const current = readSlot(this._session, doc, slot);
    const otherSlot = identityOf(text)._slot;
    const added = typeof text === 'string' || !otherSlot ? String(text) : readSlot(this._session, doc, otherSlot).text;
    writeSlot(this._session, doc, slot, current.text + added);
    return views.text(this._session, slot);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this._read();
    return views.text(this._session, { elementId: this._elementId });
  }

  /** A paragraph with text has one Text child; an empty one has none. */
  getNumChildren(): number {
    return this._block().text.length ? 1 : 0;
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    if (childIndex !== 0 || !this._block().text.length) throw new FakeServiceError(OUT_OF_BOUNDS);
    return views.text(this._session, { elementId: this._elementId }) as unknown as GoogleAppsScript.Document.Element;
  }

  clear(): Self {
    this.setText('');
    return this._self();
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    const el = this._block();
    const heading = el.type === 'PARAGRAPH' ? el.heading : ((el.attributes.HEADING as ParagraphHeading | undefined) ?? 'NORMAL');
    return heading as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Self {
    const el = this._block(this._write().el);
    if (el.type === 'PARAGRAPH') el.heading = String(heading) as ParagraphHeading;
    else el.attributes.HEADING = String(heading);
    return this._self();
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return (this._block().attributes.HORIZONTAL_ALIGNMENT ?? null) as GoogleAppsScript.Document.HorizontalAlignment;
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Self {
    this._block(this._write().el).attributes.HORIZONTAL_ALIGNMENT = String(alignment);
    return this._self();
  }

  getLinkUrl(): string {
    return (this._block().attributes.LINK_URL ?? null) as string;
  }

  setLinkUrl(url: string): Self {
    const { doc, el } = this._write();
    this._block(el).attributes.LINK_URL = url;
    addRun(this._session, doc, { elementId: this._elementId }, 0, Number.MAX_SAFE_INTEGER, { LINK_URL: url });
    return this._self();
  }

  getAttributes(): Record<string, unknown> {
    const el = this._block();
    return { ...el.attributes, HEADING: el.type === 'PARAGRAPH' ? el.heading : (el.attributes.HEADING ?? 'NORMAL') };
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    const { doc } = this._write();
    replaceInSlots(this._session, doc, [{ elementId: this._elementId }], searchPattern, replacement);
    return this._self() as unknown as GoogleAppsScript.Document.Element;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
    return findRange(this._session, this._session.read(), [{ elementId: this._elementId }], searchPattern, from);
  }
}
