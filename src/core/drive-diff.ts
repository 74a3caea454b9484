// What must change in Drive to match the plan: folders to create, permissions to add, change and remove (pure). Only
// an item's own (direct) grants are ever changed: Drive refuses to remove or lower an inherited entry on a child, so
// a person who must lose access that comes from a folder above loses the grant on that folder.
// https://developers.google.com/workspace/drive/api/guides/manage-sharing#permission-propagation

import { allFolders, type DrivePlan, type PlannedFolder, roleRank } from './drive-plan';

/** A permission as Drive lists it (Drive.Permissions / files.list `permissions(...)`), inherited entries included. */
export interface SeenPermission {
  id: string;
  type: string;
  /** The better of the item's own role and the one passed down. */
  role: string;
  emailAddress?: string;
  domain?: string;
  /**
   * The role granted on this item itself, from Drive's `permissionDetails` (the detail with `inherited: false`);
   * null when the entry only comes from a folder above. Absent when Drive gave no details: taken as granted here.
   */
  direct?: string | null;
  /** The best role passed down from a folder above (details with `inherited: true`), or null. */
  inherited?: string | null;
}

/** The role granted on the item itself (what a change may touch), or null for an entry that is only inherited. */
export function directRole(p: SeenPermission): string | null {
  return p.direct === undefined ? p.role : p.direct;
}

/** A folder (or file) the add-on created, as Drive returns it, identified by its plan key (appProperties.ttPlanKey). */
export interface SeenFolder {
  id: string;
  planKey: string;
  name: string;
  parents: string[];
  permissions: SeenPermission[];
  createdTime?: string;
  /** Drive's writersCanShare: false when editors may not share the item onward. */
  writersCanShare?: boolean;
}

export type ChangeReason = 'plan' | 'linkSharing' | 'notOnTeam' | 'roleDiffers' | 'retired' | 'group';

export interface PermissionChange {
  op: 'add' | 'update' | 'remove';
  folderKey: string;
  /** Set for a file inside a managed folder (not itself in the plan): the change applies to this Drive id. */
  fileId?: string;
  path: string;
  /** The person's email, or "anyone with the link" / "everyone at example.org" for link sharing. */
  principal: string;
  /** For add/update: the role to hold afterwards; for remove: the role taken away. */
  role: string;
  from?: string;
  permissionId?: string;
  reason: ChangeReason;
}

export const REASON_TEXT: Record<ChangeReason, string> = {
  plan: 'per the tier',
  linkSharing: 'link sharing is never used: access is per person',
  notOnTeam: 'not on this team in the Roster (any more)',
  roleDiffers: 'role differs from the plan',
  retired: 'folder is not used at this tier, or its team left the Roster',
  group: 'group sharing is not part of the plan: access is per person',
};

/** Link sharing: an 'anyone' or 'domain' permission. */
export function isLinkSharing(p: SeenPermission): boolean {
  return p.type === 'anyone' || p.type === 'domain';
}

export function principalOf(p: SeenPermission): string {
  if (p.type === 'anyone') return 'anyone with the link';
  if (p.type === 'domain') return `everyone at ${p.domain ?? 'the domain'}`;
  return (p.emailAddress ?? p.id).toLowerCase();
}

/**
 * The permission changes that make one folder match its plan. `planned` null means a folder the add-on made that the
 * plan no longer has (a tier went down, a team left): everyone but the owner and coordinators loses their own grant.
 * Entries a folder above passes down are never touched here (Drive refuses): the folder that grants them is changed.
 * An own grant equal to the role the folder passes down anyway is left alone: removing it would change nothing.
 */
