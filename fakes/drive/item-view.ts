// What Folder and File share: a view over one Drive record (naming, dates, trash, parents, sharing).

import { FakeServiceError } from '../errors';
import type { FakeWorld } from '../world';
import { driveAppItem, reachable, touch } from './access';
import { renameCompanion } from './companion';
import { ACCESS_DENIED } from './errors';
import { effectiveRole, hasRole } from './items';
import { folderIterator } from './iterators';
import { emailOf, idOf } from './registry';
import {
  type AccessName,
  generalAccess,
  grantAtLeast,
  normalizeEmail,
  type PermissionName,
  permissionName,
  principals,
  revokeUser,
  setGeneralAccess,
  setUserRole,
} from './sharing';
import type { DriveItemState, DriveRole } from './state';
import { isFolder, itemUrl } from './tree';
import { wrapUser } from './user';

type UserArg = string | GoogleAppsScript.Base.User;

/** Members both Folder and File implement through this base. */
export type SharedMember =
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getDescription'
  | 'setDescription'
  | 'getDateCreated'
  | 'getLastUpdated'
  | 'getSize'
  | 'isTrashed'
  | 'setTrashed'
  | 'isStarred'
  | 'setStarred'
  | 'getParents'
  | 'moveTo'
  | 'getOwner'
  | 'setOwner'
  | 'getEditors'
  | 'getViewers'
  | 'addEditor'
  | 'addEditors'
  | 'addViewer'
  | 'addViewers'
  | 'removeEditor'
  | 'removeViewer'
  | 'revokePermissions'
  | 'getAccess'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'setSharing'
  | 'isShareableByEditors'
  | 'setShareableByEditors';

export abstract class DriveItemView<Self> {
  constructor(
    protected readonly _world: FakeWorld,
    readonly _id: string,
  ) {}

  /** A fresh counted view of this item, returned by chaining setters. */
  protected abstract _self(): Self;

  /** The record, re-checked on every call since sharing may have changed since this view was handed out. */
  protected _item(min: DriveRole = 'reader'): DriveItemState {
    return driveAppItem(this._world, this._id, min);
  }

  /** Sharing needs edit access, and editors lose it when the owner turned off "editors can share". */
  protected _shareable(): DriveItemState {
    const item = this._item('writer');
    const role = effectiveRole(this._world, item.id, this._world.activeUser);
    if (role !== 'owner' && item.writersCanShare === false) throw new FakeServiceError(ACCESS_DENIED);
    return item;
  }

  getId(): string {
    return this._item().id;
  }

  getName(): string {
    return this._item().name;
  }

  setName(name: string): Self {
    const item = this._item('writer');
    item.name = String(name);
    renameCompanion(this._world, item.id, item.name);
    touch(this._world, item);
    return this._self();
  }

  getUrl(): string {
    return itemUrl(this._item());
  }

  getDescription(): string | null {
    return this._item().description || null;
  }

  setDescription(description: string): Self {
    const item = this._item('writer');
    item.description = String(description ?? '');
    touch(this._world, item);
    return this._self();
  }

  getDateCreated(): GoogleAppsScript.Base.Date {
    return new Date(this._item().createdTime);
  }

  getLastUpdated(): GoogleAppsScript.Base.Date {
    return new Date(this._item().modifiedTime);
  }

  getSize(): number {
    const item = this._item();
    return item.content === undefined || isFolder(item) ? 0 : Buffer.byteLength(item.content, 'utf8');
  }

  isTrashed(): boolean {
    return this._item().trashed;
  }

  /** In My Drive only the owner can trash an item; editors get DriveApp's access error. */
  setTrashed(trashed: boolean): Self {
    const item = this._item('owner');
    item.trashed = Boolean(trashed);
    touch(this._world, item);
    return this._self();
  }

  isStarred(): boolean {
    return Boolean(this._item().starredBy?.includes(this._world.activeUser));
  }

  /** Stars are per user in Drive. */
  setStarred(starred: boolean): Self {
    const item = this._item();
    const others = (item.starredBy ?? []).filter((u) => u !== this._world.activeUser);
    item.starredBy = starred ? [...others, this._world.activeUser] : others;
    return this._self();
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const item = this._item();
    const visible = item.parents.filter((p) => {
      const parent = this._world.state.drive[p];
      return parent !== undefined && reachable(this._world, parent);
    });
    return folderIterator(this._world, visible);
  }

