// Provisions the teacher-tutor teams in Drive: a dry-run preview, then one resumable job item per team (its folders,
// its team workbook, sharing added, raised and revoked), run only as the coordinator whose add-on holds the grants.

import { isoDateIn } from '../core/cells';
import {
  contentsByTeam,
  type DiffTotals,
  diffDrive,
  diffFolder,
  type PermissionChange,
  protectedPeople,
  REASON_TEXT,
  resolveFolders,
  type SeenFolder,
  teamKeyOfFolderKey,
} from '../core/drive-diff';
import {
  type DrivePlan,
  driveOwnerRefusal,
  type PlannedFolder,
  planDrive,
  programKeyOf,
  roleLabel,
  type TeamPlan,
  teamsFromRoster,
} from '../core/drive-plan';
import { DRIVE_FOLDERS_TABLE } from '../core/drive-tables';
import { plural } from '../core/i18n/catalog';
import { driveWarningText } from '../core/i18n/messages/drive-warnings';
import type { JobProgress } from '../core/job';
import type { ProgramSettings, Student } from '../core/model';
import { ROSTER_TABLE } from '../core/tables';
import { AccessDeniedError } from './access/caller';
import {
  adoptPlanned,
  applyPermissionChange,
  createFolder,
  findByAppProperty,
  folderUrl,
  getStored,
  listProgram,
  ownerOnly,
  PROP,
  plannedUrl,
  stopOnwardSharing,
} from './drive-api';
import { type FolderRecord, type FolderStore, readFolderStore, recordFolders } from './drive-folders-store';
import { registerJobHandler, startJob } from './job-runner';
import { userLocale } from './locale';
import { readRoster, readSettings, writeSettings } from './program';
import { TEAM_WORKBOOK_KIND } from './team/team-directory';
import { moveDepartedStudents, sliceIds, type TeamDeparture } from './team/team-moves';
import { setUpTeamWorkbook } from './team/team-workbook';
import { todayInZone } from './today';
import { ensureTable } from './workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PROVISION_JOB = 'drive-provision';

export interface ProvisionContext {
  ss: Spreadsheet;
  settings: ProgramSettings;
  /** The Roster as read at the start of the execution (each team workbook's slice is cut from it). */
  students: Student[];
  plan: DrivePlan;
  store: FolderStore;
  /** The date written in change logs: the time zone is asked once per execution, not once per folder. */
  today: string;
  /** Everything of the program in Drive by team key, listed once per execution by the first team step (see teamItems). */
  found?: Map<string, SeenFolder[]>;
  /** Other files the add-on can list (generated documents, shortcuts), from the same listing. */
  contents?: SeenFolder[];
}

/**
 * Only the coordinator recorded in Settings as the Drive owner runs Drive actions: their add-on created the folders
 * and team workbooks, and under drive.file no other account's add-on can reach them. Throws the refusal to show.
 */
export function requireDriveOwner(settings: ProgramSettings, caller: string): void {
  // The caller's language is asked only for a refusal: the usual run makes no extra call.
  if (driveOwnerRefusal(settings.driveOwner, caller)) throw new AccessDeniedError(driveOwnerRefusal(settings.driveOwner, caller, userLocale()) ?? '');
}

/** The plan for the workbook as it is now: Settings (tier, coordinators), Roster (teams), and the Drive owner. */
export function loadContext(ss: Spreadsheet): ProvisionContext {
  const zone = ss.getSpreadsheetTimeZone();
  const dates = isoDateIn(zone);
  const settings = readSettings(ss, dates);
  const students = readRoster(ss, dates);
  const roster = teamsFromRoster(students);
  // Warnings in the coordinator's language, asked only when there is one to say.
  const { teams, warnings } = roster.warnings.length ? teamsFromRoster(students, userLocale()) : roster;
  const owner = (settings.driveOwner || Session.getEffectiveUser().getEmail()).toLowerCase();
  const plan = planDrive({
    programKey: programKeyOf(ss.getId()),
    programName: settings.programName,
    tier: settings.tier,
    owner,
    coordinators: settings.coordinators,
    teams,
  });
  plan.warnings.push(...warnings);
  return { ss, settings, students, plan, store: readFolderStore(ss, false), today: todayInZone(zone) };
}

export interface PreviewLine {
  path: string;
  principal: string;
  role: string;
  why: string;
}

/** What a run would do, for the dialog: counts, and the first lines of each list. */
export interface ProvisionPreview {
  programName: string;
  tier: number;
  teams: number;
  totals: DiffTotals;
  foldersToCreate: string[];
  toAdd: PreviewLine[];
  toChange: PreviewLine[];
  toRemove: PreviewLine[];
  /** Lists are cut at this many lines each; totals are complete. */
  shown: number;
  warnings: string[];
  upToDate: boolean;
  /** Who runs Drive actions for this program ('' before the first run: whoever runs it first). */
  driveOwner: string;
}

