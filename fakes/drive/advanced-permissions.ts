// Advanced Drive v3 `Drive.Permissions`: the same sharing DriveApp edits, as permission resources.

import type { FakeWorld } from '../world';
import { apiItem } from './access';
import { DriveApiError, OWNER_CANNOT_BE_REMOVED } from './errors';
import { pickFields } from './fields';
import { DEFAULT_PERMISSION_FIELDS, permissionResource } from './resource';
import { linkPermission, normalizeEmail, setUserRole } from './sharing';
import type { DriveItemState, DrivePermissionState, DriveRole } from './state';

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
type Args = Record<string, unknown> | undefined;
type PermissionsMember = 'create' | 'get' | 'list' | 'update' | 'remove';

const ROLES: DriveRole[] = ['owner', 'writer', 'commenter', 'reader'];

function roleOf(call: string, role: unknown): DriveRole {
  if (ROLES.includes(role as DriveRole)) return role as DriveRole;
  throw new DriveApiError(call, 400, role ? `The role "${String(role)}" is not valid.` : 'A role must be specified.');
}

function select(p: DrivePermissionState, args: Args): Permission {
  return pickFields(permissionResource(p), typeof args?.fields === 'string' ? args.fields : DEFAULT_PERMISSION_FIELDS) as Permission;
}

function findPermission(call: string, item: DriveItemState, permissionId: string): DrivePermissionState {
  const perm = item.permissions.find((p) => p.id === permissionId);
  if (!perm) throw new DriveApiError(call, 404, `Permission not found: ${permissionId}.`);
  return perm;
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

  /** Shares with a user, a domain or anyone; only users who can edit may share. Emails notify by default. */
  create(resource: Permission, fileId: string, optionalArgs?: Args): Permission {
    const world = this._world;
    const call = 'permissions.create';
    const item = apiItem(world, call, fileId, 'writer');
    const role = roleOf(call, resource.role);
    if (resource.type === 'user') {
      if (!resource.emailAddress) throw new DriveApiError(call, 400, 'The permission emailAddress field is required for type user.');
      const email = normalizeEmail(resource.emailAddress);
      if (role === 'owner') transferOwnership(world, call, item, email, optionalArgs);
      const notify = optionalArgs?.sendNotificationEmail !== false;
      const message = typeof optionalArgs?.emailMessage === 'string' ? optionalArgs.emailMessage : undefined;
      return select(setUserRole(world, item, email, role, notify, message), optionalArgs);
    }
    if (role === 'owner') throw new DriveApiError(call, 400, 'Only a user can own a file.');
    const discoverable = Boolean(resource.allowFileDiscovery);
    if (resource.type !== 'anyone' && resource.type !== 'domain') {
      throw new Error(`not implemented in fakes: Drive.Permissions.create type ${String(resource.type)}`);
    }
    if (resource.type === 'domain' && !resource.domain)
      throw new DriveApiError(call, 400, 'The permission domain field is required for type domain.');
    const perm = linkPermission(resource.type, role, discoverable, resource.domain);
    item.permissions = item.permissions.filter((p) => p.type !== perm.type);
    item.permissions.push(perm);
    return select(perm, optionalArgs);
  }

  get(fileId: string, permissionId: string, optionalArgs?: Args): Permission {
    const item = apiItem(this._world, 'permissions.get', fileId);
    return select(findPermission('permissions.get', item, permissionId), optionalArgs);
  }

  /** The item's own permissions; readers may not list them. */
  list(fileId: string, optionalArgs?: Args): PermissionList {
    const item = apiItem(this._world, 'permissions.list', fileId, 'writer');
    const fields = typeof optionalArgs?.fields === 'string' ? optionalArgs.fields : `kind,permissions(${DEFAULT_PERMISSION_FIELDS})`;
    return pickFields({ kind: 'drive#permissionList', permissions: item.permissions.map(permissionResource) }, fields) as PermissionList;
  }

  update(resource: Permission, fileId: string, permissionId: string, optionalArgs?: Args): Permission {
    const world = this._world;
    const call = 'permissions.update';
    const item = apiItem(world, call, fileId, 'writer');
    const perm = findPermission(call, item, permissionId);
    if (resource.role === undefined) return select(perm, optionalArgs);
    const role = roleOf(call, resource.role);
    if (perm.role === 'owner' && role !== 'owner') throw new DriveApiError(call, 403, OWNER_CANNOT_BE_REMOVED);
    if (role === 'owner' && perm.role !== 'owner') {
      if (perm.type !== 'user' || !perm.emailAddress) throw new DriveApiError(call, 400, 'Only a user can own a file.');
      transferOwnership(world, call, item, perm.emailAddress, optionalArgs);
    }
    perm.role = role;
    return select(perm, optionalArgs);
  }

  remove(fileId: string, permissionId: string): void {
    const call = 'permissions.delete';
    const item = apiItem(this._world, call, fileId, 'writer');
    const perm = findPermission(call, item, permissionId);
    if (perm.role === 'owner') throw new DriveApiError(call, 403, OWNER_CANNOT_BE_REMOVED);
    item.permissions.splice(item.permissions.indexOf(perm), 1);
  }
}

export function fakeDrivePermissions(world: FakeWorld): FakeDrivePermissions {
  return new FakeDrivePermissions(world);
}
