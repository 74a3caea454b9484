// Drive records rendered as Drive API v3 resources (File, Permission), as the active user sees them.

import type { FakeWorld } from '../world';
import { pickFields } from './fields';
import { effectiveRole, hasRole, userPermissionId } from './items';
import type { DriveItemState, DrivePermissionState } from './state';
import { inTrash, isFolder, itemUrl } from './tree';

/** What Drive returns when the request names no fields. */
export const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
export const DEFAULT_PERMISSION_FIELDS = 'kind,id,type,role';

export function permissionResource(p: DrivePermissionState): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: 'drive#permission', id: p.id, type: p.type, role: p.role };
  if (p.emailAddress) out.emailAddress = p.emailAddress;
  if (p.domain) out.domain = p.domain;
  if (p.allowFileDiscovery !== undefined) out.allowFileDiscovery = p.allowFileDiscovery;
  out.deleted = false;
  return out;
}

/** The full File resource; `fields` trims it. Permissions are only shown to users who may share. */
export function fileResource(world: FakeWorld, item: DriveItemState): Record<string, unknown> {
  const user = world.activeUser;
  const role = effectiveRole(world, item.id, user);
  const canEdit = hasRole(role, 'writer');
  const target = item.shortcutTargetId ? world.state.drive[item.shortcutTargetId] : undefined;
  const out: Record<string, unknown> = {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    description: item.description || undefined,
    parents: [...item.parents],
    trashed: inTrash(world, item),
    explicitlyTrashed: item.trashed,
    starred: Boolean(item.starredBy?.includes(user)),
    createdTime: new Date(item.createdTime).toISOString(),
    modifiedTime: new Date(item.modifiedTime).toISOString(),
    owners: [
      {
        kind: 'drive#user',
        emailAddress: item.owner,
        displayName: item.owner.split('@')[0],
        me: item.owner === user,
        permissionId: userPermissionId(item.owner),
      },
    ],
    ownedByMe: item.owner === user,
    shared: item.permissions.length > 1,
    appProperties: { ...item.appProperties },
    webViewLink: itemUrl(item),
    capabilities: {
      canEdit,
      canComment: hasRole(role, 'commenter'),
      canShare: canEdit && (role === 'owner' || item.writersCanShare !== false),
      canAddChildren: canEdit && isFolder(item),
      canRename: canEdit,
      canTrash: role === 'owner',
      canDelete: role === 'owner',
      canCopy: !isFolder(item),
    },
  };
  if (item.content !== undefined) out.size = String(Buffer.byteLength(item.content, 'utf8'));
  if (item.shortcutTargetId) out.shortcutDetails = { targetId: item.shortcutTargetId, targetMimeType: target?.mimeType };
  if (canEdit) out.permissions = item.permissions.map(permissionResource);
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

export function selectFile(world: FakeWorld, item: DriveItemState, fields?: string): Record<string, unknown> {
  return pickFields(fileResource(world, item), fields ?? DEFAULT_FILE_FIELDS);
}
