// Roster import: maps imported columns to the Roster by header text, validates every row, and plans the write.
//
// Decisions (shown to the coordinator in the dialog):
// - A Student ID already on the Roster updates that student's row: the non-blank imported cells replace the
//   Roster's values, blank cells keep them. So a file with just "Student ID, Tutor email" reassigns tutors.
// - A Student ID that appears on more than one imported row is an error on each of those rows (we cannot know
//   which one is right).
// - A team is known if it is already on the Roster (matched without regard to case or spacing, and written in the
//   Roster's spelling); otherwise the row is bad unless "allow new teams" is ticked.
// - If any row is bad nothing is written, unless the coordinator asks to import only the valid rows.

import type { Student } from './model';
import type { TableRecord } from './table';
import { ROSTER_TABLE } from './tables';
import { CELL_CHAR_LIMIT, cellLimitProblem, notTextProblem } from './validation/cell-limit';
import { isEmailAddress } from './validation/email';
import * as v from './validation/schema';

/**
 * Where the rows come from: a grid parsed from pasted CSV (in the dialog) or another sheet of the workbook. Cells are
 * text; a cell of another type (null, a number) is reported on its row rather than refusing the whole request.
 */
export type RosterImportSource = { kind: 'rows'; rows: unknown[][] } | { kind: 'sheet'; sheetName: string };

export interface RosterImportRequest {
  source: RosterImportSource;
  /** Teams not yet on the Roster are accepted (otherwise they are reported as unknown). */
  allowNewTeams: boolean;
}

/** The largest import one execution takes (district scale is about 5,000 students). */
export const MAX_IMPORT_ROWS = 50_000;

/** The dialog's request, checked at the server boundary. */
export const RosterImportRequestSchema = v.object(
  {
    source: v.variant(
      'kind',
      [
        v.object({
          kind: v.literal('rows'),
          rows: v.pipe(
            v.array(v.array(v.unknown(), 'Rows: each row must be a list of cells; paste the CSV again.'), 'Rows: paste CSV with a header row.'),
            v.maxLength(MAX_IMPORT_ROWS + 1, `An import can hold at most ${MAX_IMPORT_ROWS} rows.`),
          ),
        }),
        v.object({
          kind: v.literal('sheet'),
          sheetName: v.pipe(v.string('Pick a sheet to import from.'), v.trim(), v.minLength(1, 'Pick a sheet to import from.')),
        }),
      ],
      'Paste CSV or pick a sheet to import from.',
    ),
    allowNewTeams: v.boolean('Allow new teams: tick it or leave it unticked.'),
  },
  'The import request did not arrive complete: reload the dialog and try again.',
);

/** One problem: the row as the coordinator sees it (header = row 1), the column, and what to fix. */
export interface ImportIssue {
  row: number;
  field: string;
  value: string;
  message: string;
}

/** How each imported column was read: the Roster header it fills, or null when it is ignored. */
export interface ColumnMapping {
  header: string;
  column: string | null;
}

export interface RosterImportReport {
  /** Non-blank data rows in the import. */
  totalRows: number;
  validRows: number;
  badRows: number;
  newStudents: number;
  updatedStudents: number;
  /** Existing students whose imported row changes nothing. */
  unchangedStudents: number;
  issues: ImportIssue[];
  columns: ColumnMapping[];
  /** Teams the import would add to the Roster (only with "allow new teams"). */
  newTeams: string[];
  /** Teams already on the Roster, for the dialog's hint. */
  knownTeams: string[];
  /** True once rows were written. */
  written: boolean;
  message: string;
}

/** What to write: new students (appended) and changed fields of existing rows (1-based sheet row). */
export interface RosterImportPlan {
  report: RosterImportReport;
  creates: TableRecord[];
  updates: { row: number; studentId: string; fields: TableRecord }[];
}

/** A student already on the Roster and the sheet row that holds them. */
export interface RosterRow {
  row: number;
  student: Student;
}

type RosterKey = keyof Student;

