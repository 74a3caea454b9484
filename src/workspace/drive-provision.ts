// Provisions the teacher-tutor team folders: a dry-run preview, then one resumable job item per team (create, share, revoke).

import {
  diffDrive,
  diffFolder,
  type PermissionChange,
  protectedPeople,
  REASON_TEXT,
  resolveFolders,
  type SeenFolder,
  teamKeyOfFolderKey,
} from '../core/drive-diff';
import { type DrivePlan, type PlannedFolder, planDrive, programKeyOf, roleLabel, type TeamPlan, teamsFromRoster } from '../core/drive-plan';
import { DRIVE_FOLDERS_TABLE } from '../core/drive-tables';
import type { JobProgress } from '../core/job';
import type { ProgramSettings, Student } from '../core/model';
import { applyPermissionChange, createFolder, findByAppProperty, folderUrl, PROP, plannedUrl } from './drive-api';
import { type FolderRecord, type FolderStore, readFolderStore, recordFolders } from './drive-folders-store';
import { syncTeamSessionNotes } from './drive-session-notes';
import { registerJobHandler, startJob } from './job-runner';
import { readRoster, readSettings, workbookDates, writeSettings } from './program';
import { todayInScriptZone } from './today';
import { ensureTable } from './workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PROVISION_JOB = 'drive-provision';
/** Teams whose session-notes view one job item rebuilds (one read of the notes per batch). */
const NOTES_BATCH = 25;

export interface ProvisionContext {
  ss: Spreadsheet;
  settings: ProgramSettings;
  /** The Roster as read at the start of the execution (the notes views are built from it too). */
  students: Student[];
  plan: DrivePlan;
  store: FolderStore;
  /** Everything of the program in Drive by team key, listed once per execution by the first team step (see teamItems). */
  found?: Map<string, SeenFolder[]>;
}

/** The plan for the workbook as it is now: Settings (tier), Roster (teams), and the coordinator running it. */
export function loadContext(ss: Spreadsheet): ProvisionContext {
  const dates = workbookDates(ss);
  const settings = readSettings(ss, dates);
  const students = readRoster(ss, dates);
  const { teams, warnings } = teamsFromRoster(students);
  const owner = Session.getEffectiveUser().getEmail().toLowerCase();
  const plan = planDrive({ programKey: programKeyOf(ss.getId()), programName: settings.programName, tier: settings.tier, owner, teams });
  plan.warnings.push(...warnings);
  return { ss, settings, students, plan, store: readFolderStore(ss, false) };
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
  totals: {
    foldersToCreate: number;
    permissionsToAdd: number;
    permissionsToChange: number;
    permissionsToRemove: number;
    linkSharingFound: number;
  };
  foldersToCreate: string[];
  toAdd: PreviewLine[];
  toChange: PreviewLine[];
  toRemove: PreviewLine[];
  /** Lists are cut at this many lines each; totals are complete. */
  shown: number;
  warnings: string[];
  upToDate: boolean;
}

const SHOWN = 200;

/** The dry run: compares the plan with Drive in one query per 1000 items, changes nothing. */
export function previewProvision(ss: Spreadsheet): ProvisionPreview {
  const ctx = loadContext(ss);
  const found = findByAppProperty(PROP.program, ctx.plan.programKey);
  const diff = diffDrive(ctx.plan, found, ctx.store.ids);
  const changes = diff.teams.flatMap((t) => t.changes);
  const line = (c: PermissionChange): PreviewLine => ({
    path: c.path,
    principal: c.principal,
    role: c.op === 'update' ? `${roleLabel(c.from)} → ${roleLabel(c.role)}` : roleLabel(c.role),
    why: REASON_TEXT[c.reason],
  });
  const warnings = [...ctx.plan.warnings];
  if (diff.duplicates.length) warnings.push(`${diff.duplicates.length} duplicate folder(s) found; the ones recorded in "Drive Folders" are used.`);
  if (ctx.plan.teams.length === 0) warnings.push('No active students with a team on the Roster: only the program folder would be made.');
  return {
    programName: ctx.settings.programName,
    tier: ctx.plan.tier,
    teams: ctx.plan.teams.length,
    totals: diff.totals,
    foldersToCreate: diff.teams.flatMap((t) => t.creates.map((f) => f.path)).slice(0, SHOWN),
    toAdd: changes
      .filter((c) => c.op === 'add')
      .slice(0, SHOWN)
      .map(line),
    toChange: changes
      .filter((c) => c.op === 'update')
      .slice(0, SHOWN)
      .map(line),
    toRemove: changes
      .filter((c) => c.op === 'remove')
      .slice(0, SHOWN)
      .map(line),
    shown: SHOWN,
    warnings,
    upToDate: Object.values(diff.totals).every((n) => n === 0),
  };
}

