// The Advanced Docs service (`Docs`): Documents.get and Documents.batchUpdate over the same document states DocumentApp
// uses, so what one builds the other reads. batchUpdate is one call however many requests it holds, applied in order
// and atomically: "If any request is not valid, then the entire request will fail and nothing will be applied."
// https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate

import { hasScope, projectScopes } from '../auth';
import { notGranted, notInManifest } from '../auth/messages';
import { touch } from '../drive/access';
import { effectiveRole, hasRole } from '../drive/items';
import { FakeServiceError } from '../errors';
import { type CallSink, surface } from '../surface';
import type { FakeWorld } from '../world';
import { DocsApiError, InvalidRequest, NOT_FOUND, PERMISSION_DENIED } from './errors';
import { documentResource } from './read';
import { applyRequest } from './requests';

type Collection = GoogleAppsScript.Docs.Collection.DocumentsCollection;

const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';

/** Most requests one batchUpdate takes is not documented; the fakes take any number. */
class FakeDocuments implements Pick<Collection, 'get' | 'batchUpdate'> {
  constructor(private readonly _world: FakeWorld) {}

  /** The document, if the active user can open it in Drive (the documents scope is not per file). */
  private _doc(call: string, id: string, min: 'reader' | 'writer') {
    const world = this._world;
    const doc = world.state.documents[id];
    const role = doc ? effectiveRole(world, id, world.activeUser) : null;
    if (!doc || !role) throw new DocsApiError(call, 404, NOT_FOUND);
    if (!hasRole(role, min)) throw new DocsApiError(call, 403, PERMISSION_DENIED);
    return doc;
  }

  get(documentId: string): GoogleAppsScript.Docs.Schema.Document {
    const doc = this._doc('get', documentId, 'reader');
    return documentResource(doc, this._world.state.drive[documentId]?.name ?? doc.name);
  }

  batchUpdate(
    resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    documentId: string,
  ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const world = this._world;
    const current = this._doc('batchUpdate', documentId, 'writer');
    const requests = resource?.requests ?? [];
    if (!requests.length) throw new DocsApiError('batchUpdate', 400, 'Invalid requests: at least one request is required.');
    // Applied to a copy, each request against the document as the ones before it left it; kept only if all pass.
    const draft = structuredClone(current);
    const replies = requests.map((request, i) => {
      try {
        return applyRequest(draft, request);
      } catch (error) {
        if (error instanceof InvalidRequest) {
          const where = error.kind ? `requests[${i}].${error.kind}` : `requests[${i}]`;
          throw new DocsApiError('batchUpdate', 400, `Invalid ${where}: ${error.reason}`);
        }
        throw error;
      }
    });
    world.state.documents[documentId] = draft;
    const item = world.state.drive[documentId];
    if (item) touch(world, item);
    return { documentId, replies, writeControl: { requiredRevisionId: `r${world.clock.now()}` } };
  }
}

/** Charges a call only once its scope is in effect (a refused call never reaches the service), as surface() does. */
function documentsSink(world: FakeWorld): CallSink {
  return {
    charge(type, method) {
      const call = `${type}.${method}`;
      if (!hasScope(world, world.activeUser, 'documents')) {
        const needed = [DOCUMENTS_SCOPE];
        throw new FakeServiceError(projectScopes(world).includes(DOCUMENTS_SCOPE) ? notGranted(call, needed) : notInManifest(call, needed));
      }
      world.charge(type, method);
    },
  };
}

class FakeAdvancedDocs implements Pick<GoogleAppsScript.Docs, 'Documents'> {
  readonly Documents: Collection;
  constructor(world: FakeWorld) {
    this.Documents = surface(new FakeDocuments(world), 'Docs.Documents', documentsSink(world)) as unknown as Collection;
  }
}

/**
 * The `Docs` global, present when appsscript.json enables the Advanced Docs service; Documents calls need the
 * `documents` scope (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate#authorization-scopes).
 */
export function createAdvancedDocs(world: FakeWorld): GoogleAppsScript.Docs {
  return surface(new FakeAdvancedDocs(world), 'Docs', world) as unknown as GoogleAppsScript.Docs;
}
