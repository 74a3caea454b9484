// Who the caller is in a program: coordinator (named in Settings), teacher or tutor (from the Roster), or nobody.

import type { Locale } from '../i18n/locale';
import { accessText, type Doing, doingText } from '../i18n/messages/access';
import type { Student } from '../model';

export type Role = 'coordinator' | 'teacher' | 'tutor';

/** The person calling the add-on, as one workbook of the program knows them. */
export interface Caller {
  /** Lower-cased; '' when Google does not reveal the user. */
  email: string;
  roles: readonly Role[];
  /** Lower-cased team names where the caller is a teacher or tutor of an active student. */
  teams: readonly string[];
}

export const NOBODY: Caller = { email: '', roles: [], teams: [] };

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The caller's roles. Coordinators are the emails in Settings; teachers and tutors are those of the Roster's active
 * students (a tutor whose last student was removed has no role left). Anyone else has none: never "coordinator by default".
 */
export function callerIn(email: string, coordinators: readonly string[], roster: readonly Student[]): Caller {
  const me = email.trim().toLowerCase();
  if (!me) return NOBODY;
  const roles = new Set<Role>();
  const teams = new Set<string>();
  if (coordinators.some((c) => sameEmail(c, me))) roles.add('coordinator');
  for (const s of roster) {
    if (!s.active) continue;
    const team = s.team.trim().toLowerCase();
    if (sameEmail(s.teacherEmail, me)) {
      roles.add('teacher');
      teams.add(team);
    }
    if (sameEmail(s.tutorEmail, me)) {
      roles.add('tutor');
      teams.add(team);
    }
  }
  return { email: me, roles: [...roles], teams: [...teams].sort() };
}

export function hasAnyRole(caller: Caller, allowed: readonly Role[]): boolean {
  return caller.roles.some((r) => allowed.includes(r));
}

/** True when the caller teaches or tutors the team (case-insensitive), or coordinates the program. */
export function reachesTeam(caller: Caller, team: string): boolean {
  return caller.roles.includes('coordinator') || caller.teams.includes(team.trim().toLowerCase());
}

/** "Only the program's coordinators can provision Drive folders." in the caller's language. */
export function refusal(allowed: readonly Role[], doing: Doing, locale: Locale = 'en'): string {
  const who = allowed.map((r) => accessText.t(locale, r));
  const list =
    who.length <= 1
      ? (who[0] ?? accessText.t(locale, 'nobody'))
      : accessText.t(locale, 'and', { list: who.slice(0, -1).join(', '), last: who[who.length - 1] });
  return accessText.t(locale, 'only', { who: list, doing: doingText.t(locale, doing) });
}
