// DocumentApp's Paragraph: a view over one PARAGRAPH element of the body.

import { surface } from '../surface';
import { views } from './registry';
import type { DocSession } from './session';
import { TextBlockView } from './text-block';

type ParagraphMember =
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'isAtDocumentEnd'
  | 'removeFromParent'
  | 'getAttributes'
  | 'setAttributes'
  | 'asParagraph'
  | 'asListItem'
  | 'asTable'
  | 'asHorizontalRule'
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'editAsText'
  | 'getNumChildren'
  | 'getChild'
  | 'clear'
  | 'getHeading'
  | 'setHeading'
  | 'getAlignment'
  | 'setAlignment'
  | 'getLinkUrl'
  | 'setLinkUrl'
  | 'replaceText'
  | 'findText';

class FakeParagraph extends TextBlockView<GoogleAppsScript.Document.Paragraph> implements Pick<GoogleAppsScript.Document.Paragraph, ParagraphMember> {
  protected _self(): GoogleAppsScript.Document.Paragraph {
    return wrapParagraph(this._session, this._elementId);
  }
}

export function wrapParagraph(session: DocSession, id: string): GoogleAppsScript.Document.Paragraph {
  return surface(new FakeParagraph(session, id), 'Paragraph', session.world) as unknown as GoogleAppsScript.Document.Paragraph;
}

views.block.PARAGRAPH = wrapParagraph as unknown as (typeof views.block)['PARAGRAPH'];
