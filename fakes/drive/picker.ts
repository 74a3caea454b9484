// The Google Picker, as tests drive it: a user picks items, and that user's add-on may reach them under drive.file.

import type { FakeWorld } from '../world';
import { effectiveRole } from './items';

/**
 * What picking with the Google Picker grants: under drive.file the add-on may open "existing files that the user
 * shares with an app while using the Google Picker API", for this user only. A picked folder grants that folder,
 * not what is inside it (the strict reading the design follows: the scope is per file, and a folder is one file).
 * The Picker only shows what the user can see, so picking anything else is a mistake in the test.
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 * https://developers.google.com/workspace/drive/picker/guides/overview
 */
export function pickWithPicker(world: FakeWorld, user: string, ids: string[]): void {
  const who = user.toLowerCase();
  for (const id of ids) {
    const item = world.state.drive[id];
    if (!item) throw new Error(`fake Picker: no Drive item ${id}`);
    if (effectiveRole(world, id, who) === null) throw new Error(`fake Picker: ${user} cannot see ${id}, so cannot pick it`);
    if (!item.appGrants.includes(who)) item.appGrants.push(who);
  }
}
