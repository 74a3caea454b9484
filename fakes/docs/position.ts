// DocumentApp's Position (what getCursor returns): a place in a body element, as Text plus offset when it has text.

import { surface } from '../surface';
import { isTextBlock } from './model';
import { views, wrapBlock } from './registry';
import type { DocSession } from './session';
import { readSlot, writeSlot } from './text-slot';

type Member = 'getElement' | 'getOffset' | 'getSurroundingText' | 'getSurroundingTextOffset' | 'insertText';

class FakePosition implements Pick<GoogleAppsScript.Document.Position, Member> {
  constructor(
    private readonly _session: DocSession,
    readonly _elementId: string,
    readonly _offset: number,
  ) {}

  /**
   * Like Docs: inside a paragraph with text the element is its Text (so code must climb getParent() to reach a
   * body child); in an empty paragraph or another element it is that element itself.
   */
  getElement(): GoogleAppsScript.Document.Element {
    const { el } = this._session.locate(this._session.read(), this._elementId);
    if (isTextBlock(el) && el.text.length)
      return views.text(this._session, { elementId: this._elementId }) as unknown as GoogleAppsScript.Document.Element;
    return wrapBlock(this._session, this._elementId);
  }

  getOffset(): number {
    return this._offset;
  }

  getSurroundingText(): GoogleAppsScript.Document.Text {
    this._session.locate(this._session.read(), this._elementId);
    return views.text(this._session, { elementId: this._elementId });
  }

  getSurroundingTextOffset(): number {
    return this._offset;
  }

  /** Inserts at the position; the returned Text is the whole paragraph's text (Docs returns only the new run). */
  insertText(text: string): GoogleAppsScript.Document.Text {
    const doc = this._session.write();
    const slot = { elementId: this._elementId };
    const current = readSlot(this._session, doc, slot).text;
    const at = Math.min(this._offset, current.length);
    writeSlot(this._session, doc, slot, current.slice(0, at) + String(text) + current.slice(at));
    return views.text(this._session, slot);
  }
}

export function wrapPosition(session: DocSession, elementId: string, offset: number): GoogleAppsScript.Document.Position {
  return surface(new FakePosition(session, elementId, offset), 'Position', session.world) as unknown as GoogleAppsScript.Document.Position;
}