/** Obvious other names for Roster headers; compared after normalising case, spaces and punctuation. */
const ALIASES: Record<RosterKey, readonly string[]> = {
  studentId: ['id', 'student id', 'studentid', 'student number', 'student no', 'student #'],
  name: ['name', 'student', 'student name', 'full name'],
  grade: ['grade', 'grade level', 'year'],
  subject: ['subject', 'content area'],
  team: ['team', 'class', 'team (class)', 'team class', 'teacher-tutor team'],
  teacherEmail: ['teacher', 'teacher email', 'teacher e-mail'],
  tutorEmail: ['tutor', 'tutor email', 'tutor e-mail'],
  familyContact: ['family', 'family contact', 'parent', 'parent contact', 'guardian'],
  active: ['active', 'is active'],
  consentToShare: ['consent', 'consent to share', 'sharing consent', 'share consent'],
  studentEmail: ['student email', 'student e-mail', 'email', 'e-mail'],
  familyEmails: ['family email', 'family emails', 'family email(s)', 'parent email', 'parent emails', 'guardian email'],
  praisePreference: ['praise', 'praise preference', 'praise preferences'],
};

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x', 'active', '✓', '✔']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'inactive']);

/** Header text reduced to letters and digits, so "Student  ID", "student_id" and "STUDENT-ID" match. */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9#]+/g, '');
}

function headerFor(key: RosterKey): string {
  return ROSTER_TABLE.columns.find((c) => c.key === key)?.header ?? key;
}

const LOOKUP: ReadonlyMap<string, RosterKey> = (() => {
  const map = new Map<string, RosterKey>();
  for (const column of ROSTER_TABLE.columns) map.set(normalizeHeader(column.header), column.key as RosterKey);
  for (const [key, names] of Object.entries(ALIASES) as [RosterKey, readonly string[]][]) {
    for (const name of names) if (!map.has(normalizeHeader(name))) map.set(normalizeHeader(name), key);
  }
  return map;
})();

/** Which Roster field each imported column fills (by header text); a second column for the same field is ignored. */
export function mapHeaders(headers: readonly string[]): { columns: ColumnMapping[]; at: Partial<Record<RosterKey, number>> } {
  const at: Partial<Record<RosterKey, number>> = {};
  const columns = headers.map((header, i) => {
    const key = LOOKUP.get(normalizeHeader(header));
    if (!key || at[key] !== undefined) return { header, column: null };
    at[key] = i;
    return { header, column: headerFor(key) };
  });
  return { columns, at };
}

function teamKey(team: string): string {
  return team.toLowerCase().replace(/\s+/g, ' ').trim();
}

function parseActive(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return null;
}

const REQUIRED_FOR_NEW: readonly RosterKey[] = ['studentId', 'name', 'team', 'teacherEmail', 'tutorEmail'];
const TEXT_FIELDS: readonly RosterKey[] = ['name', 'grade', 'subject', 'team', 'teacherEmail', 'tutorEmail', 'familyContact', 'studentEmail'];

/**
 * Validates every row of an import against the Roster and plans the write. Pure: the adapter reads the Roster and the
 * source once, and writes what the plan says.
 */
