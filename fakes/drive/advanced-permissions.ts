// Advanced Drive v3 `Drive.Permissions`: the same sharing DriveApp edits, as permission resources (inherited ones included).

import type { FakeWorld } from '../world';
import { apiItem, shareableItem } from './access';
import { CANNOT_DELETE_PERMISSION, CANNOT_MODIFY_INHERITED, DriveApiError, OWNER_CANNOT_BE_REMOVED } from './errors';
import { pickFields } from './fields';
import { type PermissionView, permissionView, permissionViews } from './inherited';
import { hasRole, userPermissionId } from './items';
import { DEFAULT_PERMISSION_FIELDS, permissionResource } from './resource';
import { linkPermission, normalizeEmail, setUserRole } from './sharing';
import type { DriveItemState, DriveRole } from './state';

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
type Args = Record<string, unknown> | undefined;
type PermissionsMember = 'create' | 'get' | 'list' | 'update' | 'remove';

const ROLES: DriveRole[] = ['owner', 'writer', 'commenter', 'reader'];

function roleOf(call: string, role: unknown): DriveRole {
  if (ROLES.includes(role as DriveRole)) return role as DriveRole;
  throw new DriveApiError(call, 400, role ? `The role "${String(role)}" is not valid.` : 'A role must be specified.');
}

function select(p: PermissionView, args: Args): Permission {
  return pickFields(permissionResource(p), typeof args?.fields === 'string' ? args.fields : DEFAULT_PERMISSION_FIELDS) as Permission;
}

function findPermission(world: FakeWorld, call: string, item: DriveItemState, permissionId: string): PermissionView {
  const perm = permissionView(world, item, permissionId);
  if (!perm) throw new DriveApiError(call, 404, `Permission not found: ${permissionId}.`, 'notFound');
  return perm;
}

/** The item's permission with this id as it now stands (after a change), for the response. */
function current(world: FakeWorld, item: DriveItemState, permissionId: string): PermissionView {
  return permissionView(world, item, permissionId) as PermissionView;
}

/**
 * A role below what a folder above passes down is refused on the child, whether asked by create or update:
 * inherited access "cannot be reduced on children".
 * https://developers.google.com/workspace/drive/api/guides/manage-sharing
 */
function refuseBelowInherited(world: FakeWorld, call: string, item: DriveItemState, permissionId: string, role: DriveRole): void {
  const inherited = permissionView(world, item, permissionId)?.inherited;
  if (inherited && !hasRole(role, inherited)) throw new DriveApiError(call, 403, CANNOT_MODIFY_INHERITED, 'cannotModifyInheritedPermission');
}

/** Ownership moves only with transferOwnership; the old owner stays as a writer. */
function transferOwnership(world: FakeWorld, call: string, item: DriveItemState, email: string, args: Args): void {
  if (args?.transferOwnership !== true) {
    throw new DriveApiError(call, 403, "The transferOwnership parameter must be enabled when the permission role is 'owner'.");
  }
  apiItem(world, call, item.id, 'owner');
  setUserRole(world, item, item.owner, 'writer', false);
  item.owner = email;
}

class FakeDrivePermissions implements Pick<GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection, PermissionsMember> {
  constructor(private readonly _world: FakeWorld) {}

  /**
   * Shares with a user, a domain or anyone; only users who may share (owners, and writers while writersCanShare
   * is on) can. Emails notify by default. A direct role above an inherited one is a raise, which children allow.
   */
  create(resource: Permission, fileId: string, optionalArgs?: Args): Permission {
    const world = this._world;
    const call = 'permissions.create';
    const item = shareableItem(world, call, fileId);
    const role = roleOf(call, resource.role);
    if (resource.type === 'user') {
      if (!resource.emailAddress) throw new DriveApiError(call, 400, 'The permission emailAddress field is required for type user.');
      const email = normalizeEmail(resource.emailAddress);
      refuseBelowInherited(world, call, item, userPermissionId(email), role);
      if (role === 'owner') transferOwnership(world, call, item, email, optionalArgs);
      const notify = optionalArgs?.sendNotificationEmail !== false;
      const message = typeof optionalArgs?.emailMessage === 'string' ? optionalArgs.emailMessage : undefined;
      const perm = setUserRole(world, item, email, role, notify, message);
      return select(current(world, item, perm.id), optionalArgs);
    }
    if (role === 'owner') throw new DriveApiError(call, 400, 'Only a user can own a file.');
    const discoverable = Boolean(resource.allowFileDiscovery);
    if (resource.type !== 'anyone' && resource.type !== 'domain') {
      throw new Error(`not implemented in fakes: Drive.Permissions.create type ${String(resource.type)}`);
    }
    if (resource.type === 'domain' && !resource.domain)
      throw new DriveApiError(call, 400, 'The permission domain field is required for type domain.');
    const perm = linkPermission(resource.type, role, discoverable, resource.domain);
    refuseBelowInherited(world, call, item, perm.id, role);
    item.permissions = item.permissions.filter((p) => p.type !== perm.type);
    item.permissions.push(perm);
    return select(current(world, item, perm.id), optionalArgs);
  }

