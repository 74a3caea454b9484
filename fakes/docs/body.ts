// DocumentApp's Body: the document's list of elements, with inserts, removal, search and merge-field replacement.

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import { removeBlock } from './element';
import { NOT_A_CHILD } from './errors';
import { elementText, ensureIds, newParagraph, withId } from './model';
import { findRange } from './range-element';
import { identityOf, views, wrapBlock } from './registry';
import type { DocSession } from './session';
import type { DocElementState, DocumentState } from './state';
import { replaceInSlots } from './text-ops';
import { slotsOf } from './text-slot';

type Doc = GoogleAppsScript.Document.Body;
type BodyMember =
  | 'getType'
  | 'getText'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'removeChild'
  | 'clear'
  | 'appendParagraph'
  | 'insertParagraph'
  | 'appendListItem'
  | 'insertListItem'
  | 'appendTable'
  | 'insertTable'
  | 'appendHorizontalRule'
  | 'insertHorizontalRule'
  | 'appendPageBreak'
  | 'insertPageBreak'
  | 'getParagraphs'
  | 'getListItems'
  | 'getTables'
  | 'replaceText'
  | 'findText';

/** Text given where Docs also takes an element to copy; a copied view's state is cloned. */
type TextOrElement = string | GoogleAppsScript.Document.Element | GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;

class FakeBody implements Pick<Doc, BodyMember> {
  readonly _kind = 'body';

  constructor(private readonly _session: DocSession) {}

  private _insert<T extends DocElementState>(doc: DocumentState, index: number, el: T): string {
    if (!Number.isInteger(index) || index < 0 || index > doc.body.length) {
      throw new FakeServiceError(`Index (${index}) must be less than or equal to the number of child elements (${doc.body.length}).`);
    }
    ensureIds(doc);
    doc.body.splice(index, 0, withId(doc, el));
    if (doc.cursorIndex !== null && doc.cursorIndex >= index) doc.cursorIndex++;
    // A body always ends with a paragraph: Docs adds an empty one after a table placed last.
    if (index === doc.body.length - 1 && el.type === 'TABLE') doc.body.push(withId(doc, newParagraph('')));
    return el.id as string;
  }

  /** The state to insert: a fresh element for text, or a clone of an element view's state. */
  private _source(doc: DocumentState, value: TextOrElement, make: (text: string) => DocElementState): DocElementState {
    if (typeof value === 'string') return make(value);
    const id = identityOf(value)._elementId;
    const original = doc.body.find((e) => e.id === id);
    if (!original) throw new FakeServiceError('not implemented in fakes: inserting an element that is not a body element of an open document');
    const copy = structuredClone(original);
    delete copy.id;
    return copy;
  }

  private _listItem(doc: DocumentState, index: number, text: string): DocElementState {
    const before = doc.body[index - 1];
    const listId = before?.type === 'LIST_ITEM' ? before.listId : `kix.list${(doc.nextElementId ?? 1) + 1}`;
    return {
      type: 'LIST_ITEM',
      text,
      nestingLevel: 0,
      glyphType: before?.type === 'LIST_ITEM' ? before.glyphType : 'BULLET',
      listId,
      attributes: {},
    };
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return 'BODY_SECTION' as unknown as GoogleAppsScript.Document.ElementType;
  }

  getText(): string {
    return this._session.read().body.map(elementText).join('\n');
  }

  getNumChildren(): number {
    return this._session.read().body.length;
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    const doc = this._session.read();
    ensureIds(doc);
    const el = doc.body[childIndex];
    if (!el) throw new FakeServiceError(`Child index (${childIndex}) must be less than the number of child elements (${doc.body.length}).`);
    return wrapBlock(this._session, el.id as string);
  }

