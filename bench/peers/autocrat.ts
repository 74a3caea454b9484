// The autoCrat-style merge (the popular Sheets add-on's method): copy a template document per row, open it, and run one
// replaceText per merge tag over the body, then save. autoCrat copies with DriveApp under the full drive scope; this
// add-on holds drive.file, so the peer copies with Drive.Files.copy: the same one Drive call per document.

import { drive } from '../../src/workspace/drive-api';

/** Makes one merged document from `templateId` with `values` ({{tag}} → text) in `folderId`; returns its id. */
export function autoCratMerge(templateId: string, folderId: string, name: string, values: Record<string, string>): string {
  const copy = drive().Files.copy({ name, parents: [folderId] }, templateId);
  const doc = DocumentApp.openById(String(copy.id));
  const body = doc.getBody();
  for (const [tag, value] of Object.entries(values)) body.replaceText(`\\{\\{${tag}\\}\\}`, value);
  doc.saveAndClose();
  return String(copy.id);
}