/** The job's items: the program folder, each team (and each team that left the Roster), then the notes views in batches. */
export function provisionItems(ctx: ProvisionContext): string[] {
  const planned = new Set(ctx.plan.teams.map((t) => t.teamKey));
  const retired = new Set<string>();
  for (const key of ctx.store.ids.keys()) {
    const teamKey = teamKeyOfFolderKey(key);
    if (teamKey && !planned.has(teamKey)) retired.add(teamKey);
  }
  const short = (teamKey: string) => `team:${teamKey.slice(teamKey.indexOf('.') + 1)}`;
  const batches = Math.ceil(ctx.plan.teams.length / NOTES_BATCH);
  return [
    'root',
    ...ctx.plan.teams.map((t) => short(t.teamKey)),
    ...[...retired].map(short),
    ...Array.from({ length: batches }, (_, i) => `notes:${i}`),
  ];
}

/** Starts provisioning as a resumable job (the dialog then drives it chunk by chunk). */
export function startProvisionJob(ss: Spreadsheet): JobProgress {
  ensureTable(ss, DRIVE_FOLDERS_TABLE);
  const ctx = loadContext(ss);
  return startJob(PROVISION_JOB, { items: provisionItems(ctx) }, ss.getId());
}

/** One job item; every item is safe to repeat from any call it stopped at. */
export function processProvisionItem(ctx: ProvisionContext, item: string): void {
  const { ss } = ctx;
  if (item === 'root') provisionRoot(ctx);
  else if (item.startsWith('team:')) provisionTeam(ctx, `${ctx.plan.programKey}.${item.slice(5)}`);
  else if (item.startsWith('notes:')) {
    const batch = Number(item.slice(6));
    const teams = ctx.plan.teams.slice(batch * NOTES_BATCH, (batch + 1) * NOTES_BATCH).map((t) => t.team);
    if (teams.length) syncTeamSessionNotes(ss, teams, { create: true, store: ctx.store, roster: ctx.students });
  } else throw new Error(`Unknown provisioning step "${item}".`);
}

/** The program folder: in the coordinator's My Drive, shared with nobody else (Student Data sits below it). */
export function provisionRoot(ctx: ProvisionContext): void {
  const { plan } = ctx;
  const storedId = ctx.store.ids.get(plan.root.key) || ctx.settings.driveRootFolderId;
  const resolved = resolveFolders(findByAppProperty(PROP.planKey, plan.root.key), new Map(storedId ? [[plan.root.key, storedId]] : []));
  const record = applyFolder(ctx, plan.root, resolved.byKey.get(plan.root.key) ?? null, null);
  recordFolders(ctx.ss, ctx.store, [record]);
  if (ctx.settings.driveRootFolderId !== record.id) {
    ctx.settings = { ...ctx.settings, driveRootFolderId: record.id };
    writeSettings(ctx.ss, ctx.settings);
  }
}

