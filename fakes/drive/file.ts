// DriveApp's File: a view over one non-folder record (plain files, Docs, Sheets, shortcuts).

import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { driveAppItem, touch } from './access';
import { copyItem } from './create';
import { DriveItemView, type SharedMember } from './item-view';
import { emailOf, idOf, views } from './registry';
import { normalizeEmail, revokeUser } from './sharing';
import { SHORTCUT_MIME } from './state';

type UserArg = string | GoogleAppsScript.Base.User;

type FileMember =
  | SharedMember
  | 'addCommenter'
  | 'addCommenters'
  | 'removeCommenter'
  | 'getMimeType'
  | 'getTargetId'
  | 'getTargetMimeType'
  | 'makeCopy'
  | 'setContent';

class FakeFile extends DriveItemView<GoogleAppsScript.Drive.File> implements Pick<GoogleAppsScript.Drive.File, FileMember> {
  protected _self(): GoogleAppsScript.Drive.File {
    return wrapFile(this._world, this._id);
  }

  addCommenter(user: UserArg): GoogleAppsScript.Drive.File {
    return this._grant([emailOf(user)], 'commenter');
  }

  addCommenters(emailAddresses: string[]): GoogleAppsScript.Drive.File {
    return this._grant(emailAddresses, 'commenter');
  }

  removeCommenter(user: UserArg): GoogleAppsScript.Drive.File {
    revokeUser(this._shareable(), normalizeEmail(emailOf(user)), ['commenter']);
    return this._self();
  }

  getMimeType(): string {
    return this._item().mimeType;
  }

  getTargetId(): string | null {
    return this._item().shortcutTargetId ?? null;
  }

  /** The target's type is stored on the shortcut in Drive, so it answers even when the target is not visible. */
  getTargetMimeType(): string | null {
    const item = this._item();
    if (item.mimeType !== SHORTCUT_MIME || !item.shortcutTargetId) return null;
    return this._world.state.drive[item.shortcutTargetId]?.mimeType ?? null;
  }

  makeCopy(nameOrDestination?: string | GoogleAppsScript.Drive.Folder, destination?: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
    const source = this._item();
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Copy of ${source.name}`;
    const folder = typeof nameOrDestination === 'string' ? destination : nameOrDestination;
    const parentId = folder ? driveAppItem(this._world, idOf(folder), 'writer').id : undefined;
    return wrapFile(this._world, copyItem(this._world, source, name, parentId).id);
  }

  setContent(content: string): GoogleAppsScript.Drive.File {
    const item = this._item('writer');
    item.content = String(content);
    touch(this._world, item);
    return this._self();
  }
}

/** A counted File view (a folder's id works too, as DriveApp.getFileById accepts folders). */
export function wrapFile(world: FakeWorld, id: string): GoogleAppsScript.Drive.File {
  return surface(new FakeFile(world, id), 'File', world) as unknown as GoogleAppsScript.Drive.File;
}

views.file = wrapFile;
