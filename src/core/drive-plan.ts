// The Drive folder tree per teacher-tutor team and every person's role on every folder, per communication tier (seed 004).

import type { Student, Tier } from './model';

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
  /** Not a folder: the per-team view of the session notes, a spreadsheet inside Session Notes. */
  | 'notesView';

/** The Classroom Materials categories a teacher shares into (seed 004, Tier 1 "The Shared Drive may include"). */
export const MATERIAL_CATEGORIES = ['lessonPlans', 'lessonMaterials', 'studentMaterials', 'assessments', 'updatedMaterials'] as const;
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number];

interface FolderSpec {
  kind: Exclude<FolderKind, 'root'>;
  name: string;
  parent: FolderKind;
  minTier: Tier;
  description: string;
}

/** Every team's folders, parents before children, in the seed's words. */
export const TEAM_FOLDERS: readonly FolderSpec[] = [
  { kind: 'team', name: '', parent: 'root', minTier: 1, description: 'Teacher-tutor team folder: what the teacher and the tutors share.' },
  {
    kind: 'materials',
    name: 'Classroom Materials',
    parent: 'team',
    minTier: 1,
    description: 'What students are working on in class: the teacher edits, tutors view (Tier 1) or comment (Tiers 2-3).',
  },
  { kind: 'lessonPlans', name: 'Lesson Plans', parent: 'materials', minTier: 1, description: 'Lesson plans: the methods, not just the content.' },
  { kind: 'lessonMaterials', name: 'Lesson Materials', parent: 'materials', minTier: 1, description: 'Lesson materials (e.g. notes, slide decks).' },
  {
    kind: 'studentMaterials',
    name: 'Student Materials',
    parent: 'materials',
    minTier: 1,
    description: 'Student materials (e.g. worksheets, homework).',
  },
  { kind: 'assessments', name: 'Assessments', parent: 'materials', minTier: 1, description: 'Assessments: blank copies and answer keys/rubrics.' },
  {
    kind: 'updatedMaterials',
    name: 'Updated Curricular Materials',
    parent: 'materials',
    minTier: 1,
    description: 'Updates to any of the materials shared earlier, especially calendars.',
  },
  {
    kind: 'studentData',
    name: 'Student Data',
    parent: 'team',
    minTier: 1,
    description: "Formative and summative assessments, class grades, attendance/punctuality. Only this team's tutors may view it.",
  },
  {
    kind: 'sessionNotes',
    name: 'Session Notes',
    parent: 'team',
    minTier: 1,
    description: 'Tutoring session notes: tutors edit, the teacher views (Tier 1) or comments (Tiers 2-3).',
  },
  {
    kind: 'questions',
    name: 'Questions',
    parent: 'team',
    minTier: 2,
    description: 'Tier 2: questions and answers about particular notes or materials; teachers and tutors comment.',
  },
  {
    kind: 'weeklyMeetings',
    name: 'Weekly Meetings',
    parent: 'team',
    minTier: 3,
    description: 'Tier 3: one agenda per weekly teacher-tutor meeting; teachers and tutors edit.',
  },
];

export const FOLDER_NAMES: Record<FolderKind, string> = Object.fromEntries([
  ['root', 'Program folder'],
  ['team', 'Team folder'],
  ...TEAM_FOLDERS.filter((f) => f.kind !== 'team').map((f) => [f.kind, f.name]),
  ['notesView', 'Session notes view'],
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
    case 'notesView':
      return { teacher: tier === 1 ? 'reader' : 'commenter', tutor: 'writer' };
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
export function teamsFromRoster(students: readonly Student[]): { teams: TeamMembers[]; warnings: string[] } {
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
    else if (s.teacherEmail) warnings.push(`${team}: "${s.teacherEmail}" is not an email address (student ${s.studentId}).`);
    if (isEmail(s.tutorEmail)) entry.tutors.add(s.tutorEmail.toLowerCase());
    else if (s.tutorEmail) warnings.push(`${team}: "${s.tutorEmail}" is not an email address (student ${s.studentId}).`);
  }
  const teams = [...byKey.values()].map((e) => ({ team: e.team, teachers: [...e.teachers].sort(), tutors: [...e.tutors].sort() }));
  for (const t of teams) {
    if (t.teachers.length === 0) warnings.push(`${t.team}: no teacher email on the Roster.`);
    if (t.teachers.length > 1) warnings.push(`${t.team}: ${t.teachers.length} teachers (${t.teachers.join(', ')}); each gets the teacher's access.`);
  }
  teams.sort((a, b) => a.team.localeCompare(b.team));
  return { teams, warnings };
}

export function isEmail(value: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim());
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
  /** True for the session-notes view: a spreadsheet the notes sync makes, not a folder provisioning creates. */
  isFile?: boolean;
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

/**
 * A 64-bit fingerprint of a text (two FNV-1a passes with different offsets), starting with a letter so a sheet keeps it
 * as text: what the Drive Folders sheet stores of a notes view, so a view whose content has not changed is not written.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return `v${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
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
  return kind === 'notesView' || TEAM_FOLDERS.some((f) => f.kind === kind) ? (kind as FolderKind) : null;
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
    description:
      'One folder per teacher-tutor team. Managed by Tutoring Toolkit: share with people through "Provision Drive folders", never by link.',
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
    const grants: Record<string, ShareRole> = {};
    const team = new Set([...members.teachers, ...members.tutors]);
    for (const [email, role] of Object.entries(access)) {
      if (role === 'owner') continue;
      // Classroom Materials lists every team member itself: a teacher sharing a file copies this folder's sharing onto
      // the file, and can read the permissions of this folder (an editor) but not of the team folder (a viewer).
      const explicit = spec.kind === 'materials' && team.has(email);
      if (explicit || roleRank(role) > roleRank(parent.access[email])) grants[email] = role;
    }
    const folder: PlannedFolder = {
      key: folderKeyOf(teamKey, spec.kind),
      kind: spec.kind,
      team: members.team,
      teamKey,
      name,
      path: spec.kind === 'team' ? members.team : `${parent.path} / ${spec.name}`,
      description: spec.description,
      parentKey: parent.key,
      grants,
      access,
    };
    byKind.set(spec.kind, folder);
    folders.push(folder);
  }
  const notes = byKind.get('sessionNotes') as PlannedFolder;
  folders.push({
    ...notes,
    key: folderKeyOf(teamKey, 'notesView'),
    kind: 'notesView',
    name: notesViewName(members.team),
    path: `${notes.path} / ${notesViewName(members.team)}`,
    description: 'The team’s session notes, rebuilt from the program workbook whenever a note is logged. Comment here; edits are overwritten.',
    parentKey: notes.key,
    isFile: true,
    grants: {},
    access: { ...notes.access },
  });
  return { team: members.team, teamKey, teachers: members.teachers, tutors: members.tutors, folders };
}

export function notesViewName(team: string): string {
  return `${team} — Session Notes`;
}

/** Every folder of the plan, program folder first, parents before children. */
export function allFolders(plan: DrivePlan): PlannedFolder[] {
  return [plan.root, ...plan.teams.flatMap((t) => t.folders)];
}

/** How many folders and grants the plan holds (what a first run creates). */
export function planSize(plan: DrivePlan): { folders: number; grants: number } {
  const folders = allFolders(plan);
  return { folders: folders.filter((f) => !f.isFile).length, grants: folders.reduce((n, f) => n + Object.keys(f.grants).length, 0) };
}
