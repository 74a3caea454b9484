// The sheet where a program registers its own adapted copy of a built-in template, and the batch document keys.

import { shortHash } from '../drive-plan';
import type { IsoDate } from '../model';
import type { TableSchema } from '../table';
import type { TemplateId } from './model';

/** Created on demand when a coordinator registers an adapted template; read by the Docs sidebar and generation. */
export const PROGRAM_TEMPLATES_TABLE: TableSchema = {
  name: 'Templates',
  version: 1,
  kind: 'records',
  frozenColumns: 1,
  columns: [
    { key: 'templateId', audience: 'coordinators', header: 'Template', type: 'id', required: true, width: 200 },
    { key: 'docId', audience: 'coordinators', header: 'Document id', type: 'id', required: true, width: 260 },
    { key: 'url', audience: 'coordinators', header: 'Link', type: 'url', width: 260 },
    { key: 'registeredBy', audience: 'coordinators', header: 'Registered by', type: 'email', width: 200 },
    { key: 'registeredOn', audience: 'coordinators', header: 'Registered on', type: 'date', width: 110 },
    {
      key: 'unknownFields',
      audience: 'coordinators',
      header: 'Unknown merge fields',
      type: 'longtext',
      width: 260,
    },
  ],
};

export interface ProgramTemplate {
  templateId: TemplateId;
  docId: string;
  url: string;
  registeredBy: string;
  registeredOn: IsoDate;
  unknownFields: string;
}

/**
 * The marker stored on every generated document (Drive appProperties `ttDoc`), so a re-run or a retried item finds
 * the document instead of making it twice. One per workbook, template, date and student/team; short and query-safe.
 */
export function docMarker(spreadsheetId: string, templateId: TemplateId, date: IsoDate, subjectKey: string): string {
  return `${shortHash(spreadsheetId)}.${templateId}.${date}.${shortHash(subjectKey)}`;
}

/** Job item keys: "student:<id>", "team:<name>", or "program" for documents about nobody in particular. */
export function itemKey(kind: 'student' | 'team', id: string): string {
  return `${kind}:${id}`;
}

export function parseItemKey(key: string): { studentId?: string; team?: string } {
  if (key.startsWith('student:')) return { studentId: key.slice(8) };
  if (key.startsWith('team:')) return { team: key.slice(5) };
  return {};
}