const SHOWN = 200;

/** The dry run: compares the plan with Drive in one query per 1000 items, changes nothing. */
export function previewProvision(ss: Spreadsheet): ProvisionPreview {
  const ctx = loadContext(ss);
  const { found, contents } = listProgram(ctx.plan.programKey);
  const diff = diffDrive(ctx.plan, found, ctx.store.ids, contents);
  const changes = diff.teams.flatMap((t) => t.changes);
  const line = (c: PermissionChange): PreviewLine => ({
    path: c.path,
    principal: c.principal,
    role: c.op === 'update' ? `${roleLabel(c.from)} → ${roleLabel(c.role)}` : roleLabel(c.role),
    why: REASON_TEXT[c.reason],
  });
  const warnings = [...ctx.plan.warnings, ...diff.warnings];
  const say = driveWarningText.in(userLocale());
  if (diff.duplicates.length) warnings.push(plural(say, diff.duplicates.length, 'duplicatesOne', 'duplicatesOther'));
  if (ctx.plan.teams.length === 0) warnings.push(say('noTeams'));
  const of = (op: PermissionChange['op']) =>
    changes
      .filter((c) => c.op === op)
      .slice(0, SHOWN)
      .map(line);
  return {
    programName: ctx.settings.programName,
    tier: ctx.plan.tier,
    teams: ctx.plan.teams.length,
    totals: diff.totals,
    foldersToCreate: diff.teams.flatMap((t) => t.creates.map((f) => f.path)).slice(0, SHOWN),
    toAdd: of('add'),
    toChange: of('update'),
    toRemove: of('remove'),
    shown: SHOWN,
    warnings,
    upToDate: Object.values(diff.totals).every((n) => n === 0),
    driveOwner: ctx.settings.driveOwner,
  };
}

/** The job's items: the program folder, then each team (and each team that left the Roster). */
export function provisionItems(ctx: ProvisionContext): string[] {
  const planned = new Set(ctx.plan.teams.map((t) => t.teamKey));
  const retired = new Set<string>();
  for (const key of ctx.store.ids.keys()) {
    const teamKey = teamKeyOfFolderKey(key);
    if (teamKey && !planned.has(teamKey)) retired.add(teamKey);
  }
  const short = (teamKey: string) => `team:${teamKey.slice(teamKey.indexOf('.') + 1)}`;
  // Teams without a workbook first: a student who moved into one finds it there when their old team's step moves them.
  const hasWorkbook = (teamKey: string) => ctx.store.ids.has(`${teamKey}.${TEAM_WORKBOOK_KIND}`);
  const teams = ctx.plan.teams.map((t) => t.teamKey);
  const ordered = [...teams.filter((t) => !hasWorkbook(t)), ...teams.filter(hasWorkbook)];
  return ['root', ...ordered.map(short), ...[...retired].map(short)];
}

/**
 * Starts provisioning as a resumable job (the dialog then drives it chunk by chunk). The first run records its
 * caller as the program's Drive owner in Settings; a run by anyone else is refused.
 */
export function startProvisionJob(ss: Spreadsheet, caller = Session.getEffectiveUser().getEmail()): JobProgress {
  const me = caller.toLowerCase();
  ensureTable(ss, DRIVE_FOLDERS_TABLE);
  const ctx = loadContext(ss);
  requireDriveOwner(ctx.settings, me);
  if (!ctx.settings.driveOwner) writeSettings(ss, { ...ctx.settings, driveOwner: me });
  return startJob(PROVISION_JOB, { items: provisionItems(ctx) }, ss.getId());
}

/** One job item; every item is safe to repeat from any call it stopped at. */
export function processProvisionItem(ctx: ProvisionContext, item: string): void {
  // The hourly trigger runs the job as the user who started it; still, only the Drive owner's add-on holds the grants.
  requireDriveOwner(ctx.settings, Session.getEffectiveUser().getEmail().toLowerCase());
  if (item === 'root') provisionRoot(ctx);
  else if (item.startsWith('team:')) provisionTeam(ctx, `${ctx.plan.programKey}.${item.slice(5)}`);
  else throw new Error(`Unknown provisioning step "${item}".`);
}

