// The Sheets API's errors as the Advanced Sheets service throws them: the HTTP error folded into one message.

import { FakeServiceError } from '../errors';

/**
 * What Apps Script throws when an Advanced service call fails (the same shape as the Drive fake's DriveApiError).
 * Request errors name the request: "Invalid requests[3].addSheet: …"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate: "Each request is validated
 * before being applied. If any request is not valid then the entire request will fail and nothing will be applied.").
 */
export class SheetsApiError extends FakeServiceError {
  readonly details: { code: number; message: string; status: string };
  constructor(
    call: string,
    code: number,
    message: string,
    status = code === 403 ? 'PERMISSION_DENIED' : code === 404 ? 'NOT_FOUND' : 'INVALID_ARGUMENT',
  ) {
    super(`API call to sheets.spreadsheets.${call} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message, status };
  }
}

/** A request that fails validation or application, named by its position and kind. */
export class InvalidRequest extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
