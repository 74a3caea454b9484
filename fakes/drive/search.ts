// Finding items for DriveApp: listings by name/type (trash excluded) and searchFiles/searchFolders queries.

import { FakeServiceError } from '../errors';
import type { FakeWorld } from '../world';
import { searchable } from './access';
import { compileQuery, withTrashSemantics } from './query';
import type { DriveItemState } from './state';
import { inTrash, isFolder, visibleChildren } from './tree';

export type Kind = 'folder' | 'file';

export interface Listing {
  kind: Kind;
  /** Only direct children of this folder; otherwise all of the user's Drive, shared items included. */
  parentId?: string;
  name?: string;
  mimeType?: string;
}

function ofKind(item: DriveItemState, kind: Kind): boolean {
  return kind === 'folder' ? isFolder(item) : !isFolder(item);
}

/** Ids of the items the active user can see that match, trash left out. */
export function listIds(world: FakeWorld, listing: Listing): string[] {
  const pool = listing.parentId ? visibleChildren(world, listing.parentId) : searchable(world).filter((i) => !inTrash(world, i));
  return pool
    .filter((i) => ofKind(i, listing.kind))
    .filter((i) => listing.name === undefined || i.name === listing.name)
    .filter((i) => listing.mimeType === undefined || i.mimeType === listing.mimeType)
    .map((i) => i.id);
}

/**
 * Ids matching a DriveApp search (Drive v2 query syntax: `title`, `modifiedDate`). As in Drive, trashed items
 * match unless the query says `trashed = false`.
 */
export function searchIds(world: FakeWorld, params: string, kind: Kind, parentId?: string): string[] {
  const predicate = compileQuery(world, params, 'v2', () => {
    throw new FakeServiceError('Invalid argument: q');
  });
  const pool = withTrashSemantics(world, searchable(world)).filter((i) => !parentId || i.parents.includes(parentId));
  return pool.filter((i) => ofKind(i, kind) && predicate(i)).map((i) => i.id);
}