/** The program folder: in the coordinator's My Drive, shared only with the other coordinators (Student Data sits below it). */
export function provisionRoot(ctx: ProvisionContext): void {
  const { plan } = ctx;
  const storedId = ctx.store.ids.get(plan.root.key) || ctx.settings.driveRootFolderId;
  const resolved = resolveFolders(findByAppProperty(PROP.planKey, plan.root.key), new Map(storedId ? [[plan.root.key, storedId]] : []));
  const record = applyFolder(ctx, plan.root, resolved.byKey.get(plan.root.key) ?? null, null);
  recordFolders(ctx.ss, ctx.store, [record]);
  const owner = ctx.settings.driveOwner || plan.owner;
  if (ctx.settings.driveRootFolderId !== record.id || ctx.settings.driveOwner !== owner) {
    ctx.settings = { ...ctx.settings, driveRootFolderId: record.id, driveOwner: owner };
    writeSettings(ctx.ss, ctx.settings);
  }
}

/**
 * One team: its folders and team workbook from the execution's listing of the program; create what is missing (the
 * plan key travels with each item), add, raise and remove the items' own grants, refresh the team workbook's
 * settings, roster slice and protections, then record the ids. A team that left the Roster keeps its folders, but
 * only the owner and coordinators keep access.
 */
export function provisionTeam(ctx: ProvisionContext, teamKey: string): void {
  const { plan } = ctx;
  const rootId = ctx.store.ids.get(plan.root.key);
  if (!rootId) throw new Error('The program folder is not provisioned yet.');
  const team: TeamPlan | undefined = plan.teams.find((t) => t.teamKey === teamKey);
  const stored = new Map([...ctx.store.ids].filter(([key]) => teamKeyOfFolderKey(key) === teamKey));
  const resolved = resolveFolders(teamItems(ctx, teamKey), stored);
  const ids = new Map<string, string>([[plan.root.key, rootId]]);
  const records: FolderRecord[] = [];
  const planned = new Set<string>();
  let workbook: { id: string; record: FolderRecord } | null = null;
  for (const folder of team?.folders ?? []) {
    planned.add(folder.key);
    const parentId = folder.parentKey ? ids.get(folder.parentKey) : undefined;
    if (!parentId) throw new Error(`No parent folder for ${folder.path}.`);
    let seen = resolved.byKey.get(folder.key) ?? null;
    // A team workbook recorded by id but not tagged for the plan (made before provisioning made them): adopted, so
    // its records stay where they are. Looked up by the stored id only.
    const storedId = stored.get(folder.key);
    if (!seen && folder.isFile && storedId) {
      const found = getStored(storedId);
      if (found) seen = adoptPlanned(found, folder, parentId, plan.programKey);
    }
    const record = applyFolder(ctx, folder, seen, parentId, team);
    ids.set(folder.key, record.id);
    if (folder.kind === 'teamWorkbook') workbook = { id: record.id, record };
    else records.push(record);
  }
  const keep = protectedPeople(plan);
  for (const seen of resolved.byKey.values()) {
    if (planned.has(seen.planKey)) continue;
    const changes = diffFolder(null, seen, keep);
    for (const c of changes) applyPermissionChange(seen.id, c);
    const known = ctx.store.byKey.get(seen.planKey);
    if (changes.length && known) {
      const folder = { key: seen.planKey, team: known.team, path: known.path };
      records.push({ folder, id: seen.id, url: folderUrl(seen.id), lastChange: logOf(ctx, changes, false) });
    }
  }
  // Link sharing on files inside the team's folders (generated documents, shortcuts) is turned off too.
  for (const c of contentsByTeam(plan, resolved, ctx.contents ?? []).get(teamKey) ?? []) if (c.fileId) applyPermissionChange(c.fileId, c);
  if (team && workbook) {
    // After sharing: the file is ready before anyone opens it from the notification. Records are never touched here;
    // those of students who left for another team move to that team's workbook.
    const students = ctx.students.filter((s) => s.team.trim().toLowerCase() === team.team.trim().toLowerCase());
    const book = SpreadsheetApp.openById(workbook.id);
    const before = book.getSheetByName(ROSTER_TABLE.name) ? sliceIds(book) : [];
    setUpTeamWorkbook(book, { settings: ctx.settings, masterWorkbookId: ctx.ss.getId(), team: team.team, students });
    const moves = moveDepartedStudents(ctx.ss, ctx.store, team.team, book, before, ctx.students);
    if (moves.length) workbook.record.lastChange = [workbook.record.lastChange, ...moves.map(moveLog)].filter(Boolean).join('; ');
    records.push(workbook.record);
  } else if (!team) {
    // A team that left the Roster: its students who joined another team take their records along.
    const key = [...stored.keys()].find((k) => k.endsWith(`.${TEAM_WORKBOOK_KIND}`));
    const known = key ? ctx.store.byKey.get(key) : undefined;
    if (known?.folderId) {
      const book = SpreadsheetApp.openById(known.folderId);
      if (book.getSheetByName(ROSTER_TABLE.name)) moveDepartedStudents(ctx.ss, ctx.store, known.team, book, sliceIds(book), ctx.students);
    }
  }
  recordFolders(ctx.ss, ctx.store, records);
}

