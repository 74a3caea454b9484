// Adapting a template for the program: an editable copy of a built-in template, or the open document, registered as
// the program's version in the workbook's Templates sheet, so generated documents are copies of it from then on.

import type { IsoDate } from '../core/model';
import { fieldsIn, isKnownField } from '../core/templates/merge';
import type { DocTemplate, TemplateId } from '../core/templates/model';
import { createDocument } from './doc-generation';
import { drive } from './drive-api';
import { registerProgramTemplate, withTemplatesLock } from './program-templates';
import { todayIn } from './today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Makes an editable copy of a built-in template (merge fields kept as {{…}}) and registers it as the program's version.
 * Throws BusyError when another registration holds the lock.
 */
export function copyTemplateIntoProgram(ss: Spreadsheet, template: DocTemplate): { url: string; name: string } {
  const today = todayIn(ss);
  // Fields stay as typed, so no workbook values are needed. The copy is made under the lock, so a busy workbook
  // leaves no unregistered copy behind.
  return withTemplatesLock(() => {
    const doc = createDocument(template, { scalars: {}, lists: {} }, today, { folderId: null, keepFields: true });
    register(ss, template.id, { id: doc.id, url: doc.url }, today, '');
    return { url: doc.url, name: doc.name };
  });
}

/** Said when the open document cannot be copied by the add-on, so generation could never use it. */
export const NOT_COPYABLE =
  'The add-on cannot copy this document (Google lets it copy only documents it made or that you chose with the Picker). Use "Make an editable copy" instead, and edit that copy.';

/**
 * Registers the document the sidebar runs in as the program's version of a template; returns its merge fields and
 * those no template knows. Generation copies it with Drive.Files.copy, which under drive.file reaches only documents
 * this user's add-on made, so a document made in Docs itself is refused (null) before it is registered.
 * Throws BusyError when another registration holds the lock.
 */
export function registerActiveDocument(ss: Spreadsheet, templateId: TemplateId): { unknown: string[]; fields: string[] } | null {
  const doc = DocumentApp.getActiveDocument();
  try {
    drive().Files.get(doc.getId(), { fields: 'id' });
  } catch {
    return null;
  }
  const fields = fieldsIn(doc.getBody().getText());
  const unknown = fields.filter((f) => !isKnownField(f));
  withTemplatesLock(() => register(ss, templateId, { id: doc.getId(), url: doc.getUrl() }, todayIn(ss), unknown.map((u) => `{{${u}}}`).join(', ')));
  return { unknown, fields };
}

/** One registration by the signed-in user; the caller holds withTemplatesLock. */
function register(ss: Spreadsheet, templateId: TemplateId, doc: { id: string; url: string }, on: IsoDate, unknownFields: string): void {
  registerProgramTemplate(ss, {
    templateId,
    docId: doc.id,
    url: doc.url,
    registeredBy: Session.getActiveUser().getEmail(),
    registeredOn: on,
    unknownFields,
  });
}
