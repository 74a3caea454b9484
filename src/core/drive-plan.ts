// The Drive folder tree per teacher-tutor team and every person's role on every folder, per communication tier (seed 004).

import { DRIVE_DESCRIPTIONS } from './drive-descriptions';
import type { Locale } from './i18n/locale';
import { driveWarningText } from './i18n/messages/drive-warnings';
import type { Student, Tier } from './model';
import { isEmailAddress } from './validation/email';

/** Drive's sharing roles, weakest first; 'owner' is only ever observed, never granted. */
export type ShareRole = 'reader' | 'commenter' | 'writer';
export type AccessRole = ShareRole | 'owner';

const RANK: Record<AccessRole, number> = { reader: 1, commenter: 2, writer: 3, owner: 4 };

/** Rank of a role for comparisons; unknown roles (e.g. shared-drive roles) rank 0. */
export function roleRank(role: string | null | undefined): number {
  return role ? (RANK[role as AccessRole] ?? 0) : 0;
}

export function strongerRole<R extends string>(a: R | null | undefined, b: R | null | undefined): R | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return roleRank(b) > roleRank(a) ? b : a;
}

/** How the seed says it: tutors "view", "comment", "edit". */
export function roleLabel(role: string | null | undefined): string {
  switch (role) {
    case 'owner':
      return 'owner';
    case 'writer':
      return 'edit';
    case 'commenter':
      return 'comment';
    case 'reader':
      return 'view';
    default:
      return role ? String(role) : 'no access';
  }
}

export type FolderKind =
  | 'root'
  | 'team'
  | 'materials'
  | 'lessonPlans'
  | 'lessonMaterials'
  | 'studentMaterials'
  | 'assessments'
  | 'updatedMaterials'
  | 'studentData'
  | 'sessionNotes'
  | 'questions'
  | 'weeklyMeetings'
  /** Not a folder: the team workbook, a spreadsheet inside Session Notes (DESIGN "Who sees what"). */
  | 'teamWorkbook';

/** The Classroom Materials categories a teacher shares into (seed 004, Tier 1 "The Shared Drive may include"). */
export const MATERIAL_CATEGORIES = ['lessonPlans', 'lessonMaterials', 'studentMaterials', 'assessments', 'updatedMaterials'] as const;
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number];

interface FolderSpec {
  kind: Exclude<FolderKind, 'root'>;
  name: string;
  parent: FolderKind;
  minTier: Tier;
}

/** Every team's folders, parents before children, in the seed's words. */
export const TEAM_FOLDERS: readonly FolderSpec[] = [
  { kind: 'team', name: '', parent: 'root', minTier: 1 },
  {
    kind: 'materials',
    name: 'Classroom Materials',
    parent: 'team',
    minTier: 1,
  },
  { kind: 'lessonPlans', name: 'Lesson Plans', parent: 'materials', minTier: 1 },
  { kind: 'lessonMaterials', name: 'Lesson Materials', parent: 'materials', minTier: 1 },
  {
    kind: 'studentMaterials',
    name: 'Student Materials',
    parent: 'materials',
    minTier: 1,
  },
  { kind: 'assessments', name: 'Assessments', parent: 'materials', minTier: 1 },
  {
    kind: 'updatedMaterials',
    name: 'Updated Curricular Materials',
    parent: 'materials',
    minTier: 1,
  },
  {
    kind: 'studentData',
    name: 'Student Data',
    parent: 'team',
    minTier: 1,
  },
  {
    kind: 'sessionNotes',
    name: 'Session Notes',
    parent: 'team',
    minTier: 1,
  },
  {
    kind: 'questions',
    name: 'Questions',
    parent: 'team',
    minTier: 2,
  },
  {
    kind: 'weeklyMeetings',
    name: 'Weekly Meetings',
    parent: 'team',
    minTier: 3,
  },
];

export const FOLDER_NAMES: Record<FolderKind, string> = Object.fromEntries([
  ['root', 'Program folder'],
  ['team', 'Team folder'],
  ...TEAM_FOLDERS.filter((f) => f.kind !== 'team').map((f) => [f.kind, f.name]),
  ['teamWorkbook', 'Team workbook'],
]) as Record<FolderKind, string>;

