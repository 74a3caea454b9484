// Drive records rendered as Drive API v3 resources (File, Permission), as the active user sees them.

import type { FakeWorld } from '../world';
import { pickFields } from './fields';
import { type PermissionView, permissionViews } from './inherited';
import { effectiveRole, hasRole, userPermissionId } from './items';
import type { DriveItemState } from './state';
import { inTrash, isFolder, itemUrl } from './tree';

/** What Drive returns when the request names no fields. */
export const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
export const DEFAULT_PERMISSION_FIELDS = 'kind,id,type,role';

/**
 * One permission as Drive v3 renders it. `permissionDetails` says whether the role is granted on the item itself
 * or passed down from a folder (one detail each); `inheritedFrom` is left out, as Drive "only populates it for
 * items in shared drives" and these are My Drive items.
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions#Permission.FIELDS.permission_details
 */
export function permissionResource(p: PermissionView): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: 'drive#permission', id: p.id, type: p.type, role: p.role };
  if (p.emailAddress) out.emailAddress = p.emailAddress;
  if (p.domain) out.domain = p.domain;
  if (p.allowFileDiscovery !== undefined) out.allowFileDiscovery = p.allowFileDiscovery;
  const details: Record<string, unknown>[] = [];
  if (p.direct) details.push({ permissionType: 'file', role: p.direct, inherited: false });
  if (p.inherited) details.push({ permissionType: 'file', role: p.inherited, inherited: true });
  out.permissionDetails = details;
  out.deleted = false;
  return out;
}

/** The full File resource; `fields` trims it. Permissions (inherited ones included) are only shown to editors. */
export function fileResource(world: FakeWorld, item: DriveItemState): Record<string, unknown> {
  const user = world.activeUser;
  const role = effectiveRole(world, item.id, user);
  const canEdit = hasRole(role, 'writer');
  const canShare = canEdit && (role === 'owner' || item.writersCanShare !== false);
  const permissions = permissionViews(world, item);
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
    shared: permissions.length > 1,
    writersCanShare: item.writersCanShare !== false,
    copyRequiresWriterPermission: Boolean(item.copyRequiresWriterPermission),
    appProperties: { ...item.appProperties },
    webViewLink: itemUrl(item),
    capabilities: {
      canEdit,
      canComment: hasRole(role, 'commenter'),
      canShare,
      canChangeCopyRequiresWriterPermission: canShare,
      canAddChildren: canEdit && isFolder(item),
      canRename: canEdit,
      canTrash: role === 'owner',
      canDelete: role === 'owner',
      canCopy: !isFolder(item) && (canEdit || !item.copyRequiresWriterPermission),
    },
  };
  if (item.content !== undefined) out.size = String(Buffer.byteLength(item.content, 'utf8'));
  if (item.shortcutTargetId) out.shortcutDetails = { targetId: item.shortcutTargetId, targetMimeType: target?.mimeType };
  if (canEdit) out.permissions = permissions.map(permissionResource);
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

export function selectFile(world: FakeWorld, item: DriveItemState, fields?: string): Record<string, unknown> {
  return pickFields(fileResource(world, item), fields ?? DEFAULT_FILE_FIELDS);
}
