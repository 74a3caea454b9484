// The Docs API's error wording, as Apps Script folds an Advanced service's HTTP error into one message.

import { FakeServiceError } from '../errors';

/**
 * 404 for a document the user cannot see and 403 for a reader's write: the API's "Requested entity was not found."
 * and "The caller does not have permission" (https://developers.google.com/workspace/docs/api/troubleshoot-api-errors
 * lists 403 PERMISSION_DENIED and 404 NOT_FOUND; https://cloud.google.com/apis/design/errors gives the texts).
 */
export const NOT_FOUND = 'Requested entity was not found.';
export const PERMISSION_DENIED = 'The caller does not have permission';

export class DocsApiError extends FakeServiceError {
  readonly details: { code: number; message: string };
  constructor(call: string, code: number, message: string) {
    super(`API call to docs.documents.${call} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

/** A 400 for one request of a batch: "Invalid requests[0].insertText: …", as the API names the failing request. */
export class InvalidRequest extends Error {
  constructor(
    readonly kind: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}