export function planRosterImport(
  grid: readonly (readonly unknown[])[],
  roster: readonly RosterRow[],
  options: { allowNewTeams: boolean },
): RosterImportPlan {
  const issues: ImportIssue[] = [];
  const headers = (grid[0] ?? []).map((h) => (typeof h === 'string' ? h.trim() : ''));
  const { columns, at } = mapHeaders(headers);
  // A cell that is not text reads as blank here; the row loop reports it (wrongType) so the row is never written.
  const cell = (line: readonly unknown[], key: RosterKey): string => {
    const i = at[key];
    const value = i === undefined ? undefined : line[i];
    return typeof value === 'string' ? value.trim() : '';
  };
  const wrongType = (line: readonly unknown[], key: RosterKey): boolean => {
    const i = at[key];
    return i !== undefined && line[i] !== undefined && typeof line[i] !== 'string';
  };

  const knownTeams = new Map<string, string>();
  for (const { student } of roster) if (student.team) knownTeams.set(teamKey(student.team), student.team);
  const byId = new Map<string, RosterRow[]>();
  for (const entry of roster) {
    const list = byId.get(entry.student.studentId) ?? [];
    list.push(entry);
    byId.set(entry.student.studentId, list);
  }

  if (grid.length === 0 || headers.every((h) => h === '')) {
    return emptyPlan(columns, [...knownTeams.values()], 'Paste CSV with a header row, or pick a sheet that has one.');
  }
  if (at.studentId === undefined) {
    issues.push({ row: 1, field: 'Student ID', value: '', message: 'No Student ID column: add a column headed "Student ID" (or "ID").' });
  }

  // Data rows with their row numbers; blank rows are skipped but keep numbering.
  const lines: { row: number; line: readonly unknown[] }[] = [];
  for (let r = 1; r < grid.length; r++) {
    if (grid[r].every((c) => c === undefined || (typeof c === 'string' && c.trim() === ''))) continue;
    lines.push({ row: r + 1, line: grid[r] });
  }

  const rowsById = new Map<string, number[]>();
  for (const { row, line } of lines) {
    const id = cell(line, 'studentId');
    if (id) rowsById.set(id, [...(rowsById.get(id) ?? []), row]);
  }

  const newTeams = new Map<string, string>();
  const creates: TableRecord[] = [];
  const updates: RosterImportPlan['updates'] = [];
  const bad = new Set<number>();
  let unchanged = 0;
  const flag = (row: number, key: RosterKey | string, value: string, message: string) => {
    bad.add(row);
    const field = key in ALIASES ? headerFor(key as RosterKey) : key;
    issues.push({ row, field, value, message });
  };

  for (const { row, line } of lines) {
    const extra = line.slice(headers.length).filter((c) => c !== undefined && c !== null && String(c).trim() !== '');
    if (extra.length > 0) {
      flag(
        row,
        '(whole row)',
        extra.join(', '),
        `This row has ${headers.length + extra.length} cells but the header has ${headers.length}: is there an unquoted comma in a name?`,
      );
    }
    if (at.studentId === undefined) {
      bad.add(row);
      continue;
    }
    for (const key of Object.keys(at) as RosterKey[]) {
      const i = at[key] as number;
      if (wrongType(line, key)) flag(row, key, String(line[i]).slice(0, 80), notTextProblem(headerFor(key), row));
      else {
        const tooLong = cellLimitProblem(headerFor(key), cell(line, key), row);
        if (tooLong) flag(row, key, `${cell(line, key).slice(0, 80)}…`, tooLong);
      }
    }
    const id = cell(line, 'studentId');
    const existing = id ? byId.get(id) : undefined;
    const isNew = !existing;
    if (!id && !wrongType(line, 'studentId')) flag(row, 'studentId', '', 'Student ID is required.');
    const dupes = id ? (rowsById.get(id) ?? []) : [];
    if (dupes.length > 1) {
      const others = dupes.filter((r) => r !== row).join(', ');
      flag(row, 'studentId', id, `Student ID ${id} is also on row${dupes.length > 2 ? 's' : ''} ${others} of this import.`);
    }
    if (existing && existing.length > 1) {
      flag(row, 'studentId', id, `Student ID ${id} is on several Roster rows (${existing.map((e) => e.row).join(', ')}): fix the Roster first.`);
    }

    const record: TableRecord = {};
    for (const key of TEXT_FIELDS) {
      const value = cell(line, key);
      if (value !== '') record[key] = key === 'teacherEmail' || key === 'tutorEmail' ? value.toLowerCase() : value;
    }
    if (isNew) {
      for (const key of REQUIRED_FOR_NEW) {
        if (key === 'studentId' || record[key] !== undefined || wrongType(line, key)) continue;
        const missing = at[key] === undefined ? ` (the import has no ${headerFor(key)} column)` : '';
        flag(row, key, '', `${headerFor(key)} is required for a new student${missing}.`);
      }
    }
    if (typeof record.studentEmail === 'string') record.studentEmail = record.studentEmail.toLowerCase();
    // Addresses end up in Drive sharing calls: an address that does not validate never reaches the Roster.
    const familyText = cell(line, 'familyEmails');
    if (familyText !== '' && familyText.length <= CELL_CHAR_LIMIT) {
      const parsed = parseFamilyEmails(familyText);
      if (parsed.bad.length > 0)
        flag(
          row,
          'familyEmails',
          familyText,
          `${parsed.bad.map((b) => `"${b}"`).join(', ')} ${parsed.bad.length === 1 ? 'is not an email address' : 'are not email addresses'}: separate family emails with commas.`,
        );
      else record.familyEmails = parsed.emails.join(', ');
    }
    const consentText = cell(line, 'consentToShare');
    if (consentText !== '') {
      const consent = parseActive(consentText);
      if (consent === null) flag(row, 'consentToShare', consentText, 'Consent to share must be yes or no.');
      else record.consentToShare = consent;
    }
    const praiseText = cell(line, 'praisePreference').toLowerCase();
    if (praiseText !== '') {
      if (praiseText === 'public' || praiseText === 'private') record.praisePreference = praiseText === 'public' ? 'Public' : 'Private';
      else flag(row, 'praisePreference', cell(line, 'praisePreference'), 'Praise preference must be Public or Private.');
    }
    for (const key of ['teacherEmail', 'tutorEmail', 'studentEmail'] as const) {
      const value = record[key];
      if (typeof value === 'string' && value.length <= CELL_CHAR_LIMIT && !isEmailAddress(value))
        flag(row, key, cell(line, key), `"${cell(line, key)}" is not an email address.`);
    }
    const activeText = cell(line, 'active');
    if (activeText !== '') {
      const active = parseActive(activeText);
      if (active === null) flag(row, 'active', activeText, 'Active must be yes or no (or TRUE/FALSE).');
      else record.active = active;
    } else if (isNew) {
      record.active = true;
    }
    const team = typeof record.team === 'string' ? record.team : '';
    if (team) {
      const known = knownTeams.get(teamKey(team)) ?? newTeams.get(teamKey(team));
      if (known) record.team = known;
      else if (options.allowNewTeams) {
        if (!bad.has(row)) newTeams.set(teamKey(team), team);
      } else {
        flag(row, 'team', team, `"${team}" is not a team on the Roster yet. Tick "Allow new teams" if it is a new class.`);
      }
    }

    if (bad.has(row)) continue;
    if (isNew) {
      creates.push({ ...record, studentId: id });
      continue;
    }
    const target = existing[0];
    const fields = changedFields(target.student, record);
    if (Object.keys(fields).length === 0) unchanged++;
    else updates.push({ row: target.row, studentId: id, fields });
  }

  issues.sort((a, b) => a.row - b.row);
  const badRows = lines.filter((l) => bad.has(l.row)).length;
  const report: RosterImportReport = {
    totalRows: lines.length,
    validRows: lines.length - badRows,
    badRows,
    newStudents: creates.length,
    updatedStudents: updates.length,
    unchangedStudents: unchanged,
    issues,
    columns,
    newTeams: [...newTeams.values()],
    knownTeams: [...knownTeams.values()].sort((a, b) => a.localeCompare(b)),
    written: false,
    message: summarize(lines.length, badRows, creates.length, updates.length, unchanged),
  };
  return { report, creates, updates };
}