export function diffFolder(
  planned: PlannedFolder | null,
  seen: SeenFolder,
  keep: ReadonlySet<string>,
  path = planned?.path ?? seen.name,
): PermissionChange[] {
  const folderKey = planned?.key ?? seen.planKey;
  const grants = planned?.grants ?? {};
  const access = planned?.access ?? {};
  const changes: PermissionChange[] = [];
  const handled = new Set<string>();
  for (const p of seen.permissions) {
    const own = directRole(p);
    if (own === null) continue;
    const principal = principalOf(p);
    const base = { folderKey, path, principal, permissionId: p.id };
    if (isLinkSharing(p)) {
      changes.push({ ...base, op: 'remove', role: own, reason: 'linkSharing' });
      continue;
    }
    if (p.type === 'group') {
      changes.push({ ...base, op: 'remove', role: own, reason: 'group' });
      continue;
    }
    const want = grants[principal];
    if (own === 'owner') {
      handled.add(principal);
      continue;
    }
    if (want) {
      handled.add(principal);
      // A coordinator's stronger role is theirs to keep; anyone else is set to exactly the planned role (a raise above
      // what is passed down, so never a lowering of an inherited entry).
      if (own !== want && !(keep.has(principal) && roleRank(own) > roleRank(want)))
        changes.push({ ...base, op: 'update', role: want, from: own, reason: 'roleDiffers' });
      continue;
    }
    if (keep.has(principal)) continue;
    const effective = access[principal];
    if (effective && own === effective) continue;
    const reason = !planned ? 'retired' : effective ? 'roleDiffers' : 'notOnTeam';
    changes.push({ ...base, op: 'remove', role: own, reason });
  }
  for (const [email, role] of Object.entries(grants)) {
    if (!handled.has(email)) changes.push({ op: 'add', folderKey, path, principal: email, role, reason: 'plan' });
  }
  return changes;
}

/**
 * Link sharing on files inside managed folders that are not themselves in the plan (generated documents, shortcuts):
 * turned off, as on the folders. Only files the add-on can list are seen (under drive.file: those it made or was given).
 */
export function diffContents(contents: readonly SeenFolder[], pathOfFolder: ReadonlyMap<string, string>): PermissionChange[] {
  const changes: PermissionChange[] = [];
  for (const file of contents) {
    const parent = file.parents.find((id) => pathOfFolder.has(id));
    if (!parent) continue;
    const path = `${pathOfFolder.get(parent)} / ${file.name}`;
    for (const p of file.permissions) {
      const own = directRole(p);
      if (own === null || !isLinkSharing(p)) continue;
      const folderKey = file.planKey || `file:${file.id}`;
      changes.push({
        op: 'remove',
        folderKey,
        fileId: file.id,
        path,
        principal: principalOf(p),
        role: own,
        permissionId: p.id,
        reason: 'linkSharing',
      });
    }
  }
  return changes;
}

/** Drive's answer matched to the plan: one folder per key (the stored id wins), and what did not match. */
export interface ResolvedFolders {
  byKey: Map<string, SeenFolder>;
  /** The same folders by Drive id. */
  byId: Map<string, SeenFolder>;
  /** Extra folders with a key already taken (e.g. made by two runs at once): reported, never deleted. */
  duplicates: SeenFolder[];
  /** Keys whose stored id Drive no longer returns (deleted or trashed): the folder is made again. */
  lost: string[];
}

/** Matches folders found by their appProperties with the ids stored in the workbook. */
export function resolveFolders(found: readonly SeenFolder[], stored: ReadonlyMap<string, string>): ResolvedFolders {
  const byKey = new Map<string, SeenFolder>();
  const duplicates: SeenFolder[] = [];
  const groups = new Map<string, SeenFolder[]>();
  for (const f of found) {
    const list = groups.get(f.planKey) ?? [];
    list.push(f);
    groups.set(f.planKey, list);
  }
  for (const [key, list] of groups) {
    const storedId = stored.get(key);
    const sorted = [...list].sort((a, b) => (a.createdTime ?? '').localeCompare(b.createdTime ?? '') || a.id.localeCompare(b.id));
    const chosen = sorted.find((f) => f.id === storedId) ?? sorted[0];
    byKey.set(key, chosen);
    for (const f of sorted) if (f !== chosen) duplicates.push(f);
  }
  const lost = [...stored.entries()].filter(([key, id]) => id && !byKey.has(key)).map(([key]) => key);
  return { byKey, byId: new Map([...byKey.values()].map((f) => [f.id, f])), duplicates, lost };
}

