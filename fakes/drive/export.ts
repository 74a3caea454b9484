// Advanced Drive v3 `Drive.Files.export`: a Google Doc converted to PDF (or plain text), returned as a Blob.
//
// Rules modelled (each as strict as Google):
// - Apps Script's advanced service needs `{ alt: 'media' }` to return the converted content; without it the call
//   fails with "Export requires alt=media to download the exported content."
//   https://github.com/brucemcpherson/gas-fakes/issues/117 (Google's tracker: https://issuetracker.google.com/issues/468534237)
// - Only Google Workspace documents export; a blob file (a PDF, a text file) is 403 fileNotExportable, and a target
//   type the source cannot convert to is 400 badRequest.
//   https://developers.google.com/workspace/drive/api/guides/manage-downloads#export-content,
//   https://developers.google.com/workspace/drive/api/guides/ref-export-formats
// - Export reads the file: the caller needs a role on it and, under drive.file, the add-on's grant (as files.get).
// The fake PDF holds a header line and the document's body as JSON, so tests and screenshots can read it back.

import type { FakeWorld } from '../world';
import { apiItem } from './access';
import { DriveApiError } from './errors';

const DOCS_MIME = 'application/vnd.google-apps.document';
/** What a fake PDF starts with; the rest of its content is the exported body as JSON. */
export const FAKE_PDF_HEADER = '%PDF-1.7 (fake: the body below as JSON)\n';
const DOCS_EXPORTS = ['application/pdf', 'text/plain'];

/** The few Blob members code reads from an export (name, type, text, bytes). */
class FakeBlob implements Pick<GoogleAppsScript.Base.Blob, 'getName' | 'getContentType' | 'getDataAsString' | 'setName'> {
  constructor(
    private name: string,
    private readonly type: string,
    private readonly data: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContentType(): string {
    return this.type;
  }
  getDataAsString(): string {
    return this.data;
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
}

export function exportFile(world: FakeWorld, fileId: string, mimeType: string, optionalArgs?: Record<string, unknown>): GoogleAppsScript.Base.Blob {
  const item = apiItem(world, 'files.export', fileId);
  if (optionalArgs?.alt !== 'media') throw new DriveApiError('files.export', 400, 'Export requires alt=media to download the exported content.');
  if (!item.mimeType.startsWith('application/vnd.google-apps.'))
    throw new DriveApiError('files.export', 403, 'Export only supports Docs Editors files.', 'fileNotExportable');
  if (item.mimeType !== DOCS_MIME) throw new Error(`not implemented in fakes: Drive.Files.export of ${item.mimeType}`);
  if (!DOCS_EXPORTS.includes(mimeType)) throw new DriveApiError('files.export', 400, 'The requested conversion is not supported.', 'badRequest');
  const doc = world.state.documents[fileId];
  const body = doc?.body ?? [];
  const text = body
    .map((el) =>
      el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM' ? el.text : el.type === 'TABLE' ? el.rows.map((r) => r.join('\t')).join('\n') : '',
    )
    .join('\n');
  const data = mimeType === 'application/pdf' ? `${FAKE_PDF_HEADER}${JSON.stringify(body)}` : text;
  return new FakeBlob(`${item.name}${mimeType === 'application/pdf' ? '.pdf' : '.txt'}`, mimeType, data) as unknown as GoogleAppsScript.Base.Blob;
}
