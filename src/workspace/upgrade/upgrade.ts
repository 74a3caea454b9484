// Upgrades a single-workbook program to a master plus one team workbook per team: the dry run, and a resumable job
// (one item per team, then a finish that checks the row counts, removes the logs from the master and unshares it).

import { DRIVE_DESCRIPTIONS } from '../../core/drive-descriptions';
import { folderKeyOf, programKeyOf, teamKeyOf, teamWorkbookName } from '../../core/drive-plan';
import type { Locale } from '../../core/i18n/locale';
import { driveWarningText } from '../../core/i18n/messages/drive-warnings';
import { upgradeJobText } from '../../core/i18n/messages/upgrade-job';
import type { JobProgress } from '../../core/job';
import type { ProgramSettings, Student } from '../../core/model';
import { missingRecords } from '../../core/team/record-moves';
import {
  type LegacyTable,
  masterAccessChanges,
  planUpgrade,
  rowsOfTeam,
  type TeamUpgrade,
  teamKey,
  teamsByStudent,
  teamWorkbookShares,
  UPGRADE_TABLES,
  type UpgradePlan,
} from '../../core/upgrade/upgrade-plan';
import { createPlanned, drive, findByAppProperty, getStored, PROP, plannedUrl, SHEETS_MIME } from '../drive-api';
import { type FolderStore, readFolderStore, recordFolders } from '../drive-folders-store';
import { requireDriveOwner } from '../drive-provision';
import { registerJobHandler, startJob, unfinishedJobs } from '../job-runner';
import { userLocale } from '../locale';
import { readRoster, readSettings, workbookDates, writeSettings } from '../program';
import { appendRecords, readTable, requireSheet } from '../table-store';
import { teamWorkbookKey } from '../team/team-directory';
import { setUpTeamWorkbook } from '../team/team-workbook';
import { masterPeople, removeFromMaster } from './master-access';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const UPGRADE_JOB = 'team-upgrade';
const FINISH = 'finish';

/** What the dry run shows for one team. */
export interface TeamUpgradePreview {
  team: string;
  students: number;
  /** 'existing': provisioning already made the team workbook; 'create': the upgrade makes it. */
  workbook: 'existing' | 'create';
  /** Where a new workbook goes: the team's Session Notes folder, or the coordinator's My Drive. */
  where: string;
  rows: Record<string, number>;
  shareWith: { email: string; role: string }[];
}

export interface UpgradePreview {
  /** false: the master holds no log sheets, there is nothing to upgrade. */
  needed: boolean;
  programName: string;
  tier: number;
  /** The log sheets found in the master, in move order. */
  tables: string[];
  teams: TeamUpgradePreview[];
  totals: Record<string, number>;
  unassigned: Record<string, number>;
  /** Tutors and teachers the master stops being shared with. */
  removeFromMaster: string[];
  /** Others who can open the master (not on the Roster): the coordinator decides, in Share. */
  otherPeople: string[];
  warnings: string[];
}

/**
 * One line the finished upgrade says, with what it is: 'moved' (the outcome, shown as a success) or 'warning' (what the
 * coordinator must still check). The job runner keeps a job's warnings as strings, so each travels as its JSON
 * (`upgradeNote`); the dialog reads the kind, never the words, which are in the coordinator's language.
 */
export interface UpgradeNote {
  kind: 'moved' | 'warning';
  text: string;
}

/** A note as the job keeps it (the runner's warnings are strings). */
export const upgradeNote = (kind: UpgradeNote['kind'], text: string): string => JSON.stringify({ kind, text } satisfies UpgradeNote);

interface UpgradeContext {
  /** The language of the coordinator who started the upgrade (a chunk run by the hourly trigger has no user to ask). */
  locale: Locale;
  master: Spreadsheet;
  settings: ProgramSettings;
  students: Student[];
  legacy: LegacyTable[];
  plan: UpgradePlan;
  store: FolderStore;
}

