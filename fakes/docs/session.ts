// One opened Document (openById, create, getActiveDocument): access checks and the open/closed state its views share.

import { touch } from '../drive/access';
import { effectiveRole, hasRole } from '../drive/items';
import { FakeServiceError } from '../errors';
import type { FakeWorld } from '../world';
import { ACCESS_DENIED, DOCUMENT_CLOSED, documentMissing, ELEMENT_GONE } from './errors';
import { indexOfElement } from './model';
import type { DocElementState, DocumentState } from './state';

export class DocSession {
  /** Set by saveAndClose: later writes through this Document's views fail, as in Apps Script. */
  closed = false;

  constructor(
    readonly world: FakeWorld,
    readonly docId: string,
    /** Only the active (bound) document exposes the user's cursor. */
    readonly active: boolean,
  ) {}

  /** The state, checked against the active user's current access. */
  read(): DocumentState {
    const doc = this.world.state.documents[this.docId];
    if (!doc || !effectiveRole(this.world, this.docId, this.world.activeUser)) throw new FakeServiceError(documentMissing(this.docId));
    return doc;
  }

  /** The state for an edit: the document must be open and the user an editor. */
  write(): DocumentState {
    if (this.closed) throw new FakeServiceError(DOCUMENT_CLOSED);
    const doc = this.read();
    if (!hasRole(effectiveRole(this.world, this.docId, this.world.activeUser), 'writer')) throw new FakeServiceError(ACCESS_DENIED);
    const item = this.world.state.drive[this.docId];
    if (item) touch(this.world, item);
    return doc;
  }

  /** Finds a body element by id, in a state from read() or write(). */
  locate(doc: DocumentState, id: string): { index: number; el: DocElementState } {
    const index = indexOfElement(doc, id);
    if (index < 0) throw new FakeServiceError(ELEMENT_GONE);
    return { index, el: doc.body[index] };
  }
}
