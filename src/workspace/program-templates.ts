// A program's adapted templates: registered in the workbook's Templates sheet, read by the sidebar and generation.

import { isTemplateId } from '../core/templates/catalog';
import type { TemplateId } from '../core/templates/model';
import { PROGRAM_TEMPLATES_TABLE, type ProgramTemplate } from '../core/templates/program-templates';
import { type TemplateSummary, templateSummaries } from '../core/templates/sidebar-model';
import { withScriptLock } from './lock';
import { appendRecords, readTable, updateFields } from './table-store';
import { ensureTable } from './workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every registered program template (1 call when the sheet does not exist yet). */
export function readProgramTemplates(ss: Spreadsheet): Partial<Record<TemplateId, ProgramTemplate>> {
  const sheet = ss.getSheetByName(PROGRAM_TEMPLATES_TABLE.name);
  if (!sheet) return {};
  const out: Partial<Record<TemplateId, ProgramTemplate>> = {};
  for (const { record } of readTable(sheet, PROGRAM_TEMPLATES_TABLE).rows) {
    const id = String(record.templateId);
    if (isTemplateId(id) && record.docId) out[id] = record as unknown as ProgramTemplate;
  }
  return out;
}

/** The built-in templates as the pickers show them, with this workbook's registered versions. */
export function readTemplateSummaries(ss: Spreadsheet): TemplateSummary[] {
  return templateSummaries(readProgramTemplates(ss));
}

/** Registrations come from Docs sidebars, so they are serialized with the script lock, not a document's. */
export const withTemplatesLock = withScriptLock;

/** Registers (or replaces) the program's document for a template; the caller holds withTemplatesLock. */
export function registerProgramTemplate(ss: Spreadsheet, entry: ProgramTemplate): void {
  ensureTable(ss, PROGRAM_TEMPLATES_TABLE);
  const sheet = ss.getSheetByName(PROGRAM_TEMPLATES_TABLE.name) as GoogleAppsScript.Spreadsheet.Sheet;
  const snapshot = readTable(sheet, PROGRAM_TEMPLATES_TABLE);
  const found = snapshot.rows.find((r) => r.record.templateId === entry.templateId);
  const record = { ...entry };
  if (found) updateFields(sheet, PROGRAM_TEMPLATES_TABLE, snapshot.index, [{ row: found.row, fields: record }]);
  else appendRecords(sheet, PROGRAM_TEMPLATES_TABLE, [record]);
}
