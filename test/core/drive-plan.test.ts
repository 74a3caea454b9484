// The Drive plan per tier: every folder of a team, and every person's role on it (DESIGN.md matrix).

import { type DrivePlan, planDrive, planSize, programKeyOf, roleRank, type TeamMembers, teamsFromRoster } from '../../src/core/drive-plan';
import type { Student } from '../../src/core/model';

const TEACHER = 'rivera@school.example';
const TUTORS = ['ana@tutors.example', 'ben@tutors.example'];
const OTHER_TUTOR = 'cleo@tutors.example';
const COORD = 'coordinator@school.example';

function student(over: Partial<Student>): Student {
  return {
    studentId: 'S1',
    name: 'Student',
    grade: '8',
    subject: 'Math',
    team: 'Algebra I',
    teacherEmail: TEACHER,
    tutorEmail: TUTORS[0],
    familyContact: '',
    active: true,
    ...over,
  };
}

const TEAMS: TeamMembers[] = [
  { team: 'Algebra I', teachers: [TEACHER], tutors: TUTORS },
  { team: 'Biology', teachers: ['kim@school.example'], tutors: [OTHER_TUTOR] },
];

function plan(tier: 1 | 2 | 3, coordinators: string[] = []): DrivePlan {
  return planDrive({ programKey: programKeyOf('sheet-1'), programName: 'Lincoln Tutoring', tier, owner: COORD, coordinators, teams: TEAMS });
}

/** role of every person on every folder of one team, by folder name. */
function roles(p: DrivePlan, team: string): Record<string, Record<string, string>> {
  const t = p.teams.find((x) => x.team === team);
  if (!t) throw new Error(`no team ${team}`);
  return Object.fromEntries(t.folders.filter((f) => !f.isFile).map((f) => [f.kind === 'team' ? '(team)' : f.name, f.access]));
}

const MATERIALS = ['Classroom Materials', 'Lesson Plans', 'Lesson Materials', 'Student Materials', 'Assessments', 'Updated Curricular Materials'];

