// Thin adapter over the Advanced Drive service v3 (drive.file scope): find the add-on's folders, create them, share per person.

import { directRole, type PermissionChange, type SeenFolder, type SeenPermission } from '../core/drive-diff';
import { type PlannedFolder, roleRank } from '../core/drive-plan';

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

/** Permissions with their details: whether each role is granted on the item itself or passed down from a folder. */
const PERMISSION_FIELDS = 'permissions(id,type,role,emailAddress,domain,permissionDetails(role,inherited))';
const FILE_FIELDS = `id,name,parents,createdTime,appProperties,writersCanShare,${PERMISSION_FIELDS}`;
const LIST_FIELDS = `nextPageToken,files(${FILE_FIELDS})`;

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

/**
 * Everything the add-on made for the program (by appProperties) and every other file it can list (generated
 * documents, shortcuts: under drive.file only what this user's add-on made or was given), in one paged listing.
 */
export function listProgram(programKey: string): { found: SeenFolder[]; contents: SeenFolder[] } {
  const mine = `appProperties has { key=${quoteQuery(PROP.program)} and value=${quoteQuery(programKey)} }`;
  const q = `(${mine} or mimeType != ${quoteQuery(FOLDER_MIME)}) and trashed = false`;
  const found: SeenFolder[] = [];
  const contents: SeenFolder[] = [];
  for (const f of listAllFiles(q, LIST_FIELDS)) {
    const seen = toSeen(f);
    if (f.appProperties?.[PROP.program] === programKey && seen.planKey) found.push(seen);
    else contents.push(seen);
  }
  return { found, contents };
}

/** One item by the id the Drive Folders sheet stores, or null when Drive no longer has it (deleted, trashed). */
export function getStored(id: string): SeenFolder | null {
  try {
    const f = drive().Files.get(id, { fields: `${FILE_FIELDS},trashed` });
    return f.trashed ? null : toSeen(f);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function toSeen(f: DriveFile): SeenFolder {
  return {
    id: f.id ?? '',
    planKey: f.appProperties?.[PROP.planKey] ?? '',
    name: f.name ?? '',
    parents: f.parents ?? [],
    createdTime: f.createdTime ?? undefined,
    ...(f.writersCanShare === false ? { writersCanShare: false } : f.writersCanShare === true ? { writersCanShare: true } : {}),
    permissions: (f.permissions ?? []).map(toSeenPermission),
  };
}

/**
 * A permission with where its role comes from. Drive v3 lists a folder's sharing on every item inside it, and
 * `permissionDetails` says which part is the item's own (`inherited: false`) and which is passed down.
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions#Permission.FIELDS.permission_details
 */
function toSeenPermission(p: GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission): SeenPermission {
  const out: SeenPermission = {
    id: p.id ?? '',
    type: p.type ?? '',
    role: p.role ?? '',
    ...(p.emailAddress ? { emailAddress: p.emailAddress.toLowerCase() } : {}),
    ...(p.domain ? { domain: p.domain } : {}),
  };
  const details = p.permissionDetails ?? [];
  if (details.length) {
    out.direct = bestRole(details.filter((d) => d.inherited === false).map((d) => d.role ?? ''));
    out.inherited = bestRole(details.filter((d) => d.inherited === true).map((d) => d.role ?? ''));
  }
  return out;
}

function bestRole(roles: readonly string[]): string | null {
  return roles.reduce<string | null>((best, r) => (r && roleRank(r) > roleRank(best) ? r : best), null);
}

export function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

/** The link of a planned item: a folder, or the team workbook. */
export function plannedUrl(item: Pick<PlannedFolder, 'isFile'>, id: string): string {
  return item.isFile ? `https://docs.google.com/spreadsheets/d/${id}/edit` : folderUrl(id);
}

function appPropertiesOf(folder: Pick<PlannedFolder, 'key' | 'kind' | 'teamKey'>, programKey: string): Record<string, string> {
  const props: Record<string, string> = { [PROP.planKey]: folder.key, [PROP.program]: programKey, [PROP.kind]: folder.kind };
  if (folder.teamKey) props[PROP.team] = folder.teamKey;
  return props;
}

/**
 * Creates one folder (or, with SHEETS_MIME, the team workbook) in its parent, with its plan key in appProperties in
 * the same call: if the execution stops before the id is written to the workbook, the next attempt finds it again
 * instead of making a second one. Made through the Drive API, the item carries this user's drive.file grant. Where
 * editors must not share onward, writersCanShare is off from the start (a File field files.create accepts).
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File.FIELDS.writers_can_share
 */
export function createPlanned(
  item: Pick<PlannedFolder, 'key' | 'kind' | 'teamKey' | 'name' | 'description' | 'noOnwardSharing'>,
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
      ...(item.noOnwardSharing ? { writersCanShare: false } : {}),
    },
    NO_MEDIA,
    { fields: 'id' },
  );
  if (!created.id) throw new Error(`Drive did not return an id for "${item.name}".`);
  return created.id;
}

/** Creates a planned folder or team workbook; what Drive then holds, as a listing would show it. */
/** The permissions of an item just created: its owner, nothing inherited listed yet. */
export function ownerOnly(owner: string): SeenFolder['permissions'] {
  return [{ id: 'owner', type: 'user', role: 'owner', emailAddress: owner, direct: 'owner', inherited: null }];
}

export function createFolder(folder: PlannedFolder, parentId: string | null, programKey: string, owner: string): SeenFolder {
  return {
    id: createPlanned(folder, parentId, programKey, folder.isFile ? SHEETS_MIME : FOLDER_MIME),
    planKey: folder.key,
    name: folder.name,
    parents: parentId ? [parentId] : [],
    permissions: ownerOnly(owner),
    ...(folder.noOnwardSharing ? { writersCanShare: false } : {}),
  };
}

/** Turns off sharing by editors (Student Data, the team workbook): one files.update, only when it is on. */
export function stopOnwardSharing(seen: SeenFolder): boolean {
  if (seen.writersCanShare === false) return false;
  drive().Files.update({ writersCanShare: false }, seen.id, NO_MEDIA, { fields: 'id' });
  seen.writersCanShare = false;
  return true;
}

/**
 * Brings a recorded item the program made without its plan key (a team workbook made before provisioning did it)
 * under the plan: tags it and moves it into its folder, in one files.update.
 */
export function adoptPlanned(seen: SeenFolder, item: PlannedFolder, parentId: string, programKey: string): SeenFolder {
  const elsewhere = seen.parents.filter((p) => p !== parentId);
  drive().Files.update({ appProperties: appPropertiesOf(item, programKey) }, seen.id, NO_MEDIA, {
    fields: 'id',
    ...(seen.parents.includes(parentId) ? {} : { addParents: parentId }),
    ...(elsewhere.length ? { removeParents: elsewhere.join(',') } : {}),
  });
  // Moved: what the old parent passed down is gone, the new one's comes with the next listing.
  return { ...seen, planKey: item.key, parents: [parentId], permissions: seen.permissions.filter((p) => directRole(p) !== null) };
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
export function applyPermissionChange(fileId: string, change: PermissionChange, notify = false, message?: string): void {
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
