// DocumentApp's RangeElement, as findText returns it: a span of one Text element.

import { surface } from '../surface';
import { views } from './registry';
import type { DocSession } from './session';
import type { Match } from './text-ops';
import { readSlot } from './text-slot';

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