  get(fileId: string, permissionId: string, optionalArgs?: Args): Permission {
    const item = apiItem(this._world, 'permissions.get', fileId);
    return select(findPermission(this._world, 'permissions.get', item, permissionId), optionalArgs);
  }

  /** The item's permissions, those its folders pass down included; readers may not list them. */
  list(fileId: string, optionalArgs?: Args): PermissionList {
    const item = apiItem(this._world, 'permissions.list', fileId, 'writer');
    const fields = typeof optionalArgs?.fields === 'string' ? optionalArgs.fields : `kind,permissions(${DEFAULT_PERMISSION_FIELDS})`;
    const permissions = permissionViews(this._world, item).map(permissionResource);
    return pickFields({ kind: 'drive#permissionList', permissions }, fields) as PermissionList;
  }

  /**
   * Sets the principal's role on this item. Below what a folder above passes down it fails (inherited access
   * "cannot be reduced on children"); at or above it the item's own entry is set, so raising below works.
   * https://developers.google.com/workspace/drive/api/guides/manage-sharing
   */
  update(resource: Permission, fileId: string, permissionId: string, optionalArgs?: Args): Permission {
    const world = this._world;
    const call = 'permissions.update';
    const item = shareableItem(world, call, fileId);
    const perm = findPermission(world, call, item, permissionId);
    if (resource.role === undefined) return select(perm, optionalArgs);
    const role = roleOf(call, resource.role);
    if (perm.direct === 'owner' && role !== 'owner') throw new DriveApiError(call, 403, OWNER_CANNOT_BE_REMOVED);
    refuseBelowInherited(world, call, item, permissionId, role);
    if (role === 'owner' && perm.direct !== 'owner') {
      if (perm.type !== 'user' || !perm.emailAddress) throw new DriveApiError(call, 400, 'Only a user can own a file.');
      transferOwnership(world, call, item, perm.emailAddress, optionalArgs);
    }
    const own = item.permissions.find((p) => p.id === permissionId);
    if (own) own.role = role;
    else if (perm.type === 'user' && perm.emailAddress) setUserRole(world, item, perm.emailAddress, role, false);
    else item.permissions.push({ ...stripView(perm), role });
    return select(current(world, item, permissionId), optionalArgs);
  }

  /**
   * Removes the item's own entry for the principal. An entry that only comes from a folder above cannot be removed
   * here: it must be removed on the folder that grants it, and then every child loses it.
   * https://developers.google.com/workspace/drive/api/guides/manage-sharing
   */
  remove(fileId: string, permissionId: string): void {
    const world = this._world;
    const call = 'permissions.delete';
    const item = shareableItem(world, call, fileId);
    const perm = findPermission(world, call, item, permissionId);
    if (perm.direct === 'owner') throw new DriveApiError(call, 403, OWNER_CANNOT_BE_REMOVED);
    if (perm.direct === null) throw new DriveApiError(call, 403, CANNOT_DELETE_PERMISSION, 'cannotDeletePermission');
    item.permissions = item.permissions.filter((p) => p.id !== permissionId);
  }
}

/** The stored permission behind a view (without the view's direct/inherited bookkeeping). */
function stripView(view: PermissionView): Omit<PermissionView, 'direct' | 'inherited'> {
  const { direct: _direct, inherited: _inherited, ...perm } = view;
  return perm;
}

export function fakeDrivePermissions(world: FakeWorld): FakeDrivePermissions {
  return new FakeDrivePermissions(world);
}