/** Who holds which role on a folder kind at a tier (the DESIGN.md matrix); null where they have no role of their own. */
export function matrixRoles(tier: Tier, kind: FolderKind): { teacher: ShareRole | null; tutor: ShareRole | null } {
  switch (kind) {
    case 'root':
      return { teacher: null, tutor: null };
    case 'team':
      // Both can open the team folder to reach what is inside; Drive passes this "view" down to every subfolder.
      return { teacher: 'reader', tutor: 'reader' };
    case 'materials':
    case 'lessonPlans':
    case 'lessonMaterials':
    case 'studentMaterials':
    case 'assessments':
    case 'updatedMaterials':
      return { teacher: 'writer', tutor: tier === 1 ? 'reader' : 'commenter' };
    case 'studentData':
      return { teacher: 'writer', tutor: 'reader' };
    case 'sessionNotes':
      return { teacher: tier === 1 ? 'reader' : 'commenter', tutor: 'writer' };
    case 'teamWorkbook':
      // Tiers 2-3: the teacher writes, and the workbook's whole-sheet protections leave them only the Questions sheet.
      return { teacher: tier === 1 ? 'reader' : 'writer', tutor: 'writer' };
    case 'questions':
      return tier >= 2 ? { teacher: 'commenter', tutor: 'commenter' } : { teacher: null, tutor: null };
    case 'weeklyMeetings':
      return tier >= 3 ? { teacher: 'writer', tutor: 'writer' } : { teacher: null, tutor: null };
  }
}

/** The people of one teacher-tutor team, as the Roster lists them (active students only). */
export interface TeamMembers {
  team: string;
  teachers: string[];
  tutors: string[];
}

/** Teams from the Roster: a tutor belongs to a team while they have an active student in it. */
export function teamsFromRoster(students: readonly Student[], locale: Locale = 'en'): { teams: TeamMembers[]; warnings: string[] } {
  const say = driveWarningText.in(locale);
  const byKey = new Map<string, { team: string; teachers: Set<string>; tutors: Set<string> }>();
  const warnings: string[] = [];
  for (const s of students) {
    const team = s.team.trim();
    if (!s.active || !team) continue;
    const key = team.toLowerCase();
    let entry = byKey.get(key);
    if (!entry) {
      entry = { team, teachers: new Set(), tutors: new Set() };
      byKey.set(key, entry);
    }
    if (isEmail(s.teacherEmail)) entry.teachers.add(s.teacherEmail.toLowerCase());
    else if (s.teacherEmail) warnings.push(say('notEmail', { team, email: s.teacherEmail, studentId: s.studentId }));
    if (isEmail(s.tutorEmail)) entry.tutors.add(s.tutorEmail.toLowerCase());
    else if (s.tutorEmail) warnings.push(say('notEmail', { team, email: s.tutorEmail, studentId: s.studentId }));
  }
  const teams = [...byKey.values()].map((e) => ({ team: e.team, teachers: [...e.teachers].sort(), tutors: [...e.tutors].sort() }));
  for (const t of teams) {
    if (t.teachers.length === 0) warnings.push(say('noTeacher', { team: t.team }));
    if (t.teachers.length > 1) warnings.push(say('teachers', { team: t.team, n: t.teachers.length, emails: t.teachers.join(', ') }));
  }
  teams.sort((a, b) => a.team.localeCompare(b.team));
  return { teams, warnings };
}

export function isEmail(value: string): boolean {
  return isEmailAddress(value);
}

/** One folder of the plan: where it goes, and who holds which role on it. */
export interface PlannedFolder {
  /** Stable identity across runs, stored in the folder's appProperties (ttPlanKey) and the Drive Folders sheet. */
  key: string;
  kind: FolderKind;
  /** Team name ('' for the program folder). */
  team: string;
  teamKey: string;
  name: string;
  /** "Team / Classroom Materials / Lesson Plans", for previews and reports. */
  path: string;
  description: string;
  parentKey: string | null;
  /** True for the team workbook: a spreadsheet in Session Notes, not a folder. */
  isFile?: boolean;
  /** True where editors must not share onward (Drive's writersCanShare off): Student Data and the team workbook. */
  noOnwardSharing?: boolean;
  /** Roles to grant on this folder itself: only where a person needs more than the parent passes down. */
  grants: Record<string, ShareRole>;
  /** Each person's effective role here (their own grant or one inherited from a parent folder). */
  access: Record<string, AccessRole>;
}