export interface TeamDiff {
  team: string;
  teamKey: string;
  /** Folders to create, parents first. */
  creates: PlannedFolder[];
  changes: PermissionChange[];
}

/** The changes for one team's folders, and for folders of the team the plan no longer has. */
export function diffTeamFolders(
  folders: readonly PlannedFolder[],
  byKey: ReadonlyMap<string, SeenFolder>,
  retired: readonly SeenFolder[],
  keep: ReadonlySet<string>,
): { creates: PlannedFolder[]; changes: PermissionChange[] } {
  const creates: PlannedFolder[] = [];
  const changes: PermissionChange[] = [];
  for (const folder of folders) {
    const seen = byKey.get(folder.key);
    if (!seen) {
      creates.push(folder);
      for (const [email, role] of Object.entries(folder.grants))
        changes.push({ op: 'add', folderKey: folder.key, path: folder.path, principal: email, role, reason: 'plan' });
      continue;
    }
    changes.push(...diffFolder(folder, seen, keep));
  }
  for (const seen of retired) changes.push(...diffFolder(null, seen, keep, seen.name));
  return { creates, changes };
}

/** The people whose access is never taken away: the owner and the coordinators. */
export function protectedPeople(plan: DrivePlan): Set<string> {
  return new Set([plan.owner, ...plan.coordinators]);
}

export interface DriveDiff {
  /** The program folder's own changes ('' team). */
  teams: TeamDiff[];
  duplicates: SeenFolder[];
  lost: string[];
  /** What no change here can fix (access passed down from a folder above the program folder). */
  warnings: string[];
  totals: DiffTotals;
}

export interface DiffTotals {
  foldersToCreate: number;
  /** Team workbooks to create (spreadsheets in Session Notes). */
  workbooksToCreate: number;
  permissionsToAdd: number;
  permissionsToChange: number;
  permissionsToRemove: number;
  linkSharingFound: number;
}

/** Which team a plan key belongs to ('' for the program folder). */
export function teamKeyOfFolderKey(key: string): string {
  const parts = key.split('.');
  return parts.length >= 3 ? `${parts[0]}.${parts[1]}` : '';
}

/**
 * The whole difference between the plan and what Drive holds: the dry-run preview. `contents` are other files the
 * add-on can list (generated documents, shortcuts): those inside a managed folder get their link sharing turned off.
 */
export function diffDrive(
  plan: DrivePlan,
  found: readonly SeenFolder[],
  stored: ReadonlyMap<string, string>,
  contents: readonly SeenFolder[] = [],
): DriveDiff {
  const resolved = resolveFolders(found, stored);
  const keep = protectedPeople(plan);
  const planned = new Set([plan.root.key, ...plan.teams.flatMap((t) => t.folders.map((f) => f.key))]);
  const retiredByTeam = new Map<string, SeenFolder[]>();
  for (const seen of resolved.byKey.values()) {
    if (planned.has(seen.planKey)) continue;
    const teamKey = teamKeyOfFolderKey(seen.planKey);
    retiredByTeam.set(teamKey, [...(retiredByTeam.get(teamKey) ?? []), seen]);
  }
  const contentChanges = contentsByTeam(plan, resolved, contents);
  const teams: TeamDiff[] = [];
  const rootDiff = diffTeamFolders([plan.root], resolved.byKey, [], keep);
  teams.push({ team: '', teamKey: '', ...rootDiff });
  for (const t of plan.teams) {
    const d = diffTeamFolders(t.folders, resolved.byKey, retiredByTeam.get(t.teamKey) ?? [], keep);
    retiredByTeam.delete(t.teamKey);
    teams.push({ team: t.team, teamKey: t.teamKey, creates: d.creates, changes: [...d.changes, ...(contentChanges.get(t.teamKey) ?? [])] });
  }
  for (const [teamKey, seen] of retiredByTeam) {
    const teamFolder = seen.find((s) => s.planKey.endsWith('.team'));
    const d = diffTeamFolders([], resolved.byKey, seen, keep);
    teams.push({ team: teamFolder?.name ?? teamKey, teamKey, creates: d.creates, changes: [...d.changes, ...(contentChanges.get(teamKey) ?? [])] });
  }
  const root = resolved.byKey.get(plan.root.key);
  return {
    teams,
    duplicates: resolved.duplicates,
    lost: resolved.lost,
    warnings: root ? passedDownFromAbove(root, keep) : [],
    totals: totalsOf(teams),
  };
}

