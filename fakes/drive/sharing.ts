// Sharing on the plain Drive records, shared by DriveApp (roles by name) and Advanced Drive (permission resources).

import { FakeServiceError } from '../errors';
import type { FakeWorld } from '../world';
import { INVALID_EMAIL, OWNER_CANNOT_BE_REMOVED } from './errors';
import { hasRole, userPermissionId } from './items';
import { driveSettings } from './settings';
import type { DriveItemState, DrivePermissionState, DriveRole } from './state';

export type AccessName = 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'PRIVATE';
export type PermissionName = 'VIEW' | 'EDIT' | 'COMMENT' | 'OWNER' | 'ORGANIZER' | 'NONE';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Drive keys user permissions by lower-cased address and rejects anything that is not one. */
export function normalizeEmail(value: string): string {
  const email = String(value).trim().toLowerCase();
  if (!EMAIL.test(email)) throw new FakeServiceError(INVALID_EMAIL);
  return email;
}

export function userPermission(item: DriveItemState, email: string): DrivePermissionState | undefined {
  return item.permissions.find((p) => p.type === 'user' && p.emailAddress?.toLowerCase() === email);
}

/** Gives `email` at least `role` (DriveApp never downgrades: addViewer on an editor changes nothing). */
export function grantAtLeast(world: FakeWorld, item: DriveItemState, email: string, role: DriveRole, notify = true): void {
  const existing = userPermission(item, email);
  if (existing && hasRole(existing.role, role)) return;
  setUserRole(world, item, email, role, notify);
}

/** Sets the user's direct role to exactly `role` (Advanced Drive's create/update semantics). */
export function setUserRole(
  world: FakeWorld,
  item: DriveItemState,
  email: string,
  role: DriveRole,
  notify: boolean,
  message?: string,
): DrivePermissionState {
  let perm = userPermission(item, email);
  if (perm) perm.role = role;
  else {
    perm = { id: userPermissionId(email), type: 'user', emailAddress: email, role };
    item.permissions.push(perm);
  }
  if (notify && email !== world.activeUser) {
    driveSettings(world).notifications.push({ to: email, itemId: item.id, role, from: world.activeUser, message, at: world.clock.now() });
  }
  return perm;
}

/** Removes the user's direct permission if it holds one of `roles`; the owner can never be removed. */
export function revokeUser(item: DriveItemState, email: string, roles: DriveRole[]): void {
  const perm = userPermission(item, email);
  if (!perm) return;
  if (perm.role === 'owner') throw new FakeServiceError(OWNER_CANNOT_BE_REMOVED);
  if (roles.includes(perm.role)) item.permissions.splice(item.permissions.indexOf(perm), 1);
}

/**
 * Every user with access and their best role, including roles granted on ancestor folders, since My Drive
 * propagates a folder's sharing to everything inside it.
 */
export function principals(world: FakeWorld, item: DriveItemState): Map<string, DriveRole> {
  const out = new Map<string, DriveRole>();
  const seen = new Set<string>();
  const visit = (current: DriveItemState | undefined) => {
    if (!current || seen.has(current.id)) return;
    seen.add(current.id);
    for (const p of current.permissions) {
      if (p.type !== 'user' || !p.emailAddress) continue;
      const email = p.emailAddress.toLowerCase();
      const role = p.role === 'owner' && current.id !== item.id ? 'writer' : p.role;
      const known = out.get(email);
      if (!known || !hasRole(known, role)) out.set(email, role);
    }
    for (const parent of current.parents) visit(world.state.drive[parent]);
  };
  visit(item);
  return out;
}

/** The item's link/domain sharing as DriveApp names it. */
export function generalAccess(item: DriveItemState): { access: AccessName; permission: PermissionName } {
  const general = item.permissions.find((p) => p.type === 'anyone') ?? item.permissions.find((p) => p.type === 'domain');
  if (!general) return { access: 'PRIVATE', permission: 'NONE' };
  const base = general.type === 'anyone' ? 'ANYONE' : 'DOMAIN';
  return { access: general.allowFileDiscovery ? base : `${base}_WITH_LINK`, permission: permissionName(general.role) };
}

/** An "anyone" or domain permission, with the ids Drive gives them (discoverable or link-only). */
export function linkPermission(type: 'anyone' | 'domain', role: DriveRole, discoverable: boolean, domain?: string): DrivePermissionState {
  if (type === 'anyone') return { id: discoverable ? 'anyone' : 'anyoneWithLink', type, role, allowFileDiscovery: discoverable };
  return { id: `domain-${domain}${discoverable ? '' : '-withLink'}`, type, domain, role, allowFileDiscovery: discoverable };
}

/** Replaces the item's link/domain sharing; PRIVATE or NONE leaves only named users. */
export function setGeneralAccess(item: DriveItemState, access: AccessName, permission: PermissionName): void {
  item.permissions = item.permissions.filter((p) => p.type === 'user');
  const role = roleFor(permission);
  if (access === 'PRIVATE' || !role) return;
  const discoverable = access === 'ANYONE' || access === 'DOMAIN';
  if (access.startsWith('ANYONE')) item.permissions.push(linkPermission('anyone', role, discoverable));
  else item.permissions.push(linkPermission('domain', role, discoverable, item.owner.split('@')[1]));
}

export function permissionName(role: DriveRole | null): PermissionName {
  if (role === 'owner') return 'OWNER';
  if (role === 'writer') return 'EDIT';
  if (role === 'commenter') return 'COMMENT';
  return role === 'reader' ? 'VIEW' : 'NONE';
}

function roleFor(permission: PermissionName): DriveRole | null {
  const roles: Partial<Record<PermissionName, DriveRole>> = { VIEW: 'reader', COMMENT: 'commenter', EDIT: 'writer' };
  const role = roles[permission];
  if (role || permission === 'NONE') return role ?? null;
  throw new FakeServiceError(`Invalid argument: permissionType (${permission} cannot be given by link sharing)`);
}