export interface TeamPlan {
  team: string;
  teamKey: string;
  teachers: string[];
  tutors: string[];
  /** Parents before children; the team folder first. */
  folders: PlannedFolder[];
}

export interface DrivePlan {
  programKey: string;
  tier: Tier;
  owner: string;
  coordinators: string[];
  root: PlannedFolder;
  teams: TeamPlan[];
  warnings: string[];
}

export interface PlanInput {
  /** Short id of the program (a hash of the workbook id): every key starts with it. */
  programKey: string;
  programName: string;
  tier: Tier;
  /** The coordinator running provisioning: owns every folder it creates. */
  owner: string;
  /** Other coordinators: they edit everything (a grant on the program folder passes down). */
  coordinators?: string[];
  teams: readonly TeamMembers[];
}

/** 32-bit FNV-1a as 8 hex digits: short, stable keys that need no escaping in a Drive query. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function programKeyOf(spreadsheetId: string): string {
  return `p${shortHash(spreadsheetId)}`;
}

export function teamKeyOf(programKey: string, team: string): string {
  return `${programKey}.t${shortHash(team.trim().toLowerCase())}`;
}

export function rootKeyOf(programKey: string): string {
  return `${programKey}.root`;
}

export function folderKeyOf(teamKey: string, kind: Exclude<FolderKind, 'root'>): string {
  return `${teamKey}.${kind}`;
}

/** The kind a plan key names (the part after the team key), or null for keys this version does not know. */
export function kindOfKey(key: string): FolderKind | null {
  if (key.endsWith('.root')) return 'root';
  const kind = key.slice(key.lastIndexOf('.') + 1);
  return kind === 'teamWorkbook' || TEAM_FOLDERS.some((f) => f.kind === kind) ? (kind as FolderKind) : null;
}

/** The folder tree and every role, for the tier. Pure: the adapters compare it with Drive and apply the difference. */
export function planDrive(input: PlanInput): DrivePlan {
  const owner = input.owner.toLowerCase();
  const coordinators = [...new Set((input.coordinators ?? []).map((c) => c.toLowerCase()))].filter((c) => c !== owner).sort();
  const rootAccess: Record<string, AccessRole> = { [owner]: 'owner' };
  const rootGrants: Record<string, ShareRole> = {};
  for (const c of coordinators) {
    rootAccess[c] = 'writer';
    rootGrants[c] = 'writer';
  }
  const rootName = `${input.programName.trim() || 'Tutoring program'} — Teacher-Tutor Communication`;
  const root: PlannedFolder = {
    key: rootKeyOf(input.programKey),
    kind: 'root',
    team: '',
    teamKey: '',
    name: rootName,
    path: rootName,
    description: DRIVE_DESCRIPTIONS.root,
    parentKey: null,
    grants: rootGrants,
    access: rootAccess,
  };
  const teams = input.teams.map((members) => planTeam(input, members, root));
  return { programKey: input.programKey, tier: input.tier, owner, coordinators, root, teams, warnings: [] };
}

