// Access checks for the active user (Drive permissions plus the app's granted scope), worded per service.

import { FakeServiceError } from '../errors';
import type { FakeWorld } from '../world';
import { ACCESS_DENIED, DriveApiError, fileNotFound, INSUFFICIENT_FILE_PERMISSIONS, NO_ITEM } from './errors';
import { effectiveRole, hasRole } from './items';
import { appCanReach } from './settings';
import type { DriveItemState, DriveRole } from './state';

/** True when the active user can see the item and the app's scope reaches it (trashed items included). */
export function reachable(world: FakeWorld, item: DriveItemState): boolean {
  return effectiveRole(world, item.id, world.activeUser) !== null && appCanReach(world, item);
}

/** The item for a DriveApp call, or DriveApp's exception when the user may not see it or lacks `min`. */
export function driveAppItem(world: FakeWorld, id: string, min: DriveRole = 'reader'): DriveItemState {
  const item = world.state.drive[id];
  if (!item || !reachable(world, item)) throw new FakeServiceError(NO_ITEM);
  if (!hasRole(effectiveRole(world, id, world.activeUser), min)) throw new FakeServiceError(ACCESS_DENIED);
  return item;
}

/**
 * The item for an Advanced Drive call: 404 when the user cannot see it or (under drive.file) their add-on has no
 * grant for it, as Drive hides existence; 403 when the role is short.
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 */
export function apiItem(world: FakeWorld, call: string, id: string, min: DriveRole = 'reader'): DriveItemState {
  const item = world.state.drive[id];
  if (!item || !reachable(world, item)) throw fileNotFound(call, id);
  if (!hasRole(effectiveRole(world, id, world.activeUser), min)) throw insufficient(call);
  return item;
}

export function insufficient(call: string): DriveApiError {
  return new DriveApiError(call, 403, INSUFFICIENT_FILE_PERMISSIONS, 'insufficientFilePermissions');
}

/**
 * The item for a sharing change: owners may always share; writers only while writersCanShare is on ("Whether
 * users with only writer permission can modify the file's permissions").
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File.FIELDS.writers_can_share
 */
export function shareableItem(world: FakeWorld, call: string, id: string): DriveItemState {
  const item = apiItem(world, call, id, 'writer');
  if (effectiveRole(world, id, world.activeUser) !== 'owner' && item.writersCanShare === false) throw insufficient(call);
  return item;
}

/** Every user's My Drive root: real folders, but never listed by searches. */
export function isRoot(world: FakeWorld, id: string): boolean {
  return Object.values(world.state.roots).includes(id);
}

/** Items the active user could find by searching Drive: visible, reachable under the scope, not a root. */
export function searchable(world: FakeWorld): DriveItemState[] {
  return Object.values(world.state.drive).filter((item) => !isRoot(world, item.id) && reachable(world, item));
}

/** Marks a change, as Drive bumps modifiedTime on every write. */
export function touch(world: FakeWorld, item: DriveItemState): void {
  item.modifiedTime = world.clock.now();
}
