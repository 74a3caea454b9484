// Advanced Drive v3 `Drive.Files`: create/get/list/update/copy/remove over the same records DriveApp uses.

import type { FakeWorld } from '../world';
import { apiItem, insufficient, searchable, shareableItem, touch } from './access';
import { createCompanion, deleteCompanion } from './companion';
import { copyItem } from './create';
import { CANNOT_ADD_PARENT, DriveApiError } from './errors';
import { exportFile } from './export';
import { pickFields } from './fields';
import { createDriveItem, effectiveRole, hasRole } from './items';
import { compileQuery, withTrashSemantics } from './query';
import { DEFAULT_FILE_FIELDS, fileResource, selectFile } from './resource';
import { type DriveItemState, SHORTCUT_MIME } from './state';
import { descendants } from './tree';

type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type Args = Record<string, unknown> | undefined;
type FilesMember = 'create' | 'get' | 'list' | 'update' | 'copy' | 'remove' | 'export';

const MAX_PAGE = 1000;

function splitIds(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

function fieldsOf(args: Args): string | undefined {
  return typeof args?.fields === 'string' ? args.fields : undefined;
}

class FakeDriveFiles implements Pick<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection, FilesMember> {
  constructor(private readonly _world: FakeWorld) {}

  create(resource: FileResource, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Args): FileResource {
    const world = this._world;
    const parents = resource.parents ?? [];
    if (parents.length > 1) throw new DriveApiError('files.create', 403, CANNOT_ADD_PARENT);
    const parentId = parents[0] ? apiItem(world, 'files.create', parents[0], 'writer').id : undefined;
    const mimeType = resource.mimeType ?? mediaData?.getContentType() ?? 'application/octet-stream';
    let shortcutTargetId: string | undefined;
    if (mimeType === SHORTCUT_MIME) {
      const targetId = resource.shortcutDetails?.targetId;
      if (!targetId) throw new DriveApiError('files.create', 400, 'A shortcut must have a target: shortcutDetails.targetId is required.');
      shortcutTargetId = apiItem(world, 'files.create', targetId).id;
    }
    const item = createDriveItem(world, {
      name: resource.name ?? 'Untitled',
      mimeType,
      parentId,
      content: mediaData ? mediaData.getDataAsString() : undefined,
      shortcutTargetId,
      // Created by this user's add-on through the Drive API: under drive.file it may reach the item from now on.
      appGrant: true,
    });
    item.description = resource.description ?? '';
    item.appProperties = Object.fromEntries(Object.entries(resource.appProperties ?? {}).map(([k, v]) => [k, String(v)]));
    if (resource.starred) item.starredBy = [world.activeUser];
    if (resource.writersCanShare === false) item.writersCanShare = false;
    if (resource.copyRequiresWriterPermission) item.copyRequiresWriterPermission = true;
    createCompanion(world, item);
    return selectFile(world, item, fieldsOf(optionalArgs)) as FileResource;
  }

  /** `alt: 'media'` returns the content itself, as the typings' overload says. */
  get(fileId: string, optionalArgs?: Args): FileResource & string {
    const item = apiItem(this._world, 'files.get', fileId);
    if (optionalArgs?.alt === 'media') return (item.content ?? '') as FileResource & string;
    return selectFile(this._world, item, fieldsOf(optionalArgs)) as unknown as FileResource & string;
  }

  /** Searches what the user can see (trashed items too unless the query excludes them), in pages. */
  list(optionalArgs?: Args): FileList {
    const world = this._world;
    const q = typeof optionalArgs?.q === 'string' ? optionalArgs.q : '';
    const predicate = compileQuery(world, q, 'v3', () => {
      throw new DriveApiError('files.list', 400, 'Invalid Value');
    });
    const matches = withTrashSemantics(world, searchable(world)).filter(predicate);
    const ordered = orderItems(matches, typeof optionalArgs?.orderBy === 'string' ? optionalArgs.orderBy : '');
    const pageSize = Math.min(Math.max(Number(optionalArgs?.pageSize ?? 100) || 100, 1), MAX_PAGE);
    const offset = typeof optionalArgs?.pageToken === 'string' && optionalArgs.pageToken ? decodeToken(optionalArgs.pageToken) : 0;
    const page = ordered.slice(offset, offset + pageSize);
    const list: Record<string, unknown> = {
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: page.map((i) => fileResource(world, world.state.drive[i.id])),
    };
    if (offset + pageSize < ordered.length) list.nextPageToken = encodeToken(offset + pageSize);
    const fields = fieldsOf(optionalArgs) ?? `kind,incompleteSearch,nextPageToken,files(${DEFAULT_FILE_FIELDS})`;
    return pickFields(list, fields) as FileList;
  }

  update(resource: FileResource, fileId: string, mediaData?: GoogleAppsScript.Base.Blob | null, optionalArgs?: Args): FileResource {
    const world = this._world;
    const item = apiItem(world, 'files.update', fileId, 'writer');
    if (resource.parents !== undefined) {
      throw new DriveApiError(
        'files.update',
        403,
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
      );
    }
    if (resource.trashed !== undefined && resource.trashed !== item.trashed) apiItem(world, 'files.update', fileId, 'owner');
    // Only the owner decides whether editors may share; changing copyRequiresWriterPermission takes one who may share.
    // https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File.FIELDS.writers_can_share
    const writersCanShare = resource.writersCanShare;
    if (writersCanShare !== undefined && writersCanShare !== null && Boolean(writersCanShare) !== (item.writersCanShare !== false)) {
      apiItem(world, 'files.update', fileId, 'owner');
    }
    const copyRestricted = resource.copyRequiresWriterPermission;
    if (copyRestricted !== undefined && copyRestricted !== null && Boolean(copyRestricted) !== Boolean(item.copyRequiresWriterPermission)) {
      shareableItem(world, 'files.update', fileId);
    }
    const removing = splitIds(optionalArgs?.removeParents);
    const adding = splitIds(optionalArgs?.addParents).map((id) => apiItem(world, 'files.update', id, 'writer').id);
    const parents = [...item.parents.filter((p) => !removing.includes(p)), ...adding.filter((p) => !item.parents.includes(p))];
    if (parents.length > Math.max(1, item.parents.length)) throw new DriveApiError('files.update', 403, CANNOT_ADD_PARENT);
    item.parents = [...new Set(parents)];
    if (resource.name !== undefined) item.name = resource.name;
    if (resource.description !== undefined) item.description = resource.description ?? '';
    if (resource.trashed !== undefined) item.trashed = Boolean(resource.trashed);
    if (writersCanShare !== undefined && writersCanShare !== null) item.writersCanShare = Boolean(writersCanShare);
    if (copyRestricted !== undefined && copyRestricted !== null) item.copyRequiresWriterPermission = Boolean(copyRestricted);
    for (const [key, value] of Object.entries(resource.appProperties ?? {})) {
      if (value === null) delete item.appProperties[key];
      else item.appProperties[key] = String(value);
    }
    if (mediaData) item.content = mediaData.getDataAsString();
    touch(world, item);
    return selectFile(world, item, fieldsOf(optionalArgs)) as FileResource;
  }

  copy(resource: FileResource, fileId: string, optionalArgs?: Args): FileResource {
    const world = this._world;
    const source = apiItem(world, 'files.copy', fileId);
    // Readers and commenters may not copy a file whose owner turned on copyRequiresWriterPermission.
    // https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File.FIELDS.copy_requires_writer_permission
    if (source.copyRequiresWriterPermission && !hasRole(effectiveRole(world, fileId, world.activeUser), 'writer')) throw insufficient('files.copy');
    const parentId = resource.parents?.[0] ? apiItem(world, 'files.copy', resource.parents[0], 'writer').id : undefined;
    const copy = copyItem(world, source, resource.name ?? `Copy of ${source.name}`, parentId);
    if (resource.description !== undefined) copy.description = resource.description ?? '';
    // The request body's appProperties apply to the copy, over those it carries from the original (null removes one).
    for (const [key, value] of Object.entries(resource.appProperties ?? {})) {
      if (value === null) delete copy.appProperties[key];
      else copy.appProperties[key] = String(value);
    }
    return selectFile(world, copy, fieldsOf(optionalArgs)) as FileResource;
  }

  /** A Google Doc as PDF or text (fakes/drive/export.ts has the rules and their pages). */
  // The typings say void; Apps Script returns the Blob when asked with alt: 'media' (see export.ts).
  export(fileId: string, mimeType: string, optionalArgs?: Args): GoogleAppsScript.Base.Blob {
    return exportFile(this._world, fileId, mimeType, optionalArgs);
  }

  /** Deletes for good (no trash): owner only; a folder takes the user's items inside it along. */
  remove(fileId: string): void {
    const world = this._world;
    const item = apiItem(world, 'files.delete', fileId, 'owner');
    const doomed = [item, ...descendants(world, item.id).filter((d) => d.owner === item.owner)];
    for (const d of doomed) {
      delete world.state.drive[d.id];
      deleteCompanion(world, d.id);
    }
    for (const other of Object.values(world.state.drive)) other.parents = other.parents.filter((p) => world.state.drive[p]);
  }
}

function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeToken(token: string): number {
  try {
    const { o } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o: number };
    if (Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through to Drive's error
  }
  throw new DriveApiError('files.list', 400, 'Invalid Value');
}

/** Supports orderBy keys name, createdTime, modifiedTime and folder, each optionally ` desc`. */
function orderItems(items: DriveItemState[], orderBy: string): DriveItemState[] {
  const keys = orderBy
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!keys.length) return items;
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const [field, dir] = key.split(/\s+/);
      const sign = dir === 'desc' ? -1 : 1;
      const get = (i: DriveItemState): string | number =>
        field === 'name'
          ? i.name.toLowerCase()
          : field === 'createdTime'
            ? i.createdTime
            : field === 'modifiedTime'
              ? i.modifiedTime
              : field === 'folder'
                ? i.mimeType.endsWith('folder')
                  ? 0
                  : 1
                : 0;
      const [x, y] = [get(a), get(b)];
      if (x < y) return -sign;
      if (x > y) return sign;
    }
    return 0;
  });
}

export function fakeDriveFiles(world: FakeWorld): FakeDriveFiles {
  return new FakeDriveFiles(world);
}
