// The folder tree over the flat Drive records: children, trash inherited from folders, and item URLs.

import type { FakeWorld } from '../world';
import { reachable } from './access';
import { DOCS_MIME, type DriveItemState, FOLDER_MIME, SHEETS_MIME } from './state';

export function isFolder(item: DriveItemState): boolean {
  return item.mimeType === FOLDER_MIME;
}

/** True for trashed items and everything inside a trashed folder (Drive reports both as trashed). */
export function inTrash(world: FakeWorld, item: DriveItemState, seen = new Set<string>()): boolean {
  if (item.trashed) return true;
  if (seen.has(item.id)) return false;
  seen.add(item.id);
  return item.parents.some((p) => {
    const parent = world.state.drive[p];
    return parent ? inTrash(world, parent, seen) : false;
  });
}

/** Direct children of a folder that the active user can see, oldest first, trash excluded. */
export function visibleChildren(world: FakeWorld, folderId: string): DriveItemState[] {
  return Object.values(world.state.drive).filter((item) => item.parents.includes(folderId) && !item.trashed && reachable(world, item));
}

/** Everything under a folder, at any depth. */
export function descendants(world: FakeWorld, folderId: string): DriveItemState[] {
  const out: DriveItemState[] = [];
  const queue = [folderId];
  const seen = new Set(queue);
  while (queue.length) {
    const id = queue.shift() as string;
    for (const item of Object.values(world.state.drive)) {
      if (!item.parents.includes(id) || seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
      queue.push(item.id);
    }
  }
  return out;
}

/** The URL Drive shows for the item, by kind. */
export function itemUrl(item: DriveItemState): string {
  if (item.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.mimeType === DOCS_MIME) return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
  if (item.mimeType === SHEETS_MIME) return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}