/**
 * One team's items as Drive holds them. The whole program is listed once per execution (one call per 1000 items)
 * rather than once per team: each team step runs once per execution, and a retried one runs in a new execution with
 * a fresh listing, so an item made by an attempt that stopped is always seen.
 */
function teamItems(ctx: ProvisionContext, teamKey: string): SeenFolder[] {
  if (!ctx.found) {
    const { found, contents } = listProgram(ctx.plan.programKey);
    ctx.found = new Map();
    ctx.contents = contents;
    for (const f of found) {
      const key = teamKeyOfFolderKey(f.planKey);
      ctx.found.set(key, [...(ctx.found.get(key) ?? []), f]);
    }
  }
  return ctx.found.get(teamKey) ?? [];
}

function applyFolder(ctx: ProvisionContext, folder: PlannedFolder, seen: SeenFolder | null, parentId: string | null, team?: TeamPlan): FolderRecord {
  // In Drive but not yet in Drive Folders: made by a run that stopped before writing its row. The log then says what
  // that run did (created, and every grant a new item gets), not only what this run has left to do.
  const unrecorded = seen !== null && ctx.store.byKey.get(folder.key)?.folderId !== seen.id;
  const created = !seen || unrecorded;
  const current = seen ?? createFolder(folder, parentId, ctx.plan.programKey, ctx.plan.owner);
  // Editors of Student Data and the team workbook may not share them onward (set at creation; checked on every run).
  const locked = folder.noOnwardSharing ? stopOnwardSharing(current) : false;
  const changes = diffFolder(folder, current, protectedPeople(ctx.plan));
  const logged = unrecorded ? diffFolder(folder, { ...current, permissions: ownerOnly(ctx.plan.owner) }, protectedPeople(ctx.plan)) : changes;
  // Only the team folder's grant emails the person (one email per team, not one per folder).
  const message = team ? welcome(ctx, team) : undefined;
  for (const c of changes) applyPermissionChange(current.id, c, folder.kind === 'team' && c.op === 'add', message);
  const log = created || changes.length || locked ? logOf(ctx, logged, created, locked && !created) : '';
  return { folder, id: current.id, url: plannedUrl(folder, current.id), lastChange: log };
}

function moveLog(m: TeamDeparture): string {
  const rows = Object.values(m.moved.tables).reduce((n, t) => n + t.appended, 0);
  return `${m.studentIds.length} student(s) moved to ${m.toTeam} with ${rows} record row(s)`;
}

function logOf(ctx: ProvisionContext, changes: readonly PermissionChange[], created: boolean, locked = false): string {
  const parts = changes.map((c) =>
    c.op === 'add'
      ? `+ ${c.principal} (${roleLabel(c.role)})`
      : c.op === 'update'
        ? `${c.principal}: ${roleLabel(c.from)} → ${roleLabel(c.role)}`
        : `− ${c.principal} (${roleLabel(c.role)}: ${REASON_TEXT[c.reason]})`,
  );
  return `${ctx.today}: ${[created ? 'created' : '', locked ? 'editors can no longer share it' : '', ...parts].filter(Boolean).join('; ')}`;
}

/** The line Drive's sharing notification carries (once per person per team, on the team folder). */
export function welcome(ctx: Pick<ProvisionContext, 'settings' | 'plan'>, team: Pick<TeamPlan, 'team'>): string {
  const program = ctx.settings.programName || 'the tutoring program';
  return [
    `You now have access to the "${team.team}" team folder of ${program} (Tier ${ctx.plan.tier} teacher-tutor communication). Access is per person: please do not share it by link.`,
    `In its Session Notes folder, "${team.team} — Team workbook" holds this team's students, goals, action steps, session notes and questions. Open it, then choose Extensions › Tutoring Toolkit › Open tutor sidebar.`,
  ].join('\n\n');
}

registerJobHandler<ProvisionContext>({
  kind: PROVISION_JOB,
  listItems: (params) => (Array.isArray(params.items) ? (params.items as string[]) : []),
  // The workbook is read once per chunk (one execution), not once per team.
  openChunk: (params) => loadContext(SpreadsheetApp.openById(String(params.spreadsheetId))),
  processItem: (key, _params, ctx) => processProvisionItem(ctx, key),
});
