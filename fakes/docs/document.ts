// DocumentApp's Document: one opened Doc (name and URL from Drive, its body, and the user's cursor).

import { renameCompanion } from '../drive/companion';
import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import { NOT_A_CHILD } from './errors';
import { ensureIds } from './model';
import { wrapPosition } from './position';
import { identityOf, views } from './registry';
import type { DocSession } from './session';

type Member = 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'getCursor' | 'setCursor' | 'newPosition' | 'saveAndClose';

class FakeDocument implements Pick<GoogleAppsScript.Document.Document, Member> {
  constructor(private readonly _session: DocSession) {}

  getId(): string {
    return this._session.read().id;
  }

  /** Drive's record holds the name; the Doc's own copy follows it. */
  getName(): string {
    const doc = this._session.read();
    return this._session.world.state.drive[doc.id]?.name ?? doc.name;
  }

  setName(name: string): GoogleAppsScript.Document.Document {
    const doc = this._session.write();
    const item = this._session.world.state.drive[doc.id];
    if (item) item.name = String(name);
    renameCompanion(this._session.world, doc.id, String(name));
    return wrapDocument(this._session);
  }

  getUrl(): string {
    return `https://docs.google.com/document/d/${this._session.read().id}/edit`;
  }

  getBody(): GoogleAppsScript.Document.Body {
    this._session.read();
    return views.body(this._session);
  }

  /** Only a bound script's active document has the user's cursor; documents opened by id have none. */
  getCursor(): GoogleAppsScript.Document.Position | null {
    const doc = this._session.read();
    if (!this._session.active || doc.cursorIndex === null) return null;
    ensureIds(doc);
    const el = doc.body[doc.cursorIndex];
    if (!el?.id) return null;
    return wrapPosition(this._session, el.id, doc.cursorOffset ?? 0);
  }

  setCursor(position: GoogleAppsScript.Document.Position): GoogleAppsScript.Document.Document {
    const doc = this._session.read();
    const identity = identityOf(position) as { _elementId?: string; _offset?: number };
    const index = doc.body.findIndex((e) => e.id === identity._elementId);
    if (index < 0) throw new FakeServiceError(NOT_A_CHILD);
    doc.cursorIndex = index;
    doc.cursorOffset = identity._offset ?? 0;
    return wrapDocument(this._session);
  }

  /** A position in a body element, or in the paragraph holding a Text element. */
  newPosition(element: GoogleAppsScript.Document.Element, offset: number): GoogleAppsScript.Document.Position {
    const doc = this._session.read();
    const identity = identityOf(element);
    const id = identity._elementId ?? identity._slot?.elementId;
    if (!id || !doc.body.some((e) => e.id === id)) throw new FakeServiceError(NOT_A_CHILD);
    return wrapPosition(this._session, id, offset);
  }

  /** Flushes (nothing to do here) and closes: later edits through this Document fail. */
  saveAndClose(): void {
    this._session.closed = true;
  }
}

export function wrapDocument(session: DocSession): GoogleAppsScript.Document.Document {
  return surface(new FakeDocument(session), 'Document', session.world) as unknown as GoogleAppsScript.Document.Document;
}
