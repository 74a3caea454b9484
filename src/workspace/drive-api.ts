// Thin adapter over the Advanced Drive service v3 (drive.file scope): find the add-on's folders, create them, share per person.

import type { PermissionChange, SeenFolder, SeenPermission } from '../core/drive-diff';
import type { PlannedFolder } from '../core/drive-plan';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
export const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';

/** appProperties the add-on stores on what it creates (private to the add-on, found again with a `has` query). */
export const PROP = { planKey: 'ttPlanKey', program: 'ttProgram', team: 'ttTeam', kind: 'ttKind' } as const;

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** The Advanced Drive service; typed as possibly absent because it exists only when enabled in appsscript.json. */
export function drive(): GoogleAppsScript.Drive {
  if (!Drive) throw new Error('The Advanced Drive service is not enabled for this add-on (appsscript.json › enabledAdvancedServices).');
  return Drive;
}

/** Advanced services take null for "no media"; the typings only list the Blob overloads. */
export const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

const LIST_FIELDS = 'nextPageToken,files(id,name,parents,createdTime,appProperties,permissions(id,type,role,emailAddress,domain))';

/** A Drive query value in single quotes (backslash-escaped as Drive wants). */
export function quoteQuery(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Every file a query matches, page after page: one call per 1000 items. `fields` must ask for nextPageToken. */
export function listAllFiles(q: string, fields: string): DriveFile[] {
  const out: DriveFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = drive().Files.list({ q, fields, pageSize: 1000, ...(pageToken ? { pageToken } : {}) });
    out.push(...(page.files ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

/** Everything the add-on made that carries appProperties[key] = value, with its sharing: one call per 1000 items. */
export function findByAppProperty(key: string, value: string): SeenFolder[] {
  const q = `appProperties has { key=${quoteQuery(key)} and value=${quoteQuery(value)} } and trashed = false`;
  return listAllFiles(q, LIST_FIELDS).map(toSeen);
}

function toSeen(f: DriveFile): SeenFolder {
  return {
    id: f.id ?? '',
    planKey: f.appProperties?.[PROP.planKey] ?? '',
    name: f.name ?? '',
    parents: f.parents ?? [],
    createdTime: f.createdTime ?? undefined,
    permissions: (f.permissions ?? []).map(
      (p): SeenPermission => ({
        id: p.id ?? '',
        type: p.type ?? '',
        role: p.role ?? '',
        ...(p.emailAddress ? { emailAddress: p.emailAddress.toLowerCase() } : {}),
        ...(p.domain ? { domain: p.domain } : {}),
      }),
    ),
  };
}

export function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

/** The link of a planned item: a folder, or the notes-view spreadsheet. */
export function plannedUrl(item: Pick<PlannedFolder, 'isFile'>, id: string): string {
  return item.isFile ? `https://docs.google.com/spreadsheets/d/${id}/edit` : folderUrl(id);
}

function appPropertiesOf(folder: Pick<PlannedFolder, 'key' | 'kind' | 'teamKey'>, programKey: string): Record<string, string> {
  const props: Record<string, string> = { [PROP.planKey]: folder.key, [PROP.program]: programKey, [PROP.kind]: folder.kind };
  if (folder.teamKey) props[PROP.team] = folder.teamKey;
  return props;
}

/**
 * Creates one folder (or, with SHEETS_MIME, the notes-view spreadsheet) in its parent, with its plan key in
 * appProperties in the same call: if the execution stops before the id is written to the workbook, the next attempt
 * finds it again instead of making a second one.
 */
export function createPlanned(
  item: Pick<PlannedFolder, 'key' | 'kind' | 'teamKey' | 'name' | 'description'>,
  parentId: string | null,
  programKey: string,
  mimeType = FOLDER_MIME,
): string {
  const created = drive().Files.create(
    {
      name: item.name,
      mimeType,
      description: item.description,
      appProperties: appPropertiesOf(item, programKey),
      ...(parentId ? { parents: [parentId] } : {}),
    },
    NO_MEDIA,
    { fields: 'id' },
  );
  if (!created.id) throw new Error(`Drive did not return an id for "${item.name}".`);
  return created.id;
}

export function createFolder(folder: PlannedFolder, parentId: string | null, programKey: string, owner: string): SeenFolder {
  return {
    id: createPlanned(folder, parentId, programKey),
    planKey: folder.key,
    name: folder.name,
    parents: parentId ? [parentId] : [],
    permissions: [{ id: 'owner', type: 'user', role: 'owner', emailAddress: owner }],
  };
}

/** Whether Drive says the item is already gone (so removing a permission that is gone is success). */
function isNotFound(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /not found|404/i.test(message);
}

/**
 * Applies one permission change: one call. Only the team folder's grant emails the person (one email per team, not
 * one per folder). A removal of something already gone counts as done, so a repeated run never fails on it.
 */
export function applyPermissionChange(fileId: string, change: PermissionChange, notify: boolean, message?: string): void {
  if (change.op === 'add') {
    drive().Permissions.create({ type: 'user', role: change.role, emailAddress: change.principal }, fileId, {
      sendNotificationEmail: notify,
      ...(notify && message ? { emailMessage: message } : {}),
      fields: 'id',
    });
    return;
  }
  if (!change.permissionId) throw new Error(`No permission id for ${change.principal} on ${change.path}.`);
  if (change.op === 'update') {
    drive().Permissions.update({ role: change.role }, fileId, change.permissionId, { fields: 'id' });
    return;
  }
  try {
    drive().Permissions.remove(fileId, change.permissionId);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
