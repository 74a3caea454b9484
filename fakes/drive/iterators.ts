// FolderIterator and FileIterator over a snapshot of ids, with continuation tokens that carry the rest.

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { ITERATOR_END } from './errors';
import { views } from './registry';

type Kind = 'folder' | 'file';

abstract class FakeItemIterator<T> {
  private _position = 0;

  constructor(
    private readonly _world: FakeWorld,
    private readonly _kind: Kind,
    private readonly _ids: string[],
  ) {}

  hasNext(): boolean {
    return this._position < this._ids.length;
  }

  next(): T {
    if (!this.hasNext()) throw new FakeServiceError(ITERATOR_END);
    return views[this._kind](this._world, this._ids[this._position++]) as T;
  }

  getContinuationToken(): string {
    return Buffer.from(JSON.stringify({ kind: this._kind, ids: this._ids.slice(this._position) })).toString('base64');
  }
}

class FakeFolderIterator
  extends FakeItemIterator<GoogleAppsScript.Drive.Folder>
  implements Pick<GoogleAppsScript.Drive.FolderIterator, 'hasNext' | 'next' | 'getContinuationToken'> {}

class FakeFileIterator
  extends FakeItemIterator<GoogleAppsScript.Drive.File>
  implements Pick<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next' | 'getContinuationToken'> {}

export function folderIterator(world: FakeWorld, ids: string[]): GoogleAppsScript.Drive.FolderIterator {
  return surface(new FakeFolderIterator(world, 'folder', ids), 'FolderIterator', world) as unknown as GoogleAppsScript.Drive.FolderIterator;
}

export function fileIterator(world: FakeWorld, ids: string[]): GoogleAppsScript.Drive.FileIterator {
  return surface(new FakeFileIterator(world, 'file', ids), 'FileIterator', world) as unknown as GoogleAppsScript.Drive.FileIterator;
}

/** The ids left in a token from getContinuationToken, checked against the kind of iterator resumed. */
export function resumeIds(token: string, kind: Kind): string[] {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { kind: Kind; ids: string[] };
    if (parsed.kind === kind && Array.isArray(parsed.ids)) return parsed.ids;
  } catch {
    // fall through to Drive's error
  }
  throw new FakeServiceError('Invalid argument: continuationToken');
}
