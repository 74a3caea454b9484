// The program's teacher-update settings (Settings, coordinators only): whether and how often teachers get an email of
// their students' notes, which teams opted in, and what the email may carry.

export const TEACHER_UPDATE_MODES = ['Off', 'Weekly', 'After each session'] as const;
export type TeacherUpdateMode = (typeof TEACHER_UPDATE_MODES)[number];

/** Names only: who had sessions; Summary: attendance, objectives and progress; Full notes: every team field of each note. */
export const TEACHER_UPDATE_PRIVACY = ['Names only', 'Summary', 'Full notes'] as const;
export type TeacherUpdatePrivacy = (typeof TEACHER_UPDATE_PRIVACY)[number];

export interface TeacherUpdateSettings {
  mode: TeacherUpdateMode;
  /** Teams (as typed on the Roster) whose teacher gets updates; a team not listed never gets mail. */
  teams: string[];
  privacy: TeacherUpdatePrivacy;
}

export const NO_TEACHER_UPDATES: TeacherUpdateSettings = { mode: 'Off', teams: [], privacy: 'Names only' };

const sameTeam = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether `team`'s teacher gets an update in this mode. */
export function teamOptedIn(settings: TeacherUpdateSettings, team: string): boolean {
  return settings.mode !== 'Off' && settings.teams.some((t) => sameTeam(t, team));
}

/** Reads the settings as stored (free text in a sheet): anything unknown falls back to the safest choice. */
export function teacherUpdateSettingsOf(raw: { mode?: unknown; teams?: unknown; privacy?: unknown }): TeacherUpdateSettings {
  const mode =
    TEACHER_UPDATE_MODES.find(
      (m) =>
        m.toLowerCase() ===
        String(raw.mode ?? '')
          .trim()
          .toLowerCase(),
    ) ?? 'Off';
  const privacy =
    TEACHER_UPDATE_PRIVACY.find(
      (p) =>
        p.toLowerCase() ===
        String(raw.privacy ?? '')
          .trim()
          .toLowerCase(),
    ) ?? 'Names only';
  const teams = String(raw.teams ?? '')
    .split(/\s*[\n;]\s*/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return { mode, teams: [...new Set(teams)], privacy };
}

/** The teams as one cell (one per line: team names may hold commas). */
export function teamsCell(teams: readonly string[]): string {
  return teams.join('\n');
}
