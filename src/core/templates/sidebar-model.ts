// What the Docs sidebar and the generate dialog show: template summaries, a preview of merged values, their states.

import type { Goal, IsoDate, Student } from '../model';
import { TEMPLATES, templateFields } from './catalog';
import { fieldLabel, isKnownField, MERGE_FIELDS, type MergeValues } from './merge';
import type { DocTemplate, TemplateId, TemplateSubject } from './model';
import { type ProgramTemplate, parseItemKey } from './program-templates';
import type { SubjectOption } from './subjects';
import { currentGoal } from './values';

export interface TemplateSummary {
  id: TemplateId;
  title: string;
  summary: string;
  audience: string;
  subject: TemplateSubject;
  dateLabel: string;
  dateHint: string;
  /** The program's adapted version, when one is registered in the workbook. */
  programVersionUrl: string;
  /** Unknown merge fields found in the program's version when it was registered. */
  programVersionUnknown: string;
}

export interface TemplateSidebarState {
  templates: TemplateSummary[];
  workbook: { id: string; name: string; url: string } | null;
  students: SubjectOption[];
  teams: SubjectOption[];
  today: IsoDate;
  last: { templateId: string; subjectKey: string } | null;
  /** Why the linked workbook could not be read (moved, access removed, not set up). */
  workbookError: string;
}

export interface FieldPreview {
  name: string;
  label: string;
  value: string;
}

export interface TemplatePreview {
  docName: string;
  fields: FieldPreview[];
  /** Known fields with no value for this student/team. */
  empty: string[];
  /** Fields no template knows (only possible in a program's version). */
  unknown: string[];
  /** Lists repeated into table rows, with their row counts. */
  lists: { name: string; rows: number }[];
  usesProgramVersion: boolean;
}

export interface InsertResult {
  where: 'cursor' | 'new';
  /** Link of the new document (where = new). */
  url: string;
  /** Body elements added (where = cursor). */
  added: number;
  empty: string[];
  unknown: string[];
  /** Anything else the user should know (e.g. the built-in template was used), or ''. */
  notice: string;
}

export interface GenerateDocsState {
  templates: TemplateSummary[];
  students: (SubjectOption & { tutorEmail: string; goal: string })[];
  teams: SubjectOption[];
  /** Teams whose Drive folder is known (documents are filed there). */
  teamsWithFolder: string[];
  today: IsoDate;
  /** Why this coordinator cannot run the batch (another coordinator's add-on owns the folders), or ''. */
  driveProblem: string;
}

/** Every built-in template as the pickers show it, with the program's registered version where there is one. */
export function templateSummaries(program: Partial<Record<TemplateId, ProgramTemplate>>): TemplateSummary[] {
  return TEMPLATES.map((t) => ({
    id: t.id,
    title: t.title,
    summary: t.summary,
    audience: t.audience,
    subject: t.subject,
    dateLabel: t.date.label,
    dateHint: t.date.hint,
    programVersionUrl: program[t.id]?.url ?? '',
    programVersionUnknown: program[t.id]?.unknownFields ?? '',
  }));
}

/** The workbook id in a pasted link (…/d/<id>/…), else the trimmed text itself (a bare id, or '' for nothing). */
export function workbookIdFrom(text: string): string {
  const trimmed = text.trim();
  return /\/d\/([\w-]{20,})/.exec(trimmed)?.[1] ?? trimmed;
}

/**
 * The preview of one document: its name, each field with its value, what is empty or unknown, and the repeated lists.
 * `programFields` are the fields of the program's version (null for the built-in template, whose lists are counted).
 */
export function templatePreview(template: DocTemplate, values: MergeValues, programFields: string[] | null): TemplatePreview {
  const names = programFields ?? templateFields(template);
  const rowFields = new Set(MERGE_FIELDS.filter((m) => m.rowOf).map((m) => m.name));
  const fields: FieldPreview[] = [];
  const empty: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    if (!isKnownField(name)) {
      unknown.push(name);
      continue;
    }
    const value = values.scalars[name];
    if (value === undefined && rowFields.has(name)) continue;
    if (!value) empty.push(name);
    fields.push({ name, label: fieldLabel(name), value: value ?? '' });
  }
  const lists = programFields
    ? []
    : template.blocks.flatMap((b) =>
        b.kind === 'table' && b.repeat ? [{ name: b.repeat.source, rows: values.lists[b.repeat.source]?.length ?? 0 }] : [],
      );
  const docName = template.docName.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, n: string) => values.scalars[n] ?? '');
  return { docName, fields, empty, unknown, lists: dedupe(lists), usesProgramVersion: Boolean(programFields) };
}

/** Each list once (two tables may repeat the same list). */
function dedupe(lists: { name: string; rows: number }[]): { name: string; rows: number }[] {
  return lists.filter((l, i) => lists.findIndex((o) => o.name === l.name) === i);
}

/** The generate dialog's student choices, each with its tutor and the goal the conference doc reviews. */
export function studentsWithGoals(
  students: readonly SubjectOption[],
  roster: readonly Student[],
  goals: readonly Goal[],
): GenerateDocsState['students'] {
  const byId = new Map(roster.map((s) => [s.studentId, s]));
  return students.map((s) => {
    const studentId = parseItemKey(s.key).studentId ?? '';
    // The same goal the conference doc reviews: the latest Active one.
    const goal = currentGoal(goals, studentId);
    return { ...s, tutorEmail: byId.get(studentId)?.tutorEmail ?? '', goal: goal?.status === 'Active' ? goal.goal : '' };
  });
}