  /** Only direct children count: a Text (e.g. from the cursor) must first be climbed to its paragraph. */
  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    const doc = this._session.read();
    const identity = identityOf(child);
    const index = identity._kind === 'block' && identity._elementId ? doc.body.findIndex((e) => e.id === identity._elementId) : -1;
    if (index < 0) throw new FakeServiceError(NOT_A_CHILD);
    return index;
  }

  removeChild(child: GoogleAppsScript.Document.Element): Doc {
    const doc = this._session.write();
    const index = this.getChildIndex(child);
    removeBlock(doc, index);
    return wrapBody(this._session);
  }

  /** Leaves one empty paragraph, as a cleared Doc has. */
  clear(): Doc {
    const doc = this._session.write();
    doc.body = [withId(doc, newParagraph(''))];
    doc.cursorIndex = null;
    return wrapBody(this._session);
  }

  appendParagraph(paragraph: TextOrElement): GoogleAppsScript.Document.Paragraph {
    const doc = this._session.write();
    return this._added(this._insert(doc, doc.body.length, this._source(doc, paragraph, newParagraph))) as GoogleAppsScript.Document.Paragraph;
  }

  insertParagraph(childIndex: number, paragraph: TextOrElement): GoogleAppsScript.Document.Paragraph {
    const doc = this._session.write();
    return this._added(this._insert(doc, childIndex, this._source(doc, paragraph, newParagraph))) as GoogleAppsScript.Document.Paragraph;
  }

  appendListItem(listItem: TextOrElement): GoogleAppsScript.Document.ListItem {
    const doc = this._session.write();
    const el = this._source(doc, listItem, (text) => this._listItem(doc, doc.body.length, text));
    return this._added(this._insert(doc, doc.body.length, el)) as GoogleAppsScript.Document.ListItem;
  }

  insertListItem(childIndex: number, listItem: TextOrElement): GoogleAppsScript.Document.ListItem {
    const doc = this._session.write();
    const el = this._source(doc, listItem, (text) => this._listItem(doc, childIndex, text));
    return this._added(this._insert(doc, childIndex, el)) as GoogleAppsScript.Document.ListItem;
  }

  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table): GoogleAppsScript.Document.Table {
    const doc = this._session.write();
    return this._insertTableAt(doc, doc.body.length, cells);
  }

  insertTable(childIndex: number, cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    return this._insertTableAt(this._session.write(), childIndex, cells ?? undefined);
  }

  private _insertTableAt(doc: DocumentState, index: number, cells?: string[][] | GoogleAppsScript.Document.Table): GoogleAppsScript.Document.Table {
    const rows = Array.isArray(cells) ? cells.map((row) => row.map((c) => String(c))) : undefined;
    const el: DocElementState = rows
      ? { type: 'TABLE', rows, attributes: {} }
      : cells
        ? this._source(doc, cells as unknown as GoogleAppsScript.Document.Element, () => ({ type: 'TABLE', rows: [], attributes: {} }))
        : { type: 'TABLE', rows: [], attributes: {} };
    return this._added(this._insert(doc, index, el)) as GoogleAppsScript.Document.Table;
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    const doc = this._session.write();
    return this._added(this._insert(doc, doc.body.length, { type: 'HORIZONTAL_RULE' })) as GoogleAppsScript.Document.HorizontalRule;
  }

  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    return this._added(this._insert(this._session.write(), childIndex, { type: 'HORIZONTAL_RULE' })) as GoogleAppsScript.Document.HorizontalRule;
  }

  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    const doc = this._session.write();
    return this._added(this._insert(doc, doc.body.length, { type: 'PAGE_BREAK' })) as GoogleAppsScript.Document.PageBreak;
  }

  insertPageBreak(childIndex: number): GoogleAppsScript.Document.PageBreak {
    return this._added(this._insert(this._session.write(), childIndex, { type: 'PAGE_BREAK' })) as GoogleAppsScript.Document.PageBreak;
  }

  /** Paragraphs including list items, as Docs counts them. */
  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    return this._ofTypes(['PARAGRAPH', 'LIST_ITEM']) as GoogleAppsScript.Document.Paragraph[];
  }

  getListItems(): GoogleAppsScript.Document.ListItem[] {
    return this._ofTypes(['LIST_ITEM']) as GoogleAppsScript.Document.ListItem[];
  }

  getTables(): GoogleAppsScript.Document.Table[] {
    return this._ofTypes(['TABLE']) as GoogleAppsScript.Document.Table[];
  }

  /** Java-style regex per paragraph, list item and table cell; the replacement is literal text. */
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    const doc = this._session.write();
    ensureIds(doc);
    replaceInSlots(this._session, doc, slotsOf(doc), searchPattern, replacement);
    return wrapBody(this._session) as unknown as GoogleAppsScript.Document.Element;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
    const doc = this._session.read();
    ensureIds(doc);
    return findRange(this._session, doc, slotsOf(doc), searchPattern, from);
  }

  private _ofTypes(types: DocElementState['type'][]): GoogleAppsScript.Document.Element[] {
    const doc = this._session.read();
    ensureIds(doc);
    return doc.body.filter((e) => types.includes(e.type)).map((e) => wrapBlock(this._session, e.id as string));
  }

  private _added(id: string): GoogleAppsScript.Document.Element {
    return wrapBlock(this._session, id);
  }
}

export function wrapBody(session: DocSession): Doc {
  return surface(new FakeBody(session), 'Body', session.world) as unknown as Doc;
}

views.body = wrapBody;
