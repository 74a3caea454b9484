// What every body-level element view shares: type, parent and siblings, attributes, removal and casts.

import { FakeServiceError } from '../errors';
import { ELEMENT_GONE, LAST_PARAGRAPH } from './errors';
import { isTextBlock } from './model';
import { views, wrapBlock } from './registry';
import type { DocSession } from './session';
import type { DocElementState, DocumentState } from './state';

type El = GoogleAppsScript.Document.Element;

/** Removes a body element, keeping Docs' rule that a body always ends with a paragraph. */
export function removeBlock(doc: DocumentState, index: number): void {
  const el = doc.body[index];
  if (!el) throw new FakeServiceError(ELEMENT_GONE);
  if (index === doc.body.length - 1 && isTextBlock(el)) throw new FakeServiceError(LAST_PARAGRAPH);
  doc.body.splice(index, 1);
  if (doc.cursorIndex !== null && doc.cursorIndex >= index) doc.cursorIndex = doc.cursorIndex === index ? null : doc.cursorIndex - 1;
}

export abstract class ElementView<Self> {
  readonly _kind = 'block';

  constructor(
    protected readonly _session: DocSession,
    readonly _elementId: string,
  ) {}

  protected abstract _self(): Self;

  protected _read(): DocElementState {
    return this._session.locate(this._session.read(), this._elementId).el;
  }

  protected _write(): { doc: DocumentState; index: number; el: DocElementState } {
    const doc = this._session.write();
    return { doc, ...this._session.locate(doc, this._elementId) };
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return this._read().type as unknown as GoogleAppsScript.Document.ElementType;
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    this._read();
    return views.body(this._session) as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  getNextSibling(): El {
    return this._sibling(1);
  }

  getPreviousSibling(): El {
    return this._sibling(-1);
  }

  /** Null past either end, as in Docs (the typings omit it). */
  private _sibling(step: number): El {
    const doc = this._session.read();
    const { index } = this._session.locate(doc, this._elementId);
    const next = doc.body[index + step];
    return (next?.id ? wrapBlock(this._session, next.id) : null) as El;
  }

  isAtDocumentEnd(): boolean {
    const doc = this._session.read();
    return this._session.locate(doc, this._elementId).index === doc.body.length - 1;
  }

  removeFromParent(): Self {
    const { doc, index } = this._write();
    removeBlock(doc, index);
    return this._self();
  }

  getAttributes(): Record<string, unknown> {
    const el = this._read();
    return 'attributes' in el ? { ...el.attributes } : {};
  }

  setAttributes(attributes: Record<string, unknown>): Self {
    const { el } = this._write();
    if ('attributes' in el) Object.assign(el.attributes, attributes);
    return this._self();
  }

  asParagraph(): GoogleAppsScript.Document.Paragraph {
    return this._as('PARAGRAPH') as GoogleAppsScript.Document.Paragraph;
  }

  asListItem(): GoogleAppsScript.Document.ListItem {
    return this._as('LIST_ITEM') as GoogleAppsScript.Document.ListItem;
  }

  asTable(): GoogleAppsScript.Document.Table {
    return this._as('TABLE') as GoogleAppsScript.Document.Table;
  }

  asHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this._as('HORIZONTAL_RULE') as GoogleAppsScript.Document.HorizontalRule;
  }

  asPageBreak(): GoogleAppsScript.Document.PageBreak {
    return this._as('PAGE_BREAK') as GoogleAppsScript.Document.PageBreak;
  }

  /** Casting only re-types the element in Apps Script; a wrong cast fails when used, here at once. */
  private _as(type: DocElementState['type']): El {
    const el = this._read();
    if (el.type !== type) throw new FakeServiceError(`Cannot cast ${el.type} to ${type}.`);
    return wrapBlock(this._session, this._elementId);
  }
}
