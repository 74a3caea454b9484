// The weekly preparation as a resumable job (src/workspace/job-runner.ts): one step per Tier 3 team — its agenda for
// next week, then its teacher update — with the Runs row rewritten after each, so a killed or timed-out run resumes at
// the first team not done and never redoes a finished one. It runs as the Drive-owner coordinator (menu, dialog, or
// that coordinator's own trigger).

import { QUESTIONS_TABLE } from '../../core/drive-tables';
import type { Locale } from '../../core/i18n/locale';
import { runsText } from '../../core/i18n/messages/runs';
import { type JobProgress, progressOf } from '../../core/job';
import type { IsoDate } from '../../core/model';
import { currentGoal, progressToGoal } from '../../core/templates/values';
import { agendaBlocks, buildAgenda, type OpenQuestion } from '../../core/weekly/agenda';
import { doneText, finalStatus, mailWaitingText, type RunTrigger, remainingText, type TeamOutcome, teamsToDoText } from '../../core/weekly/runs';
import { type TeacherUpdateSettings, teacherUpdateSettingsOf } from '../../core/weekly/settings';
import { teamStudent } from '../../core/weekly/team-view';
import { meetingWeekOf } from '../../core/weekly/week';
import { readDriveFolders } from '../doc-folders';
import { registerJobHandler, startJob, unfinishedJobs } from '../job-runner';
import { userLocale } from '../locale';
import { readActionSteps, readCheckOffs, readGoals, readSessionNotes, workbookDates } from '../program';
import { readTable } from '../table-store';
import { readTeamWorkbooks } from '../team/team-directory';
import { type ProgramBase, readProgramBase } from '../template-data';
import { docUrl, type FoundAgenda, listWeekAgendas, writeAgenda } from './agenda-doc';
import { writeRun } from './runs-store';
import { sendTeacherUpdate } from './teacher-mail';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const WEEKLY_JOB = 'weekly-preparation';

/** 'prepare': agendas and weekly teacher updates; 'updates': only "After each session" teacher updates (daily). */
export type WeeklyMode = 'prepare' | 'updates';

export interface WeeklyParams {
  spreadsheetId: string;
  runId: string;
  trigger: RunTrigger;
  runBy: string;
  today: IsoDate;
  weekStart: IsoDate;
  mode: WeeklyMode;
  teams: string[];
  /**
   * The language of the coordinator who started the run (asked once, at the start): the Runs lines and warnings are
   * written in it, for every coordinator who reads the row later. Runs started before it was recorded: English.
   */
  locale?: Locale;
}

function paramsOf(raw: Record<string, unknown>): WeeklyParams {
  return raw as unknown as WeeklyParams;
}

const safe = (s: string) => encodeURIComponent(s.trim().toLowerCase()).replace(/\./g, '%2E');
const OUT_PREFIX = 'tt.weekly.out.';
const outKey = (runId: string, team: string) => `${OUT_PREFIX}${safe(runId)}.${safe(team)}`;
const failKey = (runId: string, team: string) => `tt.weekly.fail.${safe(runId)}.${safe(team)}`;

interface WeeklyChunk {
  master: Spreadsheet;
  base: ProgramBase;
  folders: ReturnType<typeof readDriveFolders>;
  updates: TeacherUpdateSettings;
  agendas?: Map<string, FoundAgenda>;
}

/** The teacher-update settings as stored in the master's Settings. */
export function updateSettingsOf(base: Pick<ProgramBase, 'settings'>): TeacherUpdateSettings {
  const s = base.settings;
  return teacherUpdateSettingsOf({ mode: s.teacherUpdates, teams: s.teacherUpdateTeams, privacy: s.teacherUpdatePrivacy });
}

/** The program's Tier 3 teams: teams with an active student and a team workbook (none when the program is not Tier 3). */
export function tier3Teams(base: ProgramBase, master: Spreadsheet): string[] {
  if (base.settings.tier !== 3) return [];
  const withWorkbook = new Set(readTeamWorkbooks(master).map((r) => r.team.trim().toLowerCase()));
  const teams = new Map<string, string>();
  for (const s of base.roster)
    if (s.active && s.team && withWorkbook.has(s.team.trim().toLowerCase())) teams.set(s.team.trim().toLowerCase(), s.team);
  return [...teams.values()].sort((a, b) => a.localeCompare(b));
}

