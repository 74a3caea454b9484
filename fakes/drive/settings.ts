// Drive-wide settings (sent share notifications) under an extra key of world.state, and the drive.file reach rule.

import { hasFullDrive, projectScopes, setProjectScopes } from '../auth/consent';
import { SCOPES } from '../auth/required-scopes';
import type { FakeWorld, WorldState } from '../world';
import type { DriveItemState, DriveScope, DriveSettings } from './state';

/** world.state as this folder sees it; the extra key keeps WorldState itself free of Drive-only fields. */
type WithDriveSettings = WorldState & { driveSettings?: DriveSettings };

/** The settings record, created on first use so older snapshots load unchanged. */
export function driveSettings(world: FakeWorld): DriveSettings {
  const state = world.state as WithDriveSettings;
  state.driveSettings ??= { notifications: [] };
  return state.driveSettings;
}

/**
 * Test setup: gives the project full Drive (`'drive'`, added to the manifest's scopes) or takes it back to the
 * manifest's per-file `'drive.file'`. Users who granted a list of scopes (grantScopes) keep only that list.
 */
export function setDriveScope(world: FakeWorld, scope: DriveScope): void {
  const others = projectScopes(world).filter((s) => s !== SCOPES.drive);
  setProjectScopes(world, scope === 'drive' ? [...others, SCOPES.drive, SCOPES.driveFile] : [...others, SCOPES.driveFile]);
}

/**
 * With full Drive the add-on reaches whatever the user can; under drive.file only the items this user's add-on
 * created or this user picked with the Picker ("per-file access to files created or opened by the app").
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 */
export function appCanReach(world: FakeWorld, item: DriveItemState): boolean {
  return hasFullDrive(world) || item.appGrants.includes(world.activeUser.toLowerCase());
}
