// Drive-wide settings (granted scope, sent share notifications) stored under an extra key of world.state.

import type { FakeWorld, WorldState } from '../world';
import type { DriveItemState, DriveScope, DriveSettings } from './state';

/** world.state as this folder sees it; the extra key keeps WorldState itself free of Drive-only fields. */
type WithDriveSettings = WorldState & { driveSettings?: DriveSettings };

/** The settings record, created on first use so older snapshots load unchanged. */
export function driveSettings(world: FakeWorld): DriveSettings {
  const state = world.state as WithDriveSettings;
  state.driveSettings ??= { scope: 'drive', notifications: [] };
  return state.driveSettings;
}

/** Grants the add-on full Drive access or only drive.file (per-file) access. */
export function setDriveScope(world: FakeWorld, scope: DriveScope): void {
  driveSettings(world).scope = scope;
}

/** What the Google Picker does when the user picks a file: the app may now open it under drive.file. */
export function openWithPicker(world: FakeWorld, fileId: string): void {
  const item = world.state.drive[fileId];
  if (!item) throw new Error(`fake world: no Drive item ${fileId}`);
  item.appAuthorized = true;
}

/** Under drive.file the app only reaches items it created or that were opened with it. */
export function appCanReach(world: FakeWorld, item: DriveItemState): boolean {
  return driveSettings(world).scope === 'drive' || item.appAuthorized;
}