  /** Moves to one new parent: needs edit access here and on the destination. */
  moveTo(destination: GoogleAppsScript.Drive.Folder): Self {
    const item = this._item('writer');
    const target = driveAppItem(this._world, idOf(destination), 'writer');
    if (target.id === item.id) throw new FakeServiceError(ACCESS_DENIED);
    item.parents = [target.id];
    touch(this._world, item);
    return this._self();
  }

  getOwner(): GoogleAppsScript.Drive.User {
    return wrapUser(this._world, this._item().owner);
  }

  /** Only the owner can hand ownership over; the old owner stays on as an editor. */
  setOwner(user: UserArg): Self {
    const item = this._item('owner');
    const email = normalizeEmail(emailOf(user));
    const previous = item.owner;
    if (email === previous.toLowerCase()) return this._self();
    setUserRole(this._world, item, previous, 'writer', false);
    setUserRole(this._world, item, email, 'owner', false);
    item.owner = email;
    return this._self();
  }

  /** Owner and editors, including those given access on a folder above; empty for users who cannot edit. */
  getEditors(): GoogleAppsScript.Drive.User[] {
    return this._listed(['owner', 'writer']);
  }

  /** Viewers and commenters (never editors or the owner); empty for users who cannot edit. */
  getViewers(): GoogleAppsScript.Drive.User[] {
    return this._listed(['commenter', 'reader']);
  }

  protected _listed(roles: DriveRole[]): GoogleAppsScript.Drive.User[] {
    const item = this._item();
    if (!hasRole(effectiveRole(this._world, item.id, this._world.activeUser), 'writer')) return [];
    return [...principals(this._world, item)].filter(([, role]) => roles.includes(role)).map(([email]) => wrapUser(this._world, email));
  }

  addEditor(user: UserArg): Self {
    return this._grant([emailOf(user)], 'writer');
  }

  addEditors(emailAddresses: string[]): Self {
    return this._grant(emailAddresses, 'writer');
  }

  addViewer(user: UserArg): Self {
    return this._grant([emailOf(user)], 'reader');
  }

  addViewers(emailAddresses: string[]): Self {
    return this._grant(emailAddresses, 'reader');
  }

  protected _grant(emails: string[], role: DriveRole): Self {
    const item = this._shareable();
    const valid = emails.map(normalizeEmail);
    for (const email of valid) grantAtLeast(this._world, item, email, role);
    return this._self();
  }

  /** Removes an editor; viewers and commenters are left alone, and removing the owner fails. */
  removeEditor(user: UserArg): Self {
    revokeUser(this._shareable(), normalizeEmail(emailOf(user)), ['writer']);
    return this._self();
  }

  /** Removes a viewer or commenter; has no effect on editors. */
  removeViewer(user: UserArg): Self {
    revokeUser(this._shareable(), normalizeEmail(emailOf(user)), ['reader', 'commenter']);
    return this._self();
  }

  revokePermissions(user: UserArg): Self {
    revokeUser(this._shareable(), normalizeEmail(emailOf(user)), ['writer', 'commenter', 'reader']);
    return this._self();
  }

  /** The user's access, counting link sharing and folders above. */
  getAccess(user: UserArg): GoogleAppsScript.Drive.Permission {
    const item = this._item();
    const role = effectiveRole(this._world, item.id, normalizeEmail(emailOf(user)));
    return permissionName(role) as unknown as GoogleAppsScript.Drive.Permission;
  }

  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return generalAccess(this._item()).access as unknown as GoogleAppsScript.Drive.Access;
  }

  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return generalAccess(this._item()).permission as unknown as GoogleAppsScript.Drive.Permission;
  }

  setSharing(accessType: GoogleAppsScript.Drive.Access, permissionType: GoogleAppsScript.Drive.Permission): Self {
    const item = this._shareable();
    setGeneralAccess(item, String(accessType) as AccessName, String(permissionType) as PermissionName);
    return this._self();
  }

  isShareableByEditors(): boolean {
    return this._item().writersCanShare !== false;
  }

  setShareableByEditors(shareable: boolean): Self {
    const item = this._item('owner');
    item.writersCanShare = Boolean(shareable);
    return this._self();
  }
}
