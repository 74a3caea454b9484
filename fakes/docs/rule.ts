// DocumentApp's HorizontalRule and PageBreak: body elements with no content of their own.

import { surface } from '../surface';
import { ElementView } from './element';
import { views } from './registry';
import type { DocSession } from './session';

type RuleMember =
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'isAtDocumentEnd'
  | 'removeFromParent'
  | 'getAttributes'
  | 'setAttributes';

class FakeHorizontalRule
  extends ElementView<GoogleAppsScript.Document.HorizontalRule>
  implements Pick<GoogleAppsScript.Document.HorizontalRule, RuleMember>
{
  protected _self(): GoogleAppsScript.Document.HorizontalRule {
    return wrapHorizontalRule(this._session, this._elementId);
  }
}

class FakePageBreak extends ElementView<GoogleAppsScript.Document.PageBreak> implements Pick<GoogleAppsScript.Document.PageBreak, RuleMember> {
  protected _self(): GoogleAppsScript.Document.PageBreak {
    return wrapPageBreak(this._session, this._elementId);
  }
}

export function wrapHorizontalRule(session: DocSession, id: string): GoogleAppsScript.Document.HorizontalRule {
  return surface(new FakeHorizontalRule(session, id), 'HorizontalRule', session.world) as unknown as GoogleAppsScript.Document.HorizontalRule;
}

export function wrapPageBreak(session: DocSession, id: string): GoogleAppsScript.Document.PageBreak {
  return surface(new FakePageBreak(session, id), 'PageBreak', session.world) as unknown as GoogleAppsScript.Document.PageBreak;
}

views.block.HORIZONTAL_RULE = wrapHorizontalRule as unknown as (typeof views.block)['HORIZONTAL_RULE'];
views.block.PAGE_BREAK = wrapPageBreak as unknown as (typeof views.block)['PAGE_BREAK'];
