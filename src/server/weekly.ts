// Server API of the Tier 3 weekly preparation (master, coordinators): the dialog's schedule and teacher-update
// settings, "Prepare this week now", and the coordinator's own time-driven triggers. Drive actions run only as the
// coordinator who made the program's folders (Settings › Drive folders made by).

import { weeklyServerText } from '../core/i18n/messages/weekly';
import type { JobProgress } from '../core/job';
import type { ProgramSettings } from '../core/model';
import type { FieldErrors } from '../core/result';
import type { RunRow } from '../core/weekly/runs';
import { checkSchedule, type ScheduleInput, type WeekDayName } from '../core/weekly/schedule';
import {
  TEACHER_UPDATE_MODES,
  TEACHER_UPDATE_PRIVACY,
  type TeacherUpdateMode,
  type TeacherUpdatePrivacy,
  type TeacherUpdateSettings,
  teamsCell,
} from '../core/weekly/settings';
import { AccessDeniedError, type Authorized, callerEmail } from '../workspace/access/caller';
import { runChunk } from '../workspace/job-runner';
import { userLocale } from '../workspace/locale';
import { withScriptLock } from '../workspace/lock';
import { mailAuthorized, requireMailScope, SEND_MAIL_SCOPE, waitingMail } from '../workspace/mail';
import { hostUi } from '../workspace/menus';
import { showDialog } from '../workspace/pages';
import { readSettings, writeSettings } from '../workspace/program';
import { readProgramBase } from '../workspace/template-data';
import { todayIn } from '../workspace/today';
import { latestRuns, writeRun } from '../workspace/weekly/runs-store';
import { installSchedule, readSchedule, removeSchedule, scheduleInstalled } from '../workspace/weekly/schedule';
import { teacherOutbox } from '../workspace/weekly/teacher-mail';
import { startWeeklyRun, tier3Teams, updateSettingsOf, type WeeklyMode } from '../workspace/weekly/weekly-job';
import { allow, menuAllowed } from './guard';

export interface WeeklyState {
  schedule: { on: boolean; weekDay: WeekDayName; hour: number };
  updates: TeacherUpdateSettings;
  /** The program's Tier 3 teams (empty when the program is not Tier 3). */
  teams: string[];
  tier: number;
  driveOwner: string;
  you: string;
  /** Why this coordinator cannot prepare or schedule (not the Drive owner, no folders yet); '' when they can. */
  driveRefusal: string;
  mailAuthorized: boolean;
  /** Teacher updates waiting in this coordinator's outbox for a later run. */
  waitingMail: number;
  runs: RunRow[];
}

export type WeeklySaveResult =
  | { ok: true; value: WeeklyState }
  | { ok: false; message: string; errors: FieldErrors; needsMailPermission?: boolean; authorizationUrl?: string };

function masterOnly(auth: Authorized): Authorized {
  if (auth.kind === 'team') throw new AccessDeniedError(weeklyServerText.t(userLocale(), 'masterOnly'));
  return auth;
}

/** Why `email` may not run the weekly preparation's Drive work, or ''. */
function driveRefusal(settings: ProgramSettings, email: string): string {
  if (!settings.driveOwner) return weeklyServerText.t(userLocale(), 'provisionFirst');
  if (settings.driveOwner !== email) return weeklyServerText.t(userLocale(), 'notOwner', { owner: settings.driveOwner });
  return '';
}

function stateOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): WeeklyState {
  const base = readProgramBase(ss);
  const you = callerEmail();
  const saved = readSchedule();
  const on = scheduleInstalled() && saved?.masterId === ss.getId();
  const teams = tier3Teams(base, ss);
  return {
    schedule: { on, weekDay: saved?.weekDay ?? 'FRIDAY', hour: saved?.hour ?? 7 },
    updates: updateSettingsOf(base),
    teams,
    tier: base.settings.tier,
    driveOwner: base.settings.driveOwner,
    you,
    driveRefusal: driveRefusal(base.settings, you),
    mailAuthorized: mailAuthorized(),
    waitingMail: teams.reduce((n, t) => n + waitingMail(teacherOutbox(ss.getId(), t)).length, 0),
    runs: latestRuns(ss, 5),
  };
}

