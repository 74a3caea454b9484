// DocumentApp's RangeElement, as findText returns it: a span of one Text element.

import { surface } from '../surface';
import { views } from './registry';
import type { DocSession } from './session';
import type { DocumentState } from './state';
import { findInSlots, type Match } from './text-ops';
import { readSlot, type Slot } from './text-slot';

type Member = 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial';

class FakeRangeElement implements Pick<GoogleAppsScript.Document.RangeElement, Member> {
  constructor(
    private readonly _session: DocSession,
    readonly _match: Match,
  ) {}

  getElement(): GoogleAppsScript.Document.Element {
    return views.text(this._session, this._match.slot) as unknown as GoogleAppsScript.Document.Element;
  }

  getStartOffset(): number {
    return this._match.start;
  }

  getEndOffsetInclusive(): number {
    return this._match.endInclusive;
  }

  isPartial(): boolean {
    const { text } = readSlot(this._session, this._session.read(), this._match.slot);
    return this._match.start > 0 || this._match.endInclusive < text.length - 1;
  }
}

export function rangeElement(session: DocSession, match: Match): GoogleAppsScript.Document.RangeElement {
  return surface(new FakeRangeElement(session, match), 'RangeElement', session.world) as unknown as GoogleAppsScript.Document.RangeElement;
}

/** findText for every view: the first match in `slots` after `from` (a previous result), or null. */
export function findRange(
  session: DocSession,
  doc: DocumentState,
  slots: Slot[],
  pattern: string,
  from?: GoogleAppsScript.Document.RangeElement | null,
): GoogleAppsScript.Document.RangeElement {
  const start = from ? ((from as unknown as { _match?: Match })._match ?? null) : null;
  const match = findInSlots(session, doc, slots, pattern, start);
  // Docs answers null when nothing matches, though the typings do not say so.
  return (match ? rangeElement(session, match) : null) as GoogleAppsScript.Document.RangeElement;
}
