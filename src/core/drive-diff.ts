// What must change in Drive to match the plan: folders to create, permissions to add, change and remove (pure).

import { type DrivePlan, type PlannedFolder, roleRank } from './drive-plan';

/** A permission as Drive lists it (Drive.Permissions / files.list `permissions(...)`). */
export interface SeenPermission {
  id: string;
  type: string;
  role: string;
  emailAddress?: string;
  domain?: string;
}

/** A folder (or file) the add-on created, as Drive returns it, identified by its plan key (appProperties.ttPlanKey). */
export interface SeenFolder {
  id: string;
  planKey: string;
  name: string;
  parents: string[];
  permissions: SeenPermission[];
  createdTime?: string;
}

export type ChangeReason = 'plan' | 'linkSharing' | 'notOnTeam' | 'roleDiffers' | 'retired' | 'group';

export interface PermissionChange {
  op: 'add' | 'update' | 'remove';
  folderKey: string;
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
 * A listed permission equal to the role the folder inherits is left alone: My Drive lists a parent's sharing on its
 * children too, and removing it there would change nothing.
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
    const principal = principalOf(p);
    const base = { folderKey, path, principal, permissionId: p.id };
    if (isLinkSharing(p)) {
      changes.push({ ...base, op: 'remove', role: p.role, reason: 'linkSharing' });
      continue;
    }
    if (p.type === 'group') {
      changes.push({ ...base, op: 'remove', role: p.role, reason: 'group' });
      continue;
    }
    const want = grants[principal];
    if (p.role === 'owner') {
      handled.add(principal);
      continue;
    }
    if (want) {
      handled.add(principal);
      // A coordinator's stronger role is theirs to keep; anyone else is set to exactly the planned role.
      if (p.role !== want && !(keep.has(principal) && roleRank(p.role) > roleRank(want)))
        changes.push({ ...base, op: 'update', role: want, from: p.role, reason: 'roleDiffers' });
      continue;
    }
    if (keep.has(principal)) continue;
    const effective = access[principal];
    if (effective && p.role === effective) continue;
    const reason = !planned ? 'retired' : effective ? 'roleDiffers' : 'notOnTeam';
    changes.push({ ...base, op: 'remove', role: p.role, reason });
  }
  for (const [email, role] of Object.entries(grants)) {
    if (!handled.has(email)) changes.push({ op: 'add', folderKey, path, principal: email, role, reason: 'plan' });
  }
  return changes;
}

/** Drive's answer matched to the plan: one folder per key (the stored id wins), and what did not match. */
export interface ResolvedFolders {
  byKey: Map<string, SeenFolder>;
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
  return { byKey, duplicates, lost };
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
    if (!seen && folder.isFile) continue;
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
  totals: { foldersToCreate: number; permissionsToAdd: number; permissionsToChange: number; permissionsToRemove: number; linkSharingFound: number };
}

/** Which team a plan key belongs to ('' for the program folder). */
export function teamKeyOfFolderKey(key: string): string {
  const parts = key.split('.');
  return parts.length >= 3 ? `${parts[0]}.${parts[1]}` : '';
}

/** The whole difference between the plan and what Drive holds: the dry-run preview. */
export function diffDrive(plan: DrivePlan, found: readonly SeenFolder[], stored: ReadonlyMap<string, string>): DriveDiff {
  const resolved = resolveFolders(found, stored);
  const keep = protectedPeople(plan);
  const planned = new Set([plan.root.key, ...plan.teams.flatMap((t) => t.folders.map((f) => f.key))]);
  const retiredByTeam = new Map<string, SeenFolder[]>();
  for (const seen of resolved.byKey.values()) {
    if (planned.has(seen.planKey)) continue;
    const teamKey = teamKeyOfFolderKey(seen.planKey);
    retiredByTeam.set(teamKey, [...(retiredByTeam.get(teamKey) ?? []), seen]);
  }
  const teams: TeamDiff[] = [];
  const rootDiff = diffTeamFolders([plan.root], resolved.byKey, [], keep);
  teams.push({ team: '', teamKey: '', ...rootDiff });
  for (const t of plan.teams) {
    const d = diffTeamFolders(t.folders, resolved.byKey, retiredByTeam.get(t.teamKey) ?? [], keep);
    retiredByTeam.delete(t.teamKey);
    teams.push({ team: t.team, teamKey: t.teamKey, ...d });
  }
  for (const [teamKey, seen] of retiredByTeam) {
    const teamFolder = seen.find((s) => s.planKey.endsWith('.team'));
    const d = diffTeamFolders([], resolved.byKey, seen, keep);
    teams.push({ team: teamFolder?.name ?? teamKey, teamKey, ...d });
  }
  return { teams, duplicates: resolved.duplicates, lost: resolved.lost, totals: totalsOf(teams) };
}

export function totalsOf(teams: readonly { creates: readonly PlannedFolder[]; changes: readonly PermissionChange[] }[]): DriveDiff['totals'] {
  const changes = teams.flatMap((t) => t.changes);
  return {
    foldersToCreate: teams.reduce((n, t) => n + t.creates.length, 0),
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