/** Menu: the weekly preparation dialog (schedule, teacher updates, "Prepare this week now", recent runs). */
export function menuWeeklyPreparation(): void {
  menuAllowed('menuWeeklyPreparation', (auth) => {
    const { ui } = hostUi();
    if (auth.kind === 'team') {
      ui.alert('Tutoring Toolkit', weeklyServerText.t(userLocale(), 'masterOnlyShort'), ui.ButtonSet.OK);
      return;
    }
    showDialog(ui, 'WeeklyDialog');
  });
}

/** What the dialog shows: the schedule, teacher-update settings, mail permission, waiting mail and the latest runs. */
export function getWeeklyState(): WeeklyState {
  const { ss } = masterOnly(allow('getWeeklyState'));
  return stateOf(ss);
}

/**
 * Turns this coordinator's weekly trigger on (weekday and hour, the script's time zone) or off. Saving again replaces
 * it: one trigger, never two.
 */
export function saveWeeklySchedule(input: ScheduleInput): WeeklySaveResult {
  const { ss, settings } = masterOnly(allow('saveWeeklySchedule'));
  const plain = { on: Boolean(input?.on), weekDay: String(input?.weekDay ?? ''), hour: Number(input?.hour) };
  const errors = checkSchedule(plain);
  if (Object.keys(errors).length) return { ok: false, message: weeklyServerText.t(userLocale(), 'fixFields'), errors };
  if (!plain.on) {
    removeSchedule();
    return { ok: true, value: stateOf(ss) };
  }
  const refusal = settings ? driveRefusal(settings, callerEmail()) : '';
  if (refusal) return { ok: false, message: refusal, errors: {} };
  const daily = settings ? updateSettingsOf({ settings }).mode === 'After each session' : false;
  installSchedule({ masterId: ss.getId(), weekDay: plain.weekDay as WeekDayName, hour: plain.hour, daily });
  return { ok: true, value: stateOf(ss) };
}

export interface TeacherUpdatesInput {
  mode: string;
  teams: string[];
  privacy: string;
}

/**
 * Saves the program's teacher-update settings in Settings. Turning updates on needs this coordinator's grant of
 * `script.send_mail` (granular consent may have left it unchecked): without it nothing is saved, and the dialog asks
 * for it (requestMailPermission).
 */
export function saveTeacherUpdates(input: TeacherUpdatesInput): WeeklySaveResult {
  const { ss } = masterOnly(allow('saveTeacherUpdates'));
  const base = readProgramBase(ss);
  const errors: FieldErrors = {};
  const mode = TEACHER_UPDATE_MODES.find((m) => m === input?.mode);
  const privacy = TEACHER_UPDATE_PRIVACY.find((p) => p === input?.privacy);
  // The caller's language is asked only when there is something to refuse.
  const t = weeklyServerText.t;
  const say = () => userLocale();
  if (!mode) errors.mode = t(say(), 'chooseMode');
  if (!privacy) errors.privacy = t(say(), 'choosePrivacy');
  const known = tier3Teams(base, ss);
  const teams = Array.isArray(input?.teams) ? input.teams.map(String) : [];
  const unknown = teams.filter((t) => !known.some((k) => k.toLowerCase() === t.trim().toLowerCase()));
  if (unknown.length) errors.teams = t(say(), 'notTier3Team', { teams: unknown.join(', ') });
  if (Object.keys(errors).length || !mode || !privacy) return { ok: false, message: t(say(), 'fixFields'), errors };
  if (mode !== 'Off' && !mailAuthorized()) {
    const info = (
      ScriptApp as unknown as { getAuthorizationInfo(m: GoogleAppsScript.Script.AuthMode, s: string[]): GoogleAppsScript.Script.AuthorizationInfo }
    ).getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SEND_MAIL_SCOPE]);
    return {
      ok: false,
      needsMailPermission: true,
      authorizationUrl: info.getAuthorizationUrl() ?? '',
      message: t(say(), 'needsMail'),
      errors: { mode: t(say(), 'needsMailField') },
    };
  }
  withScriptLock(() => {
    const settings = readSettings(ss);
    writeSettings(ss, {
      ...settings,
      teacherUpdates: mode as TeacherUpdateMode,
      teacherUpdateTeams: teamsCell(teams),
      teacherUpdatePrivacy: privacy as TeacherUpdatePrivacy,
    });
  });
  // "After each session" adds a daily trigger beside the weekly one (and "Weekly"/"Off" removes it).
  const saved = readSchedule();
  if (saved && saved.masterId === ss.getId() && scheduleInstalled()) installSchedule({ ...saved, daily: mode === 'After each session' });
  return { ok: true, value: stateOf(ss) };
}

