// Teachers share lesson materials: files and a Classroom Materials folder picked with the Google Picker (which grants
// this teacher's add-on both) become shortcuts in that folder, and the files are shared per person with the roles
// the folder passes down. The teacher keeps ownership; the add-on never searches Drive for team folders.

import type { Caller } from '../core/access/roles';
import { effectiveRoles, isLinkSharing, type SeenPermission } from '../core/drive-diff';
import { FOLDER_NAMES, MATERIAL_CATEGORIES, type MaterialCategory, programKeyOf, roleRank, teamKeyOf } from '../core/drive-plan';
import type { Text } from '../core/i18n/catalog';
import type { Locale } from '../core/i18n/locale';
import { shareServerText } from '../core/i18n/messages/share-materials';
import { drive, FOLDER_MIME, listAllFiles, PROP, quoteQuery, SHORTCUT_MIME } from './drive-api';

/** A folder the caller may not share into; the dialog shows the message beside the folder choice. */
export class ShareRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShareRefusedError';
  }
}

export interface ShareMaterialsInput {
  /** The Classroom Materials category folder the teacher picked. */
  folderId: string;
  /** The files the teacher picked. */
  fileIds: string[];
}

export interface SharedFile {
  input: string;
  name: string;
  ok: boolean;
  message: string;
}

/**
 * What a share knows about who asks: their roles and teams, the program's master workbook (whose id keys the folders),
 * and their language (what each file's line and a refusal are said in).
 */
export interface Sharer {
  caller: Caller;
  masterId: string;
  locale: Locale;
}

type Say = Text<typeof shareServerText.en>;

/** The refusal of a folder that is not one of the program's category folders, naming those folders as Drive does. */
export const pickACategory = (locale: Locale): string =>
  shareServerText.t(locale, 'pickCategory', { folders: MATERIAL_CATEGORIES.map((c) => FOLDER_NAMES[c]).join(', ') });

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

const FOLDER_FIELDS = 'id,name,mimeType,trashed,appProperties,permissions(id,type,role,emailAddress,domain)';

/**
 * The picked folder, checked: the add-on's own Classroom Materials category folder of this program (its appProperties,
 * which any user of the same add-on reads), of a team the caller teaches (coordinators: every team). 1 call.
 */
function pickedCategoryFolder(folderId: string, who: Sharer): { folder: DriveFile; category: MaterialCategory } {
  let folder: DriveFile;
  try {
    folder = drive().Files.get(folderId, { fields: FOLDER_FIELDS });
  } catch {
    throw new ShareRefusedError(shareServerText.t(who.locale, 'folderNotGiven'));
  }
  const props = folder.appProperties ?? {};
  const category = props[PROP.kind] as MaterialCategory;
  const programKey = programKeyOf(who.masterId);
  if (folder.mimeType !== FOLDER_MIME || folder.trashed || !MATERIAL_CATEGORIES.includes(category) || props[PROP.program] !== programKey)
    throw new ShareRefusedError(pickACategory(who.locale));
  const mine = who.caller.teams.map((t) => teamKeyOf(programKey, t));
  if (!who.caller.roles.includes('coordinator') && !mine.includes(props[PROP.team] ?? ''))
    throw new ShareRefusedError(shareServerText.t(who.locale, 'otherTeam'));
  return { folder, category };
}

/**
 * Adds each file as a shortcut in the picked category folder (once: a second share of the same file changes nothing)
 * and gives each person the role that folder passes down (its listing includes what the team folder passes down),
 * per person, never by link. Calls: 1 to read the folder, 1 to list its shortcuts, then per file 1 read, 1 shortcut if
 * new, and 1 per person who lacks access.
 */
export function shareMaterials(input: ShareMaterialsInput, who: Sharer): SharedFile[] {
  const { folder, category } = pickedCategoryFolder(input.folderId, who);
  const folderId = folder.id ?? input.folderId;
  const me = who.caller.email;
  const say = shareServerText.in(who.locale);
  const seen: SeenPermission[] = (folder.permissions ?? []).map((p) => ({
    id: p.id ?? '',
    type: p.type ?? '',
    role: p.role ?? '',
    ...(p.emailAddress ? { emailAddress: p.emailAddress.toLowerCase() } : {}),
    ...(p.domain ? { domain: p.domain } : {}),
  }));
  const wanted = effectiveRoles([{ id: folderId, planKey: '', name: '', parents: [], permissions: seen.filter((p) => !isLinkSharing(p)) }]);
  // Checked before anything is shared: someone who only views or comments here must not hand out access to files.
  if (roleRank(wanted.get(me)) < roleRank('writer')) throw new ShareRefusedError(say('onlyWriters', { folder: FOLDER_NAMES[category] }));
  const existing = listAllFiles(
    `${quoteQuery(folderId)} in parents and mimeType = '${SHORTCUT_MIME}' and trashed = false`,
    'nextPageToken,files(id,shortcutDetails(targetId))',
  );
  const linked = new Set(existing.map((f) => f.shortcutDetails?.targetId ?? ''));
  return input.fileIds.map((id) => shareOne(id, folderId, FOLDER_NAMES[category], wanted, linked, me, say));
}

function shareOne(
  id: string,
  folderId: string,
  folderName: string,
  wanted: ReadonlyMap<string, string>,
  linked: Set<string>,
  me: string,
  say: Say,
): SharedFile {
  let file: DriveFile;
  try {
    file = drive().Files.get(id, {
      fields: 'id,name,mimeType,owners(emailAddress),capabilities(canShare),permissions(id,type,role,emailAddress,domain)',
    });
  } catch {
    return { input: id, name: id, ok: false, message: say('cannotOpenFile') };
  }
  const name = file.name ?? id;
  if (file.mimeType === FOLDER_MIME) return { input: id, name, ok: false, message: say('isFolder') };
  if (!file.capabilities?.canShare) return { input: id, name, ok: false, message: say('cannotShare') };
  const owner = (file.owners?.[0]?.emailAddress ?? '').toLowerCase();
  const has = new Map((file.permissions ?? []).filter((p) => p.type === 'user').map((p) => [(p.emailAddress ?? '').toLowerCase(), p.role ?? '']));
  let added = 0;
  for (const [person, role] of wanted) {
    if (person === owner || person === me || role === 'owner' || roleRank(has.get(person)) >= roleRank(role)) continue;
    drive().Permissions.create({ type: 'user', role, emailAddress: person }, id, { sendNotificationEmail: false, fields: 'id' });
    added++;
  }
  if (!linked.has(id)) {
    // The shortcut is the teacher's, in the folder she picked; the file itself stays where it is, hers.
    drive().Files.create({ name, mimeType: SHORTCUT_MIME, parents: [folderId], shortcutDetails: { targetId: id } });
    linked.add(id);
  }
  const link = (file.permissions ?? []).some((p) => p.type === 'anyone' || p.type === 'domain');
  const result =
    added === 0 ? say('addedTo', { folder: folderName }) : say(added === 1 ? 'addedSharedOne' : 'addedSharedOther', { folder: folderName, n: added });
  const message = link ? `${result} ${say('linkOn')}` : result;
  return { input: id, name, ok: true, message };
}
