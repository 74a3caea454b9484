// A person making a file or folder in Drive's own UI (New ▸ …): theirs, with no drive.file grant for any add-on.

import { FakeServiceError } from '../errors';
import { asPerson } from '../person';
import type { FakeWorld } from '../world';
import { createCompanion } from './companion';
import { createDriveItem, requireRole } from './items';
import { setUserRole } from './sharing';
import type { DriveRole } from './state';

export interface DriveUiItem {
  name: string;
  mimeType: string;
  /** A folder the user can edit; their My Drive when absent. */
  parentId?: string;
  /** Blob content of a plain file. */
  content?: string;
}

/**
 * Creates an item owned by `user`, as Drive's New menu does, and returns its id. No add-on made it, so no add-on
 * reaches it under drive.file until the user picks it. A Sheets or Docs mimeType makes a real, empty spreadsheet
 * or document, as Drive.Files.create does.
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 */
export function createInDrive(world: FakeWorld, user: string, init: DriveUiItem): string {
  return asPerson(world, user, () => {
    const item = createDriveItem(world, { ...init, appGrant: false });
    createCompanion(world, item);
    return item.id;
  });
}

/**
 * `user` shares an item in Drive's own Share dialog: they need edit access (and, for an editor, the owner must not
 * have stopped editors from sharing); the person gets exactly `role` of their own, and Drive emails them.
 * https://support.google.com/drive/answer/2494822
 */
export function shareInDrive(world: FakeWorld, user: string, itemId: string, email: string, role: Exclude<DriveRole, 'owner'>): void {
  asPerson(world, user, () => {
    const item = requireRole(world, itemId, 'writer');
    if (item.writersCanShare === false && item.owner.toLowerCase() !== user.toLowerCase()) {
      throw new FakeServiceError('Only the owner can change the sharing of this item (editors cannot share it).');
    }
    setUserRole(world, item, email.trim().toLowerCase(), role, true);
  });
}