function openQuestions(ss: Spreadsheet, team: string): OpenQuestion[] {
  const sheet = ss.getSheetByName(QUESTIONS_TABLE.name);
  if (!sheet) return [];
  const same = (a: string) => a.trim().toLowerCase() === team.trim().toLowerCase();
  return readTable(sheet, QUESTIONS_TABLE, workbookDates(ss))
    .rows.map((r) => r.record)
    .filter((r) => r.messageId && r.messageId === r.threadId && String(r.status) !== 'Answered' && (!r.team || same(String(r.team))))
    .map((r) => ({
      studentId: String(r.studentId ?? ''),
      askedBy: String(r.author ?? ''),
      askedAt: String(r.postedAt ?? ''),
      text: String(r.text ?? ''),
    }));
}

/** A team the run cannot prepare until a person fixes something (no folder, no team workbook): retrying won't help. */
class TeamProblem extends Error {}

/** One team's step: its agenda (prepare), then its teacher update; returns what it did. */
function prepareTeam(team: string, p: WeeklyParams, ctx: WeeklyChunk): TeamOutcome {
  const ref = ctx.folders.teamWorkbooks.find((r) => r.team.trim().toLowerCase() === team.trim().toLowerCase());
  if (!ref) throw new TeamProblem(runsText.t(p.locale ?? 'en', 'noWorkbook'));
  const ss = SpreadsheetApp.openById(ref.spreadsheetId);
  const dates = workbookDates(ss);
  const notes = readSessionNotes(ss, dates);
  const goals = readGoals(ss, dates);
  const students = ctx.base.roster.filter((s) => s.team.trim().toLowerCase() === team.trim().toLowerCase());
  const week = meetingWeekOf(p.today);
  const outcome: TeamOutcome = { team, agenda: 'unchanged', agendaUrl: '', mailSent: 0, mailWaiting: [] };
  if (p.mode === 'prepare') {
    const folderId = ctx.folders.lookup(team, 'tier3-weekly-meeting');
    if (!folderId) throw new TeamProblem(runsText.t(p.locale ?? 'en', 'noFolder'));
    const agenda = buildAgenda({
      programName: ctx.base.settings.programName,
      team,
      today: p.today,
      week,
      settings: ctx.base.settings,
      students,
      goals,
      steps: readActionSteps(ss, dates),
      checkOffs: readCheckOffs(ss, dates),
      notes,
      openQuestions: openQuestions(ss, team),
    });
    ctx.agendas ??= listWeekAgendas(p.spreadsheetId, week.weekStart);
    const marker = `${p.spreadsheetId}.${week.weekStart}.${team.trim().toLowerCase()}`;
    const written = writeAgenda(ctx.agendas.get(marker), {
      masterId: p.spreadsheetId,
      weekStart: week.weekStart,
      team,
      folderId,
      name: agenda.name,
      blocks: agendaBlocks(agenda),
      runId: p.runId,
    });
    ctx.agendas.set(marker, { id: written.id, hash: '', previous: '', run: p.runId, action: written.agenda });
    outcome.agenda = written.agenda;
    outcome.agendaUrl = docUrl(written.id);
  }
  const weeklyMail = ctx.updates.mode === 'Weekly' && p.mode === 'prepare';
  const sessionMail = ctx.updates.mode === 'After each session';
  if (weeklyMail || sessionMail) {
    const active = students.filter((s) => s.active);
    const progress = Object.fromEntries(active.map((s) => [s.studentId, progressToGoal(currentGoal(goals, s.studentId))]));
    const mail = sendTeacherUpdate({
      masterId: p.spreadsheetId,
      programName: ctx.base.settings.programName,
      team,
      teacherEmail: active.map((s) => teamStudent(s).teacherEmail).find((e) => e) ?? '',
      workbookUrl: `https://docs.google.com/spreadsheets/d/${ref.spreadsheetId}/edit`,
      today: p.today,
      week,
      settings: ctx.updates,
      students: active.map(teamStudent),
      notes,
      progress,
      runId: p.runId,
    });
    outcome.mailSent = mail.sent;
    outcome.mailWaiting = mail.waiting;
  }
  return outcome;
}

/** Rewrites the run's row from the outcomes and failures so far (one property read, one row write). */
function recordProgress(p: WeeklyParams, master: Spreadsheet, finished: boolean): void {
  const all = PropertiesService.getUserProperties().getProperties();
  const outcomes: TeamOutcome[] = [];
  const failures: string[] = [];
  const pending: string[] = [];
  for (const team of p.teams) {
    const out = all[outKey(p.runId, team)];
    const failed = all[failKey(p.runId, team)];
    if (out) outcomes.push(JSON.parse(out) as TeamOutcome);
    else if (failed) failures.push(`${team}: ${failed}`);
    else pending.push(team);
  }
  writeRun(master, p.runId, {
    done: doneText(outcomes, p.locale),
    remaining: remainingText(finished ? [] : pending, outcomes, p.locale),
    failed: failures.join('\n'),
    ...(finished ? { status: finalStatus(failures), finishedAt: new Date().toISOString() } : {}),
  });
}