describe('drive-plan', () => {
  describe('teamsFromRoster', () => {
    it('groups active students into teams with their teacher and tutors, and drops a tutor whose students all left', () => {
      const { teams, warnings } = teamsFromRoster([
        student({ studentId: 'S1', tutorEmail: 'Ana@Tutors.example' }),
        student({ studentId: 'S2', tutorEmail: 'ben@tutors.example' }),
        student({ studentId: 'S3', tutorEmail: 'gone@tutors.example', active: false }),
        student({ studentId: 'S4', team: 'Biology', teacherEmail: 'kim@school.example', tutorEmail: OTHER_TUTOR }),
      ]);
      expect(teams).toEqual([
        { team: 'Algebra I', teachers: [TEACHER], tutors: TUTORS },
        { team: 'Biology', teachers: ['kim@school.example'], tutors: [OTHER_TUTOR] },
      ]);
      expect(warnings).toEqual([]);
    });

    it('warns about a team without a teacher and an address that is not an email', () => {
      const { warnings } = teamsFromRoster([student({ teacherEmail: '', tutorEmail: 'not an email' })]);
      expect(warnings).toEqual(['Algebra I: "not an email" is not an email address (student S1).', 'Algebra I: no teacher email on the Roster.']);
    });
  });

  describe('planDrive', () => {
    it('Tier 1: teacher edits materials and student data, tutors view them; tutors edit session notes, the teacher views', () => {
      const r = roles(plan(1), 'Algebra I');
      expect(Object.keys(r)).toEqual(['(team)', ...MATERIALS, 'Student Data', 'Session Notes']);
      for (const name of MATERIALS) expect(r[name]).toEqual({ [COORD]: 'owner', [TEACHER]: 'writer', [TUTORS[0]]: 'reader', [TUTORS[1]]: 'reader' });
      expect(r['Student Data']).toEqual({ [COORD]: 'owner', [TEACHER]: 'writer', [TUTORS[0]]: 'reader', [TUTORS[1]]: 'reader' });
      expect(r['Session Notes']).toEqual({ [COORD]: 'owner', [TEACHER]: 'reader', [TUTORS[0]]: 'writer', [TUTORS[1]]: 'writer' });
    });

    it('Tier 2: tutors comment on materials, the teacher comments on session notes, both comment in Questions', () => {
      const r = roles(plan(2), 'Algebra I');
      expect(Object.keys(r)).toEqual(['(team)', ...MATERIALS, 'Student Data', 'Session Notes', 'Questions']);
      for (const name of MATERIALS) expect(r[name]).toMatchObject({ [TEACHER]: 'writer', [TUTORS[0]]: 'commenter', [TUTORS[1]]: 'commenter' });
      expect(r['Student Data']).toMatchObject({ [TEACHER]: 'writer', [TUTORS[0]]: 'reader' });
      expect(r['Session Notes']).toMatchObject({ [TEACHER]: 'commenter', [TUTORS[0]]: 'writer' });
      expect(r.Questions).toEqual({ [COORD]: 'owner', [TEACHER]: 'commenter', [TUTORS[0]]: 'commenter', [TUTORS[1]]: 'commenter' });
    });

    it('Tier 3: adds Weekly Meetings, which teacher and tutors both edit', () => {
      const r = roles(plan(3), 'Algebra I');
      expect(Object.keys(r)).toEqual(['(team)', ...MATERIALS, 'Student Data', 'Session Notes', 'Questions', 'Weekly Meetings']);
      expect(r['Weekly Meetings']).toEqual({ [COORD]: 'owner', [TEACHER]: 'writer', [TUTORS[0]]: 'writer', [TUTORS[1]]: 'writer' });
      expect(r['Session Notes']).toMatchObject({ [TEACHER]: 'commenter', [TUTORS[1]]: 'writer' });
      expect(r['Lesson Plans']).toMatchObject({ [TUTORS[1]]: 'commenter' });
    });

    it.each([1, 2, 3] as const)('Tier %i: Student Data reaches only the teacher, the team’s tutors and the coordinator', (tier) => {
      const p = plan(tier);
      for (const team of p.teams) {
        const data = team.folders.find((f) => f.kind === 'studentData');
        expect(Object.keys(data?.access ?? {}).sort()).toEqual([COORD, ...team.teachers, ...team.tutors].sort());
      }
      const bio = roles(p, 'Biology');
      expect(bio['Student Data'][TUTORS[0]]).toBeUndefined();
    });

    it('grants on a folder only what its parent does not already pass down', () => {
      const t = plan(2).teams[0];
      const grants = Object.fromEntries(t.folders.map((f) => [f.kind, f.grants]));
      expect(grants.team).toEqual({ [TEACHER]: 'reader', [TUTORS[0]]: 'reader', [TUTORS[1]]: 'reader' });
      expect(grants.materials).toEqual({ [TEACHER]: 'writer', [TUTORS[0]]: 'commenter', [TUTORS[1]]: 'commenter' });
      // The team workbook: tutors edit through Session Notes; the teacher's comment there is raised to edit on the file.
      expect(grants.teamWorkbook).toEqual({ [TEACHER]: 'writer' });
      expect(grants.lessonPlans).toEqual({});
      expect(grants.studentData).toEqual({ [TEACHER]: 'writer' });
      expect(grants.sessionNotes).toEqual({ [TEACHER]: 'commenter', [TUTORS[0]]: 'writer', [TUTORS[1]]: 'writer' });
    });

    it.each([1, 2, 3] as const)('Tier %i: every member views the team folder, and below it every grant is a raise', (tier) => {
      for (const team of plan(tier).teams) {
        const byKey = new Map(team.folders.map((f) => [f.key, f]));
        const folder = team.folders[0];
        expect(folder.grants).toEqual(Object.fromEntries([...team.teachers, ...team.tutors].map((e) => [e, 'reader'])));
        for (const f of team.folders.slice(1)) {
          const parent = byKey.get(f.parentKey ?? '');
          for (const [email, role] of Object.entries(f.grants)) expect(roleRank(role)).toBeGreaterThan(roleRank(parent?.access[email]));
        }
      }
    });

    it('Tier 1: the teacher views the team workbook (passed down); Tiers 2-3: edits it through a grant on the file', () => {
      const wb = (tier: 1 | 2 | 3) => plan(tier).teams[0].folders.find((f) => f.kind === 'teamWorkbook');
      expect(wb(1)).toMatchObject({ isFile: true, noOnwardSharing: true, grants: {}, name: 'Algebra I — Team workbook' });
      expect(wb(1)?.access).toMatchObject({ [TEACHER]: 'reader', [TUTORS[0]]: 'writer' });
      expect(wb(3)?.access).toMatchObject({ [TEACHER]: 'writer', [TUTORS[0]]: 'writer' });
      expect(plan(2).teams[0].folders.find((f) => f.kind === 'studentData')?.noOnwardSharing).toBe(true);
    });

    it('other coordinators edit everything through one grant on the program folder; the program folder is shared with nobody else', () => {
      const p = plan(3, ['deputy@school.example']);
      expect(p.root.grants).toEqual({ 'deputy@school.example': 'writer' });
      expect(p.teams[0].folders.every((f) => f.access['deputy@school.example'] === 'writer' && !f.grants['deputy@school.example'])).toBe(true);
    });

    it('keys are stable across runs and differ per team and per program', () => {
      const a = plan(1);
      const b = plan(3);
      expect(a.teams[0].folders[0].key).toBe(b.teams[0].folders[0].key);
      expect(a.teams[0].teamKey).not.toBe(a.teams[1].teamKey);
      const other = planDrive({ programKey: programKeyOf('sheet-2'), programName: 'x', tier: 1, owner: COORD, teams: TEAMS });
      expect(other.root.key).not.toBe(a.root.key);
      expect(a.teams[0].folders.map((f) => f.path)).toContain('Algebra I / Classroom Materials / Lesson Plans');
    });

    it('counts the folders and grants a first run makes', () => {
      // Per team of 1 teacher and t tutors, only raises above the team folder's view: Tier 1 has 9 folders and 3+2t
      // grants, Tier 2 10 and 6+4t (the teacher’s edit raise on the team workbook included), Tier 3 11 and 7+5t.
      const grants = (perTeam: (t: number) => number) => perTeam(2) + perTeam(1);
      expect(planSize(plan(1))).toEqual({ folders: 1 + 9 * 2, files: 2, grants: grants((t) => 3 + 2 * t) });
      expect(planSize(plan(2))).toEqual({ folders: 1 + 10 * 2, files: 2, grants: grants((t) => 6 + 4 * t) });
      expect(planSize(plan(3))).toEqual({ folders: 1 + 11 * 2, files: 2, grants: grants((t) => 7 + 5 * t) });
    });
  });
});