/** Link-sharing removals on files inside each team's folders (not items of the plan themselves), by team key. */
export function contentsByTeam(plan: DrivePlan, resolved: ResolvedFolders, contents: readonly SeenFolder[]): Map<string, PermissionChange[]> {
  const plannedPath = new Map(allFolders(plan).map((f) => [f.key, f.path]));
  const pathOf = new Map<string, string>();
  for (const seen of resolved.byKey.values()) pathOf.set(seen.id, plannedPath.get(seen.planKey) ?? seen.name);
  const out = new Map<string, PermissionChange[]>();
  for (const file of contents) {
    if (pathOf.has(file.id)) continue;
    const parent = file.parents.find((id) => pathOf.has(id));
    if (!parent) continue;
    const teamKey = teamKeyOfFolderKey(resolved.byId.get(parent)?.planKey ?? '');
    const changes = diffContents([file], pathOf);
    if (changes.length) out.set(teamKey, [...(out.get(teamKey) ?? []), ...changes]);
  }
  return out;
}

/**
 * People (or link sharing) that reach the program folder through a folder above it: every team folder passes that
 * down, and only the owner of that folder can take it away there.
 */
export function passedDownFromAbove(root: SeenFolder, keep: ReadonlySet<string>): string[] {
  return root.permissions
    .filter((p) => directRole(p) === null && !keep.has(principalOf(p)))
    .map(
      (p) =>
        `${principalOf(p)} can ${p.role === 'reader' ? 'view' : p.role === 'commenter' ? 'comment on' : 'edit'} every team folder through a folder above the program folder: move the program folder to your My Drive, or remove them from that folder.`,
    );
}

export function totalsOf(teams: readonly { creates: readonly PlannedFolder[]; changes: readonly PermissionChange[] }[]): DiffTotals {
  const changes = teams.flatMap((t) => t.changes);
  const creates = teams.flatMap((t) => t.creates);
  return {
    foldersToCreate: creates.filter((f) => !f.isFile).length,
    workbooksToCreate: creates.filter((f) => f.isFile).length,
    permissionsToAdd: changes.filter((c) => c.op === 'add').length,
    permissionsToChange: changes.filter((c) => c.op === 'update').length,
    permissionsToRemove: changes.filter((c) => c.op === 'remove').length,
    // Folders with link sharing on (what the dialog names), not permissions: a folder may have both kinds.
    linkSharingFound: new Set(changes.filter((c) => c.reason === 'linkSharing').map((c) => c.folderKey)).size,
  };
}

/** The role a person actually holds on a folder: their own permission or the best one of a parent folder. */
export function effectiveRoles(chain: readonly (SeenFolder | undefined)[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const folder of chain) {
    for (const p of folder?.permissions ?? []) {
      const who = principalOf(p);
      if (!out.has(who) || roleRank(p.role) > roleRank(out.get(who))) out.set(who, p.role);
    }
  }
  return out;
}
