// DocumentApp's ListItem: a paragraph in a list, with nesting level, glyph and list id.

import { surface } from '../surface';
import type { ListItemState } from './model';
import { identityOf, views } from './registry';
import type { DocSession } from './session';
import { TextBlockView } from './text-block';

type ListItemMember =
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
  | 'findText'
  | 'getNestingLevel'
  | 'setNestingLevel'
  | 'getGlyphType'
  | 'setGlyphType'
  | 'getListId'
  | 'setListId';

class FakeListItem extends TextBlockView<GoogleAppsScript.Document.ListItem> implements Pick<GoogleAppsScript.Document.ListItem, ListItemMember> {
  protected _self(): GoogleAppsScript.Document.ListItem {
    return wrapListItem(this._session, this._elementId);
  }

  private _item(el = this._read()): ListItemState {
    return this._block(el) as ListItemState;
  }

  getNestingLevel(): number {
    return this._item().nestingLevel;
  }

  setNestingLevel(nestingLevel: number): GoogleAppsScript.Document.ListItem {
    this._item(this._write().el).nestingLevel = Math.max(0, Math.min(8, Math.floor(nestingLevel)));
    return this._self();
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return this._item().glyphType as unknown as GoogleAppsScript.Document.GlyphType;
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GoogleAppsScript.Document.ListItem {
    this._item(this._write().el).glyphType = String(glyphType);
    return this._self();
  }

  getListId(): string {
    return this._item().listId;
  }

  /** Joins the list of another item (read from its state, without a counted call). */
  setListId(listItem: GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    const { doc, el } = this._write();
    const otherId = identityOf(listItem)._elementId;
    const other = doc.body.find((e) => e.id === otherId);
    if (other?.type === 'LIST_ITEM') this._item(el).listId = other.listId;
    return this._self();
  }
}

export function wrapListItem(session: DocSession, id: string): GoogleAppsScript.Document.ListItem {
  return surface(new FakeListItem(session, id), 'ListItem', session.world) as unknown as GoogleAppsScript.Document.ListItem;
}

views.block.LIST_ITEM = wrapListItem as unknown as (typeof views.block)['LIST_ITEM'];
