// Creating, copying and shortcutting Drive records for the active user, shared by DriveApp and Advanced Drive
// (both are the add-on acting, so the new item carries the user's drive.file grant).

import type { FakeWorld } from '../world';
import { copyCompanion } from './companion';
import { createDriveItem, effectiveRole, hasRole, rootFolderId } from './items';
import { type DriveItemState, SHORTCUT_MIME } from './state';

/** A shortcut owned by the active user; the target keeps its own owner and sharing. */
export function createShortcutItem(world: FakeWorld, target: DriveItemState, parentId?: string, name?: string): DriveItemState {
  return createDriveItem(world, { name: name ?? target.name, mimeType: SHORTCUT_MIME, parentId, shortcutTargetId: target.id, appGrant: true });
}

/**
 * A copy owned by the active user with only the owner's permission (Drive does not copy sharing), placed in
 * `parentId`, else next to the original when the user can add there, else in their My Drive.
 */
export function copyItem(world: FakeWorld, source: DriveItemState, name: string, parentId?: string): DriveItemState {
  const user = world.activeUser;
  const nextTo = source.parents.find((p) => hasRole(effectiveRole(world, p, user), 'writer'));
  const parent = parentId ?? nextTo ?? rootFolderId(world, user);
  const copy = createDriveItem(world, { name, mimeType: source.mimeType, parentId: parent, content: source.content, appGrant: true });
  copy.description = source.description;
  copy.appProperties = { ...source.appProperties };
  if (source.shortcutTargetId) copy.shortcutTargetId = source.shortcutTargetId;
  copyCompanion(world, source.id, copy.id, name);
  return copy;
}
