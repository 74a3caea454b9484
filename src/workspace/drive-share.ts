// Teachers share lesson materials: picked files become shortcuts in the team's Classroom Materials subfolder, and the
// files themselves are shared per person with the roles that folder passes down (the teacher keeps ownership).

import { effectiveRoles, isLinkSharing, type SeenFolder } from '../core/drive-diff';
import { FOLDER_NAMES, MATERIAL_CATEGORIES, type MaterialCategory, roleRank } from '../core/drive-plan';
import { drive, findByAppProperty, listAllFiles, PROP, quoteQuery, SHORTCUT_MIME } from './drive-api';

export interface ShareTeam {
  teamKey: string;
  team: string;
  /** Categories whose folder the user may add to. */
  categories: MaterialCategory[];
}

const TEAM_FIELDS = 'nextPageToken,files(id,name,parents,appProperties,capabilities(canAddChildren),permissions(id,type,role,emailAddress,domain))';

/** Teams whose Classroom Materials the user can add to (teachers: their own; coordinators: all). Found by appProperties. */
export function shareableTeams(): ShareTeam[] {
  const kinds = ['team', ...MATERIAL_CATEGORIES];
  const q = `trashed = false and (${kinds.map((k) => `appProperties has { key='${PROP.kind}' and value='${k}' }`).join(' or ')})`;
  const files = listAllFiles(q, TEAM_FIELDS);
  const teams = new Map<string, ShareTeam>();
  for (const f of files) {
    const teamKey = f.appProperties?.[PROP.team];
    if (!teamKey) continue;
    const entry: ShareTeam = teams.get(teamKey) ?? { teamKey, team: '', categories: [] };
    const kind = f.appProperties?.[PROP.kind] ?? '';
    if (kind === 'team') entry.team = f.name ?? '';
    else if (f.capabilities?.canAddChildren) entry.categories.push(kind as MaterialCategory);
    teams.set(teamKey, entry);
  }
  return [...teams.values()]
    .filter((t) => t.team && t.categories.length)
    .map((t) => ({ ...t, categories: MATERIAL_CATEGORIES.filter((c) => t.categories.includes(c)) }))
    .sort((a, b) => a.team.localeCompare(b.team));
}

/** A Drive id from a pasted link or id (Docs, Sheets, Slides, Drive file links). */
export function fileIdOf(text: string): string | null {
  const t = text.trim();
  const m = /\/d\/([A-Za-z0-9_-]{10,})/.exec(t) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(t) ?? /^([A-Za-z0-9_-]{10,})$/.exec(t);
  return m ? m[1] : null;
}

export interface ShareMaterialsInput {
  teamKey: string;
  category: MaterialCategory;
  /** Picked files' ids, or pasted links. */
  files: string[];
}

export interface SharedFile {
  input: string;
  name: string;
  ok: boolean;
  message: string;
}

/**
 * Adds each file as a shortcut (once: a second share of the same file changes nothing) and gives each person the role
 * the category folder passes down — per person, never by link. Calls: 2 to find the folders, then per file 1 read,
 * 1 shortcut if new, and 1 per person who lacks access.
 */
export function shareMaterials(input: ShareMaterialsInput, user: string): SharedFile[] {
  const chain = folderChain(input.teamKey, input.category);
  const folder = chain[chain.length - 1];
  const wanted = effectiveRoles(chain.map((f) => ({ ...f, permissions: f.permissions.filter((p) => !isLinkSharing(p)) })));
  // Checked before anything is shared: a tutor (who only views or comments here) must not hand out access to files.
  if (roleRank(wanted.get(user.toLowerCase())) < roleRank('writer'))
    throw new Error(`Only the team's teacher and the coordinator can add to ${FOLDER_NAMES[input.category]}.`);
  const existing = drive().Files.list({
    q: `${quoteQuery(folder.id)} in parents and mimeType = '${SHORTCUT_MIME}' and trashed = false`,
    fields: 'files(id,shortcutDetails(targetId))',
    pageSize: 1000,
  });
  const linked = new Set((existing.files ?? []).map((f) => f.shortcutDetails?.targetId ?? ''));
  return input.files.map((raw) => shareOne(raw, folder.id, FOLDER_NAMES[input.category], wanted, linked, user.toLowerCase()));
}

function shareOne(
  raw: string,
  folderId: string,
  folderName: string,
  wanted: ReadonlyMap<string, string>,
  linked: Set<string>,
  me: string,
): SharedFile {
  const id = fileIdOf(raw);
  if (!id) return { input: raw, name: raw, ok: false, message: 'Not a Drive link or file id.' };
  let file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
  try {
    file = drive().Files.get(id, {
      fields: 'id,name,mimeType,owners(emailAddress),capabilities(canShare),permissions(id,type,role,emailAddress,domain)',
    });
  } catch {
    return {
      input: raw,
      name: raw,
      ok: false,
      message:
        'The add-on cannot open this file (it may only use files it made or that were opened with it). Open the file in Docs and use Extensions › Tutoring Toolkit › Share lesson materials there.',
    };
  }
  const name = file.name ?? id;
  if (!file.capabilities?.canShare) return { input: raw, name, ok: false, message: 'You cannot share this file; ask its owner to share it.' };
  const owner = (file.owners?.[0]?.emailAddress ?? '').toLowerCase();
  const has = new Map((file.permissions ?? []).filter((p) => p.type === 'user').map((p) => [(p.emailAddress ?? '').toLowerCase(), p.role ?? '']));
  let added = 0;
  for (const [person, role] of wanted) {
    if (person === owner || person === me || role === 'owner' || roleRank(has.get(person)) >= roleRank(role)) continue;
    drive().Permissions.create({ type: 'user', role, emailAddress: person }, id, { sendNotificationEmail: false, fields: 'id' });
    added++;
  }
  if (!linked.has(id)) {
    drive().Files.create({ name, mimeType: SHORTCUT_MIME, parents: [folderId], shortcutDetails: { targetId: id } });
    linked.add(id);
  }
  const link = (file.permissions ?? []).some((p) => p.type === 'anyone' || p.type === 'domain');
  const message = `Added to ${folderName}${added ? `; shared with ${added} more ${added === 1 ? 'person' : 'people'}` : ''}.${
    link ? ' Note: this file also has link sharing on; turn it off in Drive if it holds student data.' : ''
  }`;
  return { input: raw, name, ok: true, message };
}

/** The team folder, Classroom Materials and the category folder, with their sharing (2 queries). */
function folderChain(teamKey: string, category: MaterialCategory): SeenFolder[] {
  const mine = findByAppProperty(PROP.team, teamKey);
  const byKey = new Map(mine.map((f) => [f.planKey, f]));
  const chain = [`${teamKey}.team`, `${teamKey}.materials`, `${teamKey}.${category}`].map((k) => byKey.get(k));
  if (chain.some((f) => !f))
    throw new Error('That team’s Classroom Materials folder is not provisioned: ask the coordinator to run "Provision Drive folders".');
  return chain as SeenFolder[];
}
