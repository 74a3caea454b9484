// Upgrading a single-workbook program (every team's logs in one workbook shared with everyone) to a master plus one
// team workbook per teacher-tutor team: which rows go to which team, who each team workbook is shared with, and who
// must lose access to the master.

import { QUESTIONS_TABLE } from '../drive-tables';
import type { Student, Tier } from '../model';
import type { TableRecord, TableSchema } from '../table';
import { LEGACY_LOG_TABLES } from '../tables';
import { teamPeople } from '../team/team-sheets';

/** The log sheets a single-workbook program may hold, in the order they move (Questions only if provisioned). */
export const UPGRADE_TABLES: readonly TableSchema[] = [...LEGACY_LOG_TABLES, QUESTIONS_TABLE];

/** One legacy log as read from the master. */
export interface LegacyTable {
  schema: TableSchema;
  records: readonly TableRecord[];
}

export interface TeamUpgrade {
  /** The team's name as the Roster first spells it. */
  team: string;
  /** The team's students, active or not (their history moves with the team). */
  students: Student[];
  /** Rows per sheet name this team's workbook receives. */
  rows: Record<string, number>;
}

export interface UpgradePlan {
  teams: TeamUpgrade[];
  /** Rows per sheet name in the master before the upgrade. */
  totals: Record<string, number>;
  /** Rows per sheet name that name no student on the Roster (nor, for questions, a team): they have nowhere to go. */
  unassigned: Record<string, number>;
}

/** Teams compare as the Roster's provisioning compares them: trimmed, case-insensitive. */
export function teamKey(team: string): string {
  return team.trim().toLowerCase();
}

/**
 * The team a legacy row belongs to: its student's team on the Roster; for a question not about a student (about a
 * material), the team it names. null when neither is known.
 */
export function teamOfRow(schema: TableSchema, record: TableRecord, teamByStudent: ReadonlyMap<string, string>): string | null {
  const student = String(record.studentId ?? '').trim();
  const byStudent = student ? teamByStudent.get(student) : undefined;
  if (byStudent) return byStudent;
  if (schema.name === QUESTIONS_TABLE.name && !student) {
    const named = teamKey(String(record.team ?? ''));
    return named || null;
  }
  return null;
}

/** Student id → team key, for every Roster row with a team. */
export function teamsByStudent(students: readonly Student[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of students) if (s.studentId.trim() && s.team.trim()) out.set(s.studentId.trim(), teamKey(s.team));
  return out;
}

/** Splits each legacy log by team. The plan counts; `rowsOfTeam` gives the records themselves. */
export function planUpgrade(students: readonly Student[], legacy: readonly LegacyTable[]): UpgradePlan {
  const teams = new Map<string, TeamUpgrade>();
  for (const s of students) {
    if (!s.team.trim()) continue;
    const key = teamKey(s.team);
    const entry = teams.get(key) ?? { team: s.team.trim(), students: [], rows: {} };
    entry.students.push(s);
    teams.set(key, entry);
  }
  const byStudent = teamsByStudent(students);
  const totals: Record<string, number> = {};
  const unassigned: Record<string, number> = {};
  for (const { schema, records } of legacy) {
    totals[schema.name] = records.length;
    unassigned[schema.name] = 0;
    for (const t of teams.values()) t.rows[schema.name] = 0;
    for (const record of records) {
      const key = teamOfRow(schema, record, byStudent);
      const team = key ? teams.get(key) : undefined;
      if (team) team.rows[schema.name]++;
      else unassigned[schema.name]++;
    }
  }
  return { teams: [...teams.values()].sort((a, b) => a.team.localeCompare(b.team)), totals, unassigned };
}

/** One team's rows of a legacy log, in the master's order. */
export function rowsOfTeam(
  schema: TableSchema,
  records: readonly TableRecord[],
  team: string,
  byStudent: ReadonlyMap<string, string>,
): TableRecord[] {
  const key = teamKey(team);
  return records.filter((r) => teamOfRow(schema, r, byStudent) === key);
}

export type ShareRole = 'writer' | 'reader';

/** Who the team workbook is shared with, directly: the team's tutors edit; the teacher views (Tier 1) or edits (Tiers 2-3, under protections). */
export function teamWorkbookShares(tier: Tier, students: readonly Student[]): { email: string; role: ShareRole }[] {
  const { tutors, teachers } = teamPeople(students);
  const out = new Map<string, ShareRole>();
  for (const t of teachers) out.set(t, tier >= 2 ? 'writer' : 'reader');
  for (const t of tutors) out.set(t, 'writer');
  return [...out].map(([email, role]) => ({ email, role }));
}

/**
 * Who must stop reaching the master: every teacher and tutor named on the Roster (active or not) who can open it now,
 * except coordinators and the file's owner. Others with access (not on the Roster) are listed for the coordinator to
 * decide about, never removed by the add-on.
 */
export function masterAccessChanges(
  people: { editors: readonly string[]; viewers: readonly string[] },
  students: readonly Student[],
  keep: readonly string[],
): { removeEditors: string[]; removeViewers: string[]; others: string[] } {
  const kept = new Set(keep.map((e) => e.trim().toLowerCase()));
  const team = new Set<string>();
  for (const s of students) for (const e of [s.tutorEmail, s.teacherEmail]) if (e.trim()) team.add(e.trim().toLowerCase());
  const norm = (list: readonly string[]) => [...new Set(list.map((e) => e.trim().toLowerCase()).filter((e) => e && !kept.has(e)))].sort();
  const editors = norm(people.editors);
  const viewers = norm(people.viewers).filter((e) => !editors.includes(e));
  return {
    removeEditors: editors.filter((e) => team.has(e)),
    removeViewers: viewers.filter((e) => team.has(e)),
    others: [...editors, ...viewers].filter((e) => !team.has(e)).sort(),
  };
}

/** Sums rows per sheet over teams. */
export function sumRows(teams: readonly { rows: Record<string, number> }[], names: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of names) out[n] = teams.reduce((sum, t) => sum + (t.rows[n] ?? 0), 0);
  return out;
}