function planTeam(input: PlanInput, members: TeamMembers, root: PlannedFolder): TeamPlan {
  const teamKey = teamKeyOf(input.programKey, members.team);
  const byKind = new Map<FolderKind, PlannedFolder>([['root', root]]);
  const folders: PlannedFolder[] = [];
  for (const spec of TEAM_FOLDERS) {
    if (spec.minTier > input.tier) continue;
    const parent = byKind.get(spec.parent) as PlannedFolder;
    const name = spec.kind === 'team' ? members.team : spec.name;
    const access: Record<string, AccessRole> = { ...parent.access };
    const { teacher, tutor } = matrixRoles(input.tier, spec.kind);
    const wanted: (readonly [string, ShareRole | null])[] = [
      ...members.teachers.map((t) => [t, teacher] as const),
      ...members.tutors.map((t) => [t, tutor] as const),
    ];
    for (const [email, role] of wanted) {
      const best = strongerRole<AccessRole>(access[email], role);
      if (best) access[email] = best;
    }
    // Only raises below the team folder: Drive cannot lower an inherited role on a child, and lists the inherited
    // entries on every child, so a teacher sharing into Classroom Materials still reads the whole team's sharing.
    // https://developers.google.com/workspace/drive/api/guides/manage-sharing#permission-propagation
    const grants: Record<string, ShareRole> = {};
    for (const [email, role] of Object.entries(access)) {
      if (role !== 'owner' && roleRank(role) > roleRank(parent.access[email])) grants[email] = role;
    }
    const folder: PlannedFolder = {
      key: folderKeyOf(teamKey, spec.kind),
      kind: spec.kind,
      team: members.team,
      teamKey,
      name,
      path: spec.kind === 'team' ? members.team : `${parent.path} / ${spec.name}`,
      description: DRIVE_DESCRIPTIONS.byKind[spec.kind] ?? '',
      parentKey: parent.key,
      grants,
      access,
      ...(spec.kind === 'studentData' ? { noOnwardSharing: true } : {}),
    };
    byKind.set(spec.kind, folder);
    folders.push(folder);
  }
  folders.push(teamWorkbookOf(input.tier, members, teamKey, byKind.get('sessionNotes') as PlannedFolder));
  return { team: members.team, teamKey, teachers: members.teachers, tutors: members.tutors, folders };
}

/**
 * The team workbook inside Session Notes: tutors edit through the folder (no grant of their own); the teacher
 * inherits view (Tier 1) or comment (Tiers 2-3) and at Tiers 2-3 gets a direct edit raise on the file.
 */
function teamWorkbookOf(tier: Tier, members: TeamMembers, teamKey: string, notes: PlannedFolder): PlannedFolder {
  const access: Record<string, AccessRole> = { ...notes.access };
  const grants: Record<string, ShareRole> = {};
  const { teacher, tutor } = matrixRoles(tier, 'teamWorkbook');
  const wanted = [...members.teachers.map((t) => [t, teacher] as const), ...members.tutors.map((t) => [t, tutor] as const)];
  for (const [email, role] of wanted) {
    if (!role || roleRank(role) <= roleRank(access[email])) continue;
    access[email] = role;
    grants[email] = role;
  }
  const name = teamWorkbookName(members.team);
  return {
    key: folderKeyOf(teamKey, 'teamWorkbook'),
    kind: 'teamWorkbook',
    team: members.team,
    teamKey,
    name,
    path: `${notes.path} / ${name}`,
    description: DRIVE_DESCRIPTIONS.teamWorkbook,
    parentKey: notes.key,
    isFile: true,
    noOnwardSharing: true,
    grants,
    access,
  };
}

export function teamWorkbookName(team: string): string {
  return `${team} — Team workbook`;
}

/** Every folder of the plan, program folder first, parents before children. */
export function allFolders(plan: DrivePlan): PlannedFolder[] {
  return [plan.root, ...plan.teams.flatMap((t) => t.folders)];
}

/** How many folders, files (team workbooks) and grants the plan holds (what a first run creates). */
export function planSize(plan: DrivePlan): { folders: number; files: number; grants: number } {
  const folders = allFolders(plan);
  return {
    folders: folders.filter((f) => !f.isFile).length,
    files: folders.filter((f) => f.isFile).length,
    grants: folders.reduce((n, f) => n + Object.keys(f.grants).length, 0),
  };
}

/**
 * Why `caller` may not run Drive actions for a program whose Drive owner is `driveOwner`, or null when they may
 * (they are the owner, or nobody is yet: the first run makes its caller the owner). Under drive.file only the
 * owner's add-on reaches the folders and team workbooks it created.
 */
export function driveOwnerRefusal(driveOwner: string, caller: string, locale: Locale = 'en'): string | null {
  const owner = driveOwner.trim().toLowerCase();
  if (!owner || owner === caller.trim().toLowerCase()) return null;
  return driveWarningText.t(locale, 'notOwner', { owner });
}