registerJobHandler<WeeklyChunk>({
  kind: WEEKLY_JOB,
  listItems: (raw) => paramsOf(raw).teams.map((t) => `team:${t}`),
  openChunk: (raw) => {
    const master = SpreadsheetApp.openById(paramsOf(raw).spreadsheetId);
    const base = readProgramBase(master);
    return { master, base, folders: readDriveFolders(master), updates: updateSettingsOf(base) };
  },
  processItem: (item, raw, ctx) => {
    const p = paramsOf(raw);
    const team = item.slice('team:'.length);
    const props = PropertiesService.getUserProperties();
    // Done in this run already (killed before its checkpoint): only the row is written again, the team is not redone.
    if (props.getProperty(outKey(p.runId, team))) {
      recordProgress(p, ctx.master, false);
      return [];
    }
    try {
      const outcome = prepareTeam(team, p, ctx);
      props.setProperty(outKey(p.runId, team), JSON.stringify(outcome));
      recordProgress(p, ctx.master, false);
      return outcome.mailWaiting.map((w) => `${mailWaitingText(team, w, p.locale)}.`);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      // A problem a person must fix: recorded, and the run goes on to the next team.
      if (error instanceof TeamProblem) {
        props.setProperty(failKey(p.runId, team), why);
        recordProgress(p, ctx.master, false);
        return [`${team}: ${why}`];
      }
      // Anything else is recorded for the Runs row, then thrown again so the runner retries the team (and skips it
      // after 3 attempts).
      try {
        props.setProperty(failKey(p.runId, team), why);
        recordProgress(p, ctx.master, false);
      } catch {}
      throw error;
    }
  },
  finish: (raw) => {
    const p = paramsOf(raw);
    recordProgress(p, SpreadsheetApp.openById(p.spreadsheetId), true);
  },
});

export interface StartedRun {
  runId: string;
  progress: JobProgress;
}

/**
 * Starts a run, or resumes this user's unfinished run of the same kind for this master (a retry after a kill, or the
 * trigger firing while a run is still going): never a second job over the same teams. The Runs row is written when
 * missing, so a kill between the job's start and the row leaves nothing unseen.
 */
export function startWeeklyRun(
  master: Spreadsheet,
  base: ProgramBase,
  trigger: RunTrigger,
  runBy: string,
  today: IsoDate,
  mode: WeeklyMode,
): StartedRun {
  const running = unfinishedJobs().filter((j) => j.kind === WEEKLY_JOB);
  const open = running.find((j) => j.spreadsheetId === master.getId() && paramsOf(j.params).mode === mode);
  if (open) {
    const p = paramsOf(open.params);
    writeRun(
      master,
      p.runId,
      {},
      {
        onlyIfMissing: {
          startedAt: new Date(open.startedAt).toISOString(),
          trigger: p.trigger,
          runBy: p.runBy,
          week: p.weekStart,
          status: 'Running',
        },
      },
    );
    return { runId: p.runId, progress: progressOf(open) };
  }
  const props = PropertiesService.getUserProperties();
  // Outcomes of finished runs are in their Runs rows already; those of runs still going (the other mode) stay.
  const keep = running.map((j) => `.${safe(paramsOf(j.params).runId)}.`);
  for (const key of props.getKeys())
    if ((key.startsWith(OUT_PREFIX) || key.startsWith('tt.weekly.fail.')) && !keep.some((k) => key.includes(k))) props.deleteProperty(key);
  const week = meetingWeekOf(today);
  const teams = tier3Teams(base, master);
  const runId = `run-${Date.now().toString(36)}-${Math.floor(Math.random() * 1296).toString(36)}`;
  const locale = userLocale();
  const params: Omit<WeeklyParams, 'spreadsheetId'> = { runId, trigger, runBy, today, weekStart: week.weekStart, mode, teams, locale };
  const progress = startJob(WEEKLY_JOB, { ...params }, master.getId());
  const note = base.settings.tier === 3 ? '' : runsText.t(locale, 'notTier3');
  writeRun(master, runId, {
    startedAt: new Date().toISOString(),
    trigger,
    runBy,
    week: week.weekStart,
    status: progress.finished ? 'Done' : 'Running',
    done: note,
    remaining: teams.length ? teamsToDoText(teams, locale) : '',
    ...(progress.finished ? { finishedAt: new Date().toISOString() } : {}),
  });
  return { runId, progress };
}
