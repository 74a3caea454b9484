// DriveApp's Folder: a view over one folder record, with its children and sharing.

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { driveAppItem } from './access';
import { fileInit } from './blob-args';
import { createShortcutItem } from './create';
import { NO_ITEM } from './errors';
import { DriveItemView, type SharedMember } from './item-view';
import { createDriveItem } from './items';
import { fileIterator, folderIterator } from './iterators';
import { views } from './registry';
import { listIds, searchIds } from './search';
import { FOLDER_MIME } from './state';
import { isFolder } from './tree';

type FolderMember =
  | SharedMember
  | 'createFolder'
  | 'createFile'
  | 'createShortcut'
  | 'getFolders'
  | 'getFiles'
  | 'getFoldersByName'
  | 'getFilesByName'
  | 'getFilesByType'
  | 'searchFiles'
  | 'searchFolders';

class FakeFolder extends DriveItemView<GoogleAppsScript.Drive.Folder> implements Pick<GoogleAppsScript.Drive.Folder, FolderMember> {
  protected _self(): GoogleAppsScript.Drive.Folder {
    return wrapFolder(this._world, this._id);
  }

  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    this._item('writer');
    return wrapFolder(
      this._world,
      createDriveItem(this._world, { name: String(name), mimeType: FOLDER_MIME, parentId: this._id, appGrant: true }).id,
    );
  }

  createFile(...args: unknown[]): GoogleAppsScript.Drive.File {
    this._item('writer');
    const init = fileInit(args);
    return views.file(this._world, createDriveItem(this._world, { ...init, parentId: this._id, appGrant: true }).id);
  }

  createShortcut(targetId: string): GoogleAppsScript.Drive.File {
    this._item('writer');
    const target = driveAppItem(this._world, targetId);
    return views.file(this._world, createShortcutItem(this._world, target, this._id).id);
  }

  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._world, listIds(this._world, { kind: 'folder', parentId: this._item().id }));
  }

  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._world, listIds(this._world, { kind: 'file', parentId: this._item().id }));
  }

  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._world, listIds(this._world, { kind: 'folder', parentId: this._item().id, name }));
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._world, listIds(this._world, { kind: 'file', parentId: this._item().id, name }));
  }

  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._world, listIds(this._world, { kind: 'file', parentId: this._item().id, mimeType }));
  }

  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._world, searchIds(this._world, params, 'file', this._item().id));
  }

  searchFolders(params: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._world, searchIds(this._world, params, 'folder', this._item().id));
  }
}

/** A counted Folder view; the id must name a folder the active user can see. */
export function wrapFolder(world: FakeWorld, id: string): GoogleAppsScript.Drive.Folder {
  return surface(new FakeFolder(world, id), 'Folder', world) as unknown as GoogleAppsScript.Drive.Folder;
}

/** DriveApp.getFolderById: a file's id is not a folder. */
export function folderById(world: FakeWorld, id: string): GoogleAppsScript.Drive.Folder {
  const item = driveAppItem(world, id);
  if (!isFolder(item)) throw new FakeServiceError(NO_ITEM);
  return wrapFolder(world, id);
}

views.folder = wrapFolder;