/** Reads what the upgrade needs from the master: Settings, the Roster, every log sheet (one read each). */
function loadContext(master: Spreadsheet, createStore = false, locale: Locale = userLocale()): UpgradeContext {
  const dates = workbookDates(master);
  const settings = readSettings(master, dates);
  const students = readRoster(master, dates);
  const legacy: LegacyTable[] = [];
  for (const schema of UPGRADE_TABLES) {
    const sheet = master.getSheetByName(schema.name);
    if (sheet) legacy.push({ schema, records: readTable(sheet, schema, dates).rows.map((r) => r.record) });
  }
  return { locale, master, settings, students, legacy, plan: planUpgrade(students, legacy), store: readFolderStore(master, createStore) };
}

function sessionNotesFolderOf(ctx: UpgradeContext, team: string): { id: string; path: string } | null {
  const key = folderKeyOf(teamKeyOf(programKeyOf(ctx.master.getId()), team), 'sessionNotes');
  const row = ctx.store.byKey.get(key);
  return row?.folderId ? { id: row.folderId, path: row.path } : null;
}

/** Rows of no team, in the language of the coordinator who runs the upgrade (sheet names stay as named). */
function unassignedWarning(plan: UpgradePlan): string | null {
  const counts = Object.entries(plan.unassigned).filter(([, n]) => n > 0);
  if (counts.length === 0) return null;
  const say = driveWarningText.in(userLocale());
  const parts = counts.map(([sheet, n]) => say('unassignedPart', { n, sheet }));
  return say('unassigned', { parts: parts.join(', ') });
}

/** The dry run: per team, the workbook to use or create and the rows it receives; who loses the master. Changes nothing. */
export function previewUpgrade(master: Spreadsheet): UpgradePreview {
  const ctx = loadContext(master);
  // Nothing to upgrade: the master's sharing is provisioning's and the access report's business, not read here.
  const access = ctx.legacy.length
    ? masterAccessChanges(masterPeople(master), ctx.students, keepOnMaster(ctx.settings, master))
    : { removeEditors: [], removeViewers: [], others: [] };
  const warnings: string[] = [];
  const unassigned = unassignedWarning(ctx.plan);
  if (unassigned) warnings.push(unassigned);
  const teams = ctx.plan.teams.map((t): TeamUpgradePreview => {
    const existing = ctx.store.byKey.get(teamWorkbookKey(master.getId(), t.team));
    const folder = sessionNotesFolderOf(ctx, t.team);
    return {
      team: t.team,
      students: t.students.length,
      workbook: existing?.folderId ? 'existing' : 'create',
      where: existing?.folderId ? existing.path : folder ? `${folder.path} / ${teamWorkbookName(t.team)}` : `My Drive / ${teamWorkbookName(t.team)}`,
      rows: t.rows,
      shareWith: teamWorkbookShares(ctx.settings.tier, t.students),
    };
  });
  return {
    needed: ctx.legacy.length > 0,
    programName: ctx.settings.programName,
    tier: ctx.settings.tier,
    tables: ctx.legacy.map((l) => l.schema.name),
    teams,
    totals: ctx.plan.totals,
    unassigned: ctx.plan.unassigned,
    removeFromMaster: [...access.removeEditors, ...access.removeViewers].sort(),
    otherPeople: access.others,
    warnings,
  };
}

/** Coordinators and the owner keep the master. */
function keepOnMaster(settings: ProgramSettings, master: Spreadsheet): string[] {
  const owner = master.getOwner()?.getEmail() ?? '';
  return [...settings.coordinators, owner].filter(Boolean);
}

/**
 * Starts the upgrade (the dialog then drives it chunk by chunk). Refused while rows have no team, and for anyone but
 * the program's Drive owner once there is one (their add-on holds the Drive grants); the first run records its caller.
 */
