// A My Drive item's permissions as Drive reports them: its own (direct) entries merged with those its folders pass down.

import type { FakeWorld } from '../world';
import { hasRole } from './items';
import type { DriveItemState, DrivePermissionState, DriveRole } from './state';

/**
 * One principal's entry on an item. `direct` is the role granted on this item (null when none), `inherited` the
 * best role passed down from any folder above (null when none); `role` is the better of the two.
 */
export interface PermissionView extends DrivePermissionState {
  direct: DriveRole | null;
  inherited: DriveRole | null;
}

function better(a: DriveRole | null, b: DriveRole | null): DriveRole | null {
  if (a === null) return b;
  if (b === null) return a;
  return hasRole(a, b) ? a : b;
}

/** The best role each principal (by permission id) holds on the folders above `item`, at any depth. */
function inheritedRoles(world: FakeWorld, item: DriveItemState): Map<string, { perm: DrivePermissionState; role: DriveRole }> {
  const out = new Map<string, { perm: DrivePermissionState; role: DriveRole }>();
  const seen = new Set<string>([item.id]);
  const queue = [...item.parents];
  while (queue.length) {
    const folder = world.state.drive[queue.shift() as string];
    if (!folder || seen.has(folder.id)) continue;
    seen.add(folder.id);
    for (const p of folder.permissions) {
      // Owning a folder makes one an editor, not the owner, of what is inside it.
      const role: DriveRole = p.role === 'owner' ? 'writer' : p.role;
      const known = out.get(p.id);
      if (!known || !hasRole(known.role, role)) out.set(p.id, { perm: p, role });
    }
    queue.push(...folder.parents);
  }
  return out;
}

/**
 * Every permission of `item`, inherited ones included: in My Drive a folder's permissions propagate to all items
 * inside it and show on each child, one entry per principal (the same permission id everywhere).
 * https://developers.google.com/workspace/drive/api/guides/manage-sharing
 */
export function permissionViews(world: FakeWorld, item: DriveItemState): PermissionView[] {
  const inherited = inheritedRoles(world, item);
  // The item's owner is just its owner: an editor role from a folder above adds nothing to ownership.
  const views: PermissionView[] = item.permissions.map((p) => ({
    ...p,
    direct: p.role,
    inherited: p.role === 'owner' ? null : (inherited.get(p.id)?.role ?? null),
  }));
  for (const view of views) view.role = better(view.direct, view.inherited) as DriveRole;
  for (const [id, { perm, role }] of inherited) {
    if (views.some((v) => v.id === id)) continue;
    views.push({ ...perm, role, direct: null, inherited: role });
  }
  return views;
}

export function permissionView(world: FakeWorld, item: DriveItemState, permissionId: string): PermissionView | undefined {
  return permissionViews(world, item).find((v) => v.id === permissionId);
}
