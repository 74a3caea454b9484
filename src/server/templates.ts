// Server API of the templates feature: the Docs sidebar (insert a template, prefilled from a linked program workbook;
// adapt a template for the program) and the Sheets "Generate conference docs…" dialog (one doc per student or team).

import { templateServerText } from '../core/i18n/messages/template-sidebar';
import type { JobProgress } from '../core/job';
import { rejected, type SaveResult, saved } from '../core/result';
import { templateById } from '../core/templates/catalog';
import {
  checkGenerateRequest,
  checkInsertRequest,
  checkPreviewRequest,
  type GenerateRequest,
  type InsertRequest,
  type PreviewRequest,
} from '../core/templates/requests';
import {
  type GenerateDocsState,
  type InsertResult,
  type TemplatePreview,
  type TemplateSidebarState,
  workbookIdFrom,
} from '../core/templates/sidebar-model';
import { batchKeys, batchKindProblem } from '../core/templates/subjects';
import { AccessDeniedError } from '../workspace/access/caller';
import { generateDocsState, startDocBatch } from '../workspace/doc-generation-dialog';
import { userLocale } from '../workspace/locale';
import { BusyError } from '../workspace/lock';
import { showDialog, showSidebar } from '../workspace/pages';
import { copyTemplateIntoProgram, NOT_COPYABLE, registerActiveDocument } from '../workspace/template-adaptation';
import {
  insertChoice,
  linkedWorkbook,
  linkedWorkbookOrActive,
  linkWorkbook,
  previewChoice,
  templateSidebarState,
} from '../workspace/template-sidebar';
import { allow, menuAllowed } from './guard';

export type {
  FieldPreview,
  GenerateDocsState,
  InsertResult,
  TemplatePreview,
  TemplateSidebarState,
  TemplateSummary,
} from '../core/templates/sidebar-model';
export type { SubjectOption } from '../core/templates/subjects';

/** Docs menu: shows the template sidebar. */
export function menuOpenTemplateSidebar(): void {
  showSidebar(DocumentApp.getUi(), 'TemplateSidebar');
}

/** The sidebar's starting state: templates, and the linked workbook's students and teams when one is linked. */
export function getTemplateSidebar(): TemplateSidebarState {
  return templateSidebarState();
}

/** Links this document to a program workbook (its link or id), remembered in the document's properties. */
export function linkProgramWorkbook(urlOrId: string): SaveResult<TemplateSidebarState> {
  const id = workbookIdFrom(String(urlOrId ?? ''));
  if (!id) return rejected({ workbook: templateServerText.t(userLocale(), 'pasteLink') });
  try {
    allow('linkProgramWorkbook', SpreadsheetApp.openById(id));
  } catch (error) {
    if (error instanceof AccessDeniedError) return rejected({ workbook: error.message });
    return rejected({ workbook: templateServerText.t(userLocale(), 'notProgram', { message: (error as Error).message }) });
  }
  return linkWorkbook(id);
}

/** The merge fields of a template for one student/team, with their values, before anything is inserted. */
export function previewTemplate(input: PreviewRequest): SaveResult<TemplatePreview> {
  const checked = checkPreviewRequest(input);
  if (!checked.ok) return rejected(checked.errors);
  return previewChoice(allow('previewTemplate', linkedWorkbookOrActive()).ss, checked.value);
}

/**
 * Inserts the template, filled for the chosen student/team, at the cursor of this document or as a new document
 * (a new document uses the program's adapted version when one is registered, and is filed in the team's folder).
 */
export function insertTemplate(input: InsertRequest): SaveResult<InsertResult> {
  const checked = checkInsertRequest(input);
  if (!checked.ok) return rejected(checked.errors);
  return insertChoice(allow('insertTemplate', linkedWorkbook()).ss, checked.value);
}

/**
 * Adapting a template: makes an editable copy of a built-in template (merge fields kept as {{…}}) and registers it as
 * the program's version, so generated documents are copies of it from now on.
 */
export function copyTemplateForProgram(templateId: string): SaveResult<{ url: string; name: string }> {
  const checked = checkTemplateId(templateId);
  if (!checked.ok) return rejected(checked.errors);
  const { ss } = allow('copyTemplateForProgram', linkedWorkbookOrActive());
  const template = templateById(checked.value.templateId);
  return guarded(() => copyTemplateIntoProgram(ss, template));
}

/** Registers the document the sidebar runs in as the program's version of a template; reports unknown fields. */
export function registerThisDocumentAsTemplate(templateId: string): SaveResult<{ unknown: string[]; fields: string[] }> {
  const checked = checkTemplateId(templateId);
  if (!checked.ok) return rejected(checked.errors);
  const { ss } = allow('registerThisDocumentAsTemplate', linkedWorkbook());
  const registered = guarded(() => registerActiveDocument(ss, checked.value.templateId));
  if (!registered.ok) return rejected(registered.errors, registered.message);
  return registered.value ? saved(registered.value) : rejected({}, NOT_COPYABLE);
}

/** A bare template id, checked with the preview schema (its other fields are placeholders). */
function checkTemplateId(templateId: string) {
  return checkPreviewRequest({ templateId, subjectKey: 'program', date: '2000-01-01' });
}

/** Turns "someone else is registering" into a message the sidebar shows. */
function guarded<T>(fn: () => T): SaveResult<T> {
  try {
    return saved(fn());
  } catch (error) {
    if (error instanceof BusyError) return rejected({}, error.message);
    throw error;
  }
}

/** Sheets menu: the "Generate conference docs…" dialog. */
export function menuGenerateDocs(): void {
  menuAllowed('menuGenerateDocs', () => {
    showDialog(SpreadsheetApp.getUi(), 'GenerateDocsDialog');
  });
}

/** The dialog's starting state: templates, active students (with their current goal) and teams. */
export function getGenerateDocsState(): GenerateDocsState {
  const { ss, caller } = allow('getGenerateDocsState');
  return generateDocsState(ss, caller.email);
}

/** Checks the choice and starts the job; the dialog then calls runJobChunk until it finishes. */
export function startGenerateDocs(input: GenerateRequest): SaveResult<JobProgress> {
  const checked = checkGenerateRequest(input);
  if (!checked.ok) return rejected(checked.errors);
  const template = templateById(checked.value.templateId);
  const keys = batchKeys(template, checked.value.keys);
  const wrongKind = batchKindProblem(template, keys);
  if (wrongKind) return rejected({ keys: wrongKind });
  const { ss, caller } = allow('startGenerateDocs');
  return startDocBatch(ss, { ...checked.value, keys }, caller.email);
}