/**
 * "a@x.org; B@x.org, a@x.org" → lower-cased, de-duplicated addresses in order, and the pieces that are not addresses.
 * Commas and semicolons separate (the two ways spreadsheets and mail clients list people).
 */
export function parseFamilyEmails(text: string): { emails: string[]; bad: string[] } {
  const emails: string[] = [];
  const bad: string[] = [];
  for (const piece of text.split(/[,;]/)) {
    const address = piece.trim().toLowerCase();
    if (address === '') continue;
    if (!isEmailAddress(address)) bad.push(piece.trim());
    else if (!emails.includes(address)) emails.push(address);
  }
  return { emails, bad };
}

/** Only the fields whose value differs from the student's current row. */
function changedFields(student: Student, record: TableRecord): TableRecord {
  const fields: TableRecord = {};
  for (const [key, value] of Object.entries(record)) {
    // Roster v2 fields read as undefined when blank: compare them as the blank they stand for.
    const raw = student[key as RosterKey];
    const current = raw === undefined ? (typeof value === 'boolean' ? false : '') : raw;
    if (typeof current === 'boolean' ? current !== value : String(current) !== String(value)) fields[key] = value;
  }
  return fields;
}

function summarize(total: number, bad: number, creates: number, updates: number, unchanged: number): string {
  if (total === 0) return 'The import has a header row but no students.';
  const plan = `${creates} new student${creates === 1 ? '' : 's'}, ${updates} update${updates === 1 ? '' : 's'}, ${unchanged} unchanged`;
  if (bad === 0) return `All ${total} rows are valid: ${plan}.`;
  return `${bad} of ${total} rows need fixing; the ${total - bad} valid rows would give ${plan}.`;
}

function emptyPlan(columns: ColumnMapping[], knownTeams: string[], message: string): RosterImportPlan {
  return {
    report: {
      totalRows: 0,
      validRows: 0,
      badRows: 0,
      newStudents: 0,
      updatedStudents: 0,
      unchangedStudents: 0,
      issues: [],
      columns,
      newTeams: [],
      knownTeams,
      written: false,
      message,
    },
    creates: [],
    updates: [],
  };
}