/**
 * One team: its folders from the execution's listing of the program, create what is missing (the plan key travels with each folder), then add,
 * change and remove permissions, then record the ids. A team that left the Roster keeps its folders, but only the
 * owner and coordinators keep access.
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
  for (const folder of team?.folders ?? []) {
    planned.add(folder.key);
    const seen = resolved.byKey.get(folder.key) ?? null;
    if (!seen && folder.isFile) {
      // The notes view is made by the notes step; one recorded but gone from Drive (trashed, deleted) is forgotten here,
      // so that step makes it again instead of writing into the trash.
      if (ctx.store.ids.has(folder.key)) records.push({ folder, id: '', url: '', lastChange: `${today()}: not in Drive any more; made again` });
      continue;
    }
    const parentId = folder.parentKey ? ids.get(folder.parentKey) : undefined;
    if (!parentId) throw new Error(`No parent folder for ${folder.path}.`);
    const record = applyFolder(ctx, folder, seen, parentId, team);
    ids.set(folder.key, record.id);
    records.push(record);
  }
  const keep = protectedPeople(plan);
  for (const seen of resolved.byKey.values()) {
    if (planned.has(seen.planKey)) continue;
    const changes = diffFolder(null, seen, keep);
    for (const c of changes) applyPermissionChange(seen.id, c, false);
    const known = ctx.store.byKey.get(seen.planKey);
    if (changes.length && known) {
      const folder = { key: seen.planKey, team: known.team, path: known.path };
      records.push({ folder, id: seen.id, url: folderUrl(seen.id), lastChange: logOf(changes, false) });
    }
  }
  recordFolders(ctx.ss, ctx.store, records);
}

/**
 * One team's folders as Drive holds them. The whole program is listed once per execution (one call per 1000 items)
 * rather than once per team: each team step runs once per execution, and a retried one runs in a new execution with
 * a fresh listing, so a folder made by an attempt that stopped is always seen.
 */
function teamItems(ctx: ProvisionContext, teamKey: string): SeenFolder[] {
  if (!ctx.found) {
    ctx.found = new Map();
    for (const f of findByAppProperty(PROP.program, ctx.plan.programKey)) {
      const key = teamKeyOfFolderKey(f.planKey);
      ctx.found.set(key, [...(ctx.found.get(key) ?? []), f]);
    }
  }
  return ctx.found.get(teamKey) ?? [];
}

function applyFolder(ctx: ProvisionContext, folder: PlannedFolder, seen: SeenFolder | null, parentId: string | null, team?: TeamPlan): FolderRecord {
  const created = !seen;
  const current = seen ?? createFolder(folder, parentId, ctx.plan.programKey, ctx.plan.owner);
  const changes = diffFolder(folder, current, protectedPeople(ctx.plan));
  const message = team ? welcome(ctx, team) : undefined;
  for (const c of changes) applyPermissionChange(current.id, c, folder.kind === 'team' && c.op === 'add', message);
  return { folder, id: current.id, url: plannedUrl(folder, current.id), lastChange: created || changes.length ? logOf(changes, created) : '' };
}

function logOf(changes: readonly PermissionChange[], created: boolean): string {
  const parts = changes.map((c) =>
    c.op === 'add'
      ? `+ ${c.principal} (${roleLabel(c.role)})`
      : c.op === 'update'
        ? `${c.principal}: ${roleLabel(c.from)} → ${roleLabel(c.role)}`
        : `− ${c.principal} (${roleLabel(c.role)}: ${REASON_TEXT[c.reason]})`,
  );
  return `${today()}: ${[created ? 'created' : '', ...parts].filter(Boolean).join('; ')}`;
}

/** Dates in the change log are calendar dates in the add-on's time zone, not UTC (runs may come from the hourly trigger, outside the workbook). */
function today(): string {
  return todayInScriptZone();
}

function welcome(ctx: ProvisionContext, team: TeamPlan): string {
  return `You now have access to the "${team.team}" team folder of ${ctx.settings.programName || 'the tutoring program'} (Tier ${ctx.plan.tier} teacher-tutor communication). Access is per person: please do not share it by link.`;
}

/**
 * The workbook read once per execution: the runner hands every item of one chunk the same params object, and a new one
 * to the next chunk (a new execution, possibly after a failure), so the context is keyed on it. A miss only costs a read.
 */
const chunkContexts = new WeakMap<object, ProvisionContext>();

registerJobHandler({
  kind: PROVISION_JOB,
  listItems: (params) => (Array.isArray(params.items) ? (params.items as string[]) : []),
  processItem: (key, params) => {
    let ctx = chunkContexts.get(params);
    if (!ctx) {
      ctx = loadContext(SpreadsheetApp.openById(String(params.spreadsheetId)));
      chunkContexts.set(params, ctx);
    }
    processProvisionItem(ctx, key);
  },
});
