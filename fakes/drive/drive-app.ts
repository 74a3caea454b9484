// DriveApp: the entry point to the active user's Drive (root, lookups by id, listings, search, creation).

import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { driveAppItem } from './access';
import { fileInit } from './blob-args';
import { createShortcutItem } from './create';
import { ACCESS, PERMISSION } from './enums';
import { wrapFile } from './file';
import { folderById, wrapFolder } from './folder';
import { createDriveItem, rootFolderId } from './items';
import { fileIterator, folderIterator, resumeIds } from './iterators';
import { listIds, searchIds } from './search';
import { FOLDER_MIME } from './state';

type DriveAppMember =
  | 'Access'
  | 'Permission'
  | 'getRootFolder'
  | 'getFolderById'
  | 'getFileById'
  | 'createFolder'
  | 'createFile'
  | 'createShortcut'
  | 'getFolders'
  | 'getFiles'
  | 'getFoldersByName'
  | 'getFilesByName'
  | 'getFilesByType'
  | 'searchFiles'
  | 'searchFolders'
  | 'continueFileIterator'
  | 'continueFolderIterator';

class FakeDriveApp implements Pick<GoogleAppsScript.Drive.DriveApp, DriveAppMember> {
  readonly Access = ACCESS;
  readonly Permission = PERMISSION;

  constructor(private readonly _world: FakeWorld) {}

  getRootFolder(): GoogleAppsScript.Drive.Folder {
    return wrapFolder(this._world, rootFolderId(this._world, this._world.activeUser));
  }

  getFolderById(id: string): GoogleAppsScript.Drive.Folder {
    return folderById(this._world, id);
  }

  getFileById(id: string): GoogleAppsScript.Drive.File {
    return wrapFile(this._world, driveAppItem(this._world, id).id);
  }

  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    return wrapFolder(this._world, createDriveItem(this._world, { name: String(name), mimeType: FOLDER_MIME, appGrant: true }).id);
  }

  createFile(...args: unknown[]): GoogleAppsScript.Drive.File {
    return wrapFile(this._world, createDriveItem(this._world, { ...fileInit(args), appGrant: true }).id);
  }

  createShortcut(targetId: string): GoogleAppsScript.Drive.File {
    const target = driveAppItem(this._world, targetId);
    return wrapFile(this._world, createShortcutItem(this._world, target).id);
  }

  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._world, listIds(this._world, { kind: 'folder' }));
  }

  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._world, listIds(this._world, { kind: 'file' }));
  }

  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._world, listIds(this._world, { kind: 'folder', name }));
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._world, listIds(this._world, { kind: 'file', name }));
  }

  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._world, listIds(this._world, { kind: 'file', mimeType }));
  }

  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._world, searchIds(this._world, params, 'file'));
  }

  searchFolders(params: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._world, searchIds(this._world, params, 'folder'));
  }

  continueFileIterator(continuationToken: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._world, resumeIds(continuationToken, 'file'));
  }

  continueFolderIterator(continuationToken: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._world, resumeIds(continuationToken, 'folder'));
  }
}

export function createDriveApp(world: FakeWorld): GoogleAppsScript.Drive.DriveApp {
  return surface(new FakeDriveApp(world), 'DriveApp', world) as unknown as GoogleAppsScript.Drive.DriveApp;
}