/** Shows Google's consent prompt for `script.send_mail` (ends this execution when it is not granted yet). */
export function requestMailPermission(): boolean {
  masterOnly(allow('requestMailPermission'));
  requireMailScope();
  return true;
}

export interface PrepareNow {
  runId: string;
  progress: JobProgress;
}

/** "Prepare this week now": starts (or resumes) this week's run and does its first chunk; the dialog drives the rest. */
export function prepareWeekNow(): PrepareNow {
  const { ss, settings } = masterOnly(allow('prepareWeekNow'));
  const email = callerEmail();
  const refusal = settings ? driveRefusal(settings, email) : weeklyServerText.t(userLocale(), 'setUpFirst');
  if (refusal) throw new AccessDeniedError(refusal);
  const started = startWeeklyRun(ss, readProgramBase(ss), 'Manual', email, todayIn(ss), 'prepare');
  const progress = started.progress.finished ? started.progress : runChunk(started.progress.jobId);
  return { runId: started.runId, progress };
}

/** The coordinator's weekly trigger: prepares this week as its installer, after checking they still may. */
export function weeklyPreparationTrigger(): void {
  scheduledRun('weeklyPreparationTrigger', 'prepare');
}

/** The daily trigger of "After each session" teacher updates. */
export function teacherUpdatesTrigger(): void {
  scheduledRun('teacherUpdatesTrigger', 'updates');
}

function scheduledRun(action: 'weeklyPreparationTrigger' | 'teacherUpdatesTrigger', mode: WeeklyMode): void {
  const schedule = readSchedule();
  if (!schedule) {
    // Called by hand in a workbook: the guard decides as for any function. A trigger whose schedule was never saved
    // (a kill while installing) has no workbook to ask and nothing to run.
    try {
      allow(action);
    } catch (error) {
      if (error instanceof AccessDeniedError) throw error;
    }
    return;
  }
  const master = SpreadsheetApp.openById(schedule.masterId);
  const email = callerEmail();
  let refusal = '';
  try {
    const { settings } = allow(action, master);
    refusal = settings ? driveRefusal(settings, email) : 'The master workbook holds no program.';
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    refusal = `${email} is no longer a coordinator of this program: the schedule was turned off. ${error.message}`;
    removeSchedule();
  }
  if (refusal) {
    writeRun(master, `refused-${Date.now().toString(36)}`, {
      startedAt: new Date().toISOString(),
      trigger: 'Scheduled',
      runBy: email,
      status: 'Refused',
      failed: refusal,
      finishedAt: new Date().toISOString(),
    });
    return;
  }
  const base = readProgramBase(master);
  if (mode === 'updates' && updateSettingsOf(base).mode !== 'After each session') return;
  const started = startWeeklyRun(master, base, 'Scheduled', email, todayIn(master), mode);
  if (!started.progress.finished) runChunk(started.progress.jobId);
}