export function startUpgradeJob(master: Spreadsheet, caller: string): JobProgress {
  const me = caller.trim().toLowerCase();
  const ctx = loadContext(master);
  if (ctx.legacy.length === 0) {
    // Killed after the master's logs were removed and before the job recorded its end: opening the dialog again
    // finishes that job rather than refusing the coordinator's retry.
    const stopped = unfinishedJobs().find((j) => j.kind === UPGRADE_JOB && j.spreadsheetId === master.getId());
    if (!stopped) throw new Error(upgradeJobText.t(ctx.locale, 'noLogs'));
    requireDriveOwner(ctx.settings, me);
    return startJob(UPGRADE_JOB, stopped.params, master.getId());
  }
  const unassigned = unassignedWarning(ctx.plan);
  if (unassigned) throw new Error(unassigned);
  requireDriveOwner(ctx.settings, me);
  if (!ctx.settings.driveOwner) writeSettings(master, { ...ctx.settings, driveOwner: me });
  const items = [...ctx.plan.teams.map((t) => `team:${teamKey(t.team)}`), FINISH];
  return startJob(UPGRADE_JOB, { items, locale: ctx.locale }, master.getId());
}

/** One job item; each is safe to repeat from any call it stopped at. */
function processItem(ctx: UpgradeContext, item: string): string[] {
  requireDriveOwner(ctx.settings, Session.getEffectiveUser().getEmail().toLowerCase());
  if (item === FINISH) return finish(ctx);
  const team = ctx.plan.teams.find((t) => `team:${teamKey(t.team)}` === item);
  if (!team) throw new Error(upgradeJobText.t(ctx.locale, 'teamGone', { item }));
  upgradeTeam(ctx, team);
  return [];
}

/**
 * One team: its workbook (recorded by provisioning, or found by its plan key after an attempt that stopped, or made
 * now), shared directly, set up, and filled with the team's rows that it does not hold yet.
 */
function upgradeTeam(ctx: UpgradeContext, team: TeamUpgrade): void {
  const id = teamWorkbookId(ctx, team);
  shareTeamWorkbook(ctx, team, id);
  const book = SpreadsheetApp.openById(id);
  setUpTeamWorkbook(book, { settings: ctx.settings, masterWorkbookId: ctx.master.getId(), team: team.team, students: team.students });
  const byStudent = teamsByStudent(ctx.students);
  const dates = workbookDates(book);
  for (const { schema, records } of ctx.legacy) {
    const wanted = rowsOfTeam(schema, records, team.team, byStudent);
    if (wanted.length === 0) continue;
    const sheet = requireSheet(book, schema);
    const present = readTable(sheet, schema, dates).rows.map((r) => r.record);
    appendRecords(sheet, schema, missingRecords(schema, wanted, present));
  }
}

function teamWorkbookId(ctx: UpgradeContext, team: TeamUpgrade): string {
  const key = teamWorkbookKey(ctx.master.getId(), team.team);
  const recorded = ctx.store.byKey.get(key)?.folderId;
  if (recorded) return recorded;
  const folder = sessionNotesFolderOf(ctx, team.team);
  const path = `${folder ? folder.path : 'My Drive'} / ${teamWorkbookName(team.team)}`;
  // A previous attempt may have made it and stopped before recording it: Drive finds it by the plan key it carries.
  const found = findByAppProperty(PROP.planKey, key)[0]?.id;
  const programKey = programKeyOf(ctx.master.getId());
  const id =
    found ??
    createPlanned(
      {
        key,
        kind: 'teamWorkbook',
        teamKey: teamKeyOf(programKey, team.team),
        name: teamWorkbookName(team.team),
        description: DRIVE_DESCRIPTIONS.teamWorkbook,
        noOnwardSharing: true,
      },
      folder?.id ?? null,
      programKey,
      SHEETS_MIME,
    );
  recordFolders(ctx.master, ctx.store, [
    { folder: { key, team: team.team, path }, id, url: plannedUrl({ isFile: true }, id), lastChange: 'made by the upgrade to team workbooks' },
  ]);
  return id;
}

const RANK: Record<string, number> = { reader: 1, commenter: 2, writer: 3, fileOrganizer: 4, organizer: 4, owner: 5 };

/** Adds each person's own grant (one Drive files.get to see who has one); Drive's notification tells them what it is. */
function shareTeamWorkbook(ctx: UpgradeContext, team: TeamUpgrade, id: string): void {
  const seen = getStored(id);
  if (!seen) throw new Error(upgradeJobText.t(ctx.locale, 'workbookGone', { team: team.team, id }));
  const direct = new Map<string, string>();
  for (const p of seen.permissions) if (p.emailAddress) direct.set(p.emailAddress, p.direct ?? p.role);
  for (const { email, role } of teamWorkbookShares(ctx.settings.tier, team.students)) {
    if ((RANK[direct.get(email) ?? ''] ?? 0) >= RANK[role]) continue;
    drive().Permissions.create({ type: 'user', role, emailAddress: email }, id, {
      sendNotificationEmail: true,
      emailMessage: welcomeLine(ctx.settings, team.team, role),
      fields: 'id',
    });
  }
}

