// Drive records shared by every fake that creates or opens a file (Sheets, Docs, Drive): creation and access checks.

import { FakeServiceError } from '../errors';
import type { FakeWorld } from '../world';
import { type DriveItemState, type DriveRole, FOLDER_MIME } from './state';

const RANK: Record<DriveRole, number> = { reader: 1, commenter: 2, writer: 3, owner: 4 };

/** A user's permission id is the same on every item, as Drive's permission ids are per principal. */
export function userPermissionId(email: string): string {
  return `perm-${email}`;
}

/** The user's My Drive root folder, created on first use. */
export function rootFolderId(world: FakeWorld, user: string): string {
  const known = world.state.roots[user];
  if (known) return known;
  const id = world.newId('root');
  world.state.drive[id] = baseItem(world, id, 'My Drive', FOLDER_MIME, [], user);
  world.state.roots[user] = id;
  return id;
}

export interface DriveItemInit {
  name: string;
  mimeType: string;
  parentId?: string;
  content?: string;
  shortcutTargetId?: string;
  /**
   * Whether the active user's add-on gets a drive.file grant on the new item. Every creator says so: Drive API and
   * DriveApp creations do; SpreadsheetApp.create, DocumentApp.create and Spreadsheet.copy do not (see their notes).
   */
  appGrant: boolean;
}

/** Creates a Drive record owned by the active user, in `parentId` or their My Drive. */
export function createDriveItem(world: FakeWorld, init: DriveItemInit): DriveItemState {
  const user = world.activeUser;
  const parent = init.parentId ?? rootFolderId(world, user);
  if (init.parentId) requireRole(world, init.parentId, 'writer');
  const id = world.newId();
  const item = baseItem(world, id, init.name, init.mimeType, [parent], user);
  if (init.content !== undefined) item.content = init.content;
  if (init.shortcutTargetId) item.shortcutTargetId = init.shortcutTargetId;
  if (init.appGrant) item.appGrants = [user.toLowerCase()];
  world.state.drive[id] = item;
  return item;
}

function baseItem(world: FakeWorld, id: string, name: string, mimeType: string, parents: string[], owner: string): DriveItemState {
  const now = world.clock.now();
  return {
    id,
    name,
    mimeType,
    parents,
    owner,
    permissions: [{ id: userPermissionId(owner), type: 'user', emailAddress: owner, role: 'owner' }],
    trashed: false,
    createdTime: now,
    modifiedTime: now,
    description: '',
    appProperties: {},
    appGrants: [],
  };
}

/**
 * The role `user` holds on an item: their own permission, "anyone"/domain sharing, or one inherited from any
 * ancestor folder (Drive permissions flow down to children).
 */
export function effectiveRole(world: FakeWorld, itemId: string, user: string): DriveRole | null {
  let best: DriveRole | null = null;
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const item = world.state.drive[id];
    if (!item) return;
    const domain = user.split('@')[1];
    for (const p of item.permissions) {
      const applies =
        (p.type === 'user' && p.emailAddress?.toLowerCase() === user.toLowerCase()) ||
        p.type === 'anyone' ||
        (p.type === 'domain' && p.domain === domain);
      // Owning a folder makes one an editor, not the owner, of what others own inside it.
      const role = p.role === 'owner' && id !== itemId ? 'writer' : p.role;
      if (applies && (!best || RANK[role] > RANK[best])) best = role;
    }
    for (const parent of item.parents) visit(parent);
  };
  visit(itemId);
  return best;
}

/** Throws Drive's own error when the active user lacks `min` on the item (or it does not exist for them). */
export function requireRole(world: FakeWorld, itemId: string, min: DriveRole): DriveItemState {
  const item = world.state.drive[itemId];
  const role = item && !item.trashed ? effectiveRole(world, itemId, world.activeUser) : null;
  if (!item || !role) {
    throw new FakeServiceError(`No item with the given ID could be found, or you do not have permission to access it.`);
  }
  if (RANK[role] < RANK[min]) {
    throw new FakeServiceError(`Access denied: DriveApp. (${world.activeUser} is ${role} on "${item.name}", needs ${min})`);
  }
  return item;
}

export function hasRole(role: DriveRole | null, min: DriveRole): boolean {
  return role !== null && RANK[role] >= RANK[min];
}