/** The line Drive's sharing notification carries. */
export function welcomeLine(settings: ProgramSettings, team: string, role: string): string {
  const program = settings.programName || 'the tutoring program';
  const what = role === 'writer' ? 'log session notes, conferences and action steps' : 'read the session notes';
  return `This is the "${team}" team workbook of ${program}: it now holds this team's students, goals, action steps, session notes and questions (they moved here from the program workbook, which is no longer shared with tutors and teachers). Open it to ${what}, then choose Extensions › Tutoring Toolkit › Open tutor sidebar.`;
}

/**
 * After every team: checks that each team workbook holds every row the master holds for that team (so the counts
 * before and after are equal), then unshares the master with tutors and teachers and removes its log sheets. Throws,
 * changing nothing, if any row is missing; repeating it after it completed does nothing.
 */
function finish(ctx: UpgradeContext): string[] {
  if (ctx.legacy.length === 0) return [];
  const say = upgradeJobText.in(ctx.locale);
  const byStudent = teamsByStudent(ctx.students);
  const moved: Record<string, number> = {};
  for (const team of ctx.plan.teams) {
    const id = ctx.store.byKey.get(teamWorkbookKey(ctx.master.getId(), team.team))?.folderId;
    if (!id) throw new Error(say('noTeamWorkbook', { team: team.team }));
    const book = SpreadsheetApp.openById(id);
    const dates = workbookDates(book);
    for (const { schema, records } of ctx.legacy) {
      const wanted = rowsOfTeam(schema, records, team.team, byStudent);
      const present = wanted.length ? readTable(requireSheet(book, schema), schema, dates).rows.map((r) => r.record) : [];
      const missing = missingRecords(schema, wanted, present).length;
      if (missing > 0) throw new Error(say('lacksRows', { team: team.team, n: missing, sheet: schema.name }));
      moved[schema.name] = (moved[schema.name] ?? 0) + wanted.length;
    }
  }
  for (const { schema, records } of ctx.legacy) {
    if (moved[schema.name] !== records.length)
      throw new Error(say('countsDiffer', { sheet: schema.name, master: records.length, teams: moved[schema.name] ?? 0 }));
  }
  const keep = keepOnMaster(ctx.settings, ctx.master);
  const before = masterAccessChanges(masterPeople(ctx.master), ctx.students, keep);
  removeFromMaster(ctx.master, before.removeEditors, before.removeViewers);
  for (const { schema } of ctx.legacy) {
    const sheet = ctx.master.getSheetByName(schema.name);
    if (sheet) ctx.master.deleteSheet(sheet);
  }
  const after = masterAccessChanges(masterPeople(ctx.master), ctx.students, keep);
  const counts = ctx.legacy.map(({ schema, records }) => say('movedPart', { n: records.length, sheet: schema.name })).join(', ');
  const notes = [upgradeNote('moved', say('moved', { counts }))];
  const still = [...after.removeEditors, ...after.removeViewers];
  if (still.length) notes.push(upgradeNote('warning', say('stillOpen', { people: still.join(', ') })));
  notes.push(upgradeNote('warning', say('linkSharing')));
  return notes;
}

registerJobHandler<UpgradeContext>({
  kind: UPGRADE_JOB,
  listItems: (params) => (Array.isArray(params.items) ? (params.items as string[]) : []),
  // The master's logs are read once per chunk (one execution), not once per team.
  openChunk: (params) =>
    loadContext(
      SpreadsheetApp.openById(String(params.spreadsheetId)),
      true,
      params.locale === 'nl' || params.locale === 'en' ? params.locale : userLocale(),
    ),
  processItem: (key, _params, ctx) => processItem(ctx, key),
});
