// Comparing the plan with what Drive holds: the dry run, revocation, link sharing, and the access report.

import { diffDrive, diffFolder, resolveFolders, type SeenFolder, type SeenPermission } from '../../src/core/drive-diff';
import { allFolders, type DrivePlan, planDrive } from '../../src/core/drive-plan';
import { accessReport } from '../../src/core/drive-report';

const COORD = 'coordinator@school.example';
const TEACHER = 'rivera@school.example';
const ANA = 'ana@tutors.example';
const BEN = 'ben@tutors.example';

function plan(tier: 1 | 2 | 3, tutors = [ANA, BEN]): DrivePlan {
  return planDrive({ programKey: 'p1', programName: 'Lincoln', tier, owner: COORD, teams: [{ team: 'Algebra I', teachers: [TEACHER], tutors }] });
}

const user = (email: string, role: string): SeenPermission => ({ id: `perm-${email}`, type: 'user', emailAddress: email, role });

/** Drive exactly as the plan wants it. */
function provisioned(p: DrivePlan): SeenFolder[] {
  return allFolders(p).map((f, i) => ({
    id: `id${i}`,
    planKey: f.key,
    name: f.name,
    parents: [],
    permissions: [user(COORD, 'owner'), ...Object.entries(f.grants).map(([e, r]) => user(e, r))],
  }));
}

const stored = (seen: SeenFolder[]) => new Map(seen.map((s) => [s.planKey, s.id]));

describe('drive-diff', () => {
  it('a first run creates every folder and adds every grant, nothing else', () => {
    const p = plan(2);
    const d = diffDrive(p, [], new Map());
    // 10 team folders + the program folder, the team workbook, and 14 grants (13 on folders, the teacher's edit raise on the workbook).
    expect(d.totals).toEqual({
      foldersToCreate: 11,
      workbooksToCreate: 1,
      permissionsToAdd: 14,
      permissionsToChange: 0,
      permissionsToRemove: 0,
      linkSharingFound: 0,
    });
  });

  it('a second run against what the first made changes nothing', () => {
    const p = plan(3);
    const seen = provisioned(p);
    expect(diffDrive(p, seen, stored(seen)).totals).toEqual({
      foldersToCreate: 0,
      workbooksToCreate: 0,
      permissionsToAdd: 0,
      permissionsToChange: 0,
      permissionsToRemove: 0,
      linkSharingFound: 0,
    });
  });

  it('a tutor who left loses every grant; a new tutor gets theirs; the coordinator and owner keep theirs', () => {
    const before = plan(2, [ANA, BEN]);
    const seen = provisioned(before);
    seen[0].permissions.push(user('deputy@school.example', 'writer'));
    const after = planDrive({
      programKey: 'p1',
      programName: 'Lincoln',
      tier: 2,
      owner: COORD,
      coordinators: ['deputy@school.example'],
      teams: [{ team: 'Algebra I', teachers: [TEACHER], tutors: [ANA, 'cleo@tutors.example'] }],
    });
    const changes = diffDrive(after, seen, stored(seen)).teams.flatMap((t) => t.changes);
    const removed = changes.filter((c) => c.op === 'remove');
    expect(new Set(removed.map((c) => c.principal))).toEqual(new Set([BEN]));
    expect(removed.map((c) => c.path).sort()).toEqual([
      'Algebra I',
      'Algebra I / Classroom Materials',
      'Algebra I / Questions',
      'Algebra I / Session Notes',
    ]);
    expect(removed.every((c) => c.reason === 'notOnTeam')).toBe(true);
    expect(changes.filter((c) => c.op === 'add').every((c) => c.principal === 'cleo@tutors.example')).toBe(true);
    expect(changes.some((c) => c.principal === COORD || c.principal === 'deputy@school.example')).toBe(false);
  });

  it('link sharing found on a folder is closed and counted', () => {
    const p = plan(1);
    const seen = provisioned(p);
    seen[3].permissions.push({ id: 'anyoneWithLink', type: 'anyone', role: 'reader' });
    seen[4].permissions.push({ id: 'domain-school.example', type: 'domain', domain: 'school.example', role: 'commenter' });
    const d = diffDrive(p, seen, stored(seen));
    expect(d.totals.linkSharingFound).toBe(2);
    const removed = d.teams.flatMap((t) => t.changes).filter((c) => c.op === 'remove');
    expect(removed.map((c) => [c.principal, c.permissionId])).toEqual([
      ['anyone with the link', 'anyoneWithLink'],
      ['everyone at school.example', 'domain-school.example'],
    ]);
  });

  it('a role changed by hand is put back; a listed role equal to what the parent passes down is left alone', () => {
    const p = plan(1);
    const materials = allFolders(p).find((f) => f.kind === 'materials');
    const lessonPlans = allFolders(p).find((f) => f.kind === 'lessonPlans');
    if (!materials || !lessonPlans) throw new Error('plan');
    const seenMaterials: SeenFolder = {
      id: 'm',
      planKey: materials.key,
      name: 'CM',
      parents: [],
      permissions: [user(TEACHER, 'reader'), user(ANA, 'reader'), user(BEN, 'reader')],
    };
    expect(diffFolder(materials, seenMaterials, new Set([COORD]))).toEqual([
      expect.objectContaining({ op: 'update', principal: TEACHER, role: 'writer', from: 'reader' }),
    ]);
    const seenPlans: SeenFolder = {
      id: 'l',
      planKey: lessonPlans.key,
      name: 'LP',
      parents: [],
      permissions: [user(ANA, 'reader'), user(BEN, 'writer')],
    };
    expect(diffFolder(lessonPlans, seenPlans, new Set([COORD]))).toEqual([
      expect.objectContaining({ op: 'remove', principal: BEN, role: 'writer', reason: 'roleDiffers' }),
    ]);
  });

  it('a folder the plan no longer has (tier lowered) keeps only the owner and coordinators', () => {
    const seen = provisioned(plan(3));
    const d = diffDrive(plan(1), seen, stored(seen));
    const retired = d.teams.flatMap((t) => t.changes).filter((c) => c.reason === 'retired');
    expect(retired.map((c) => c.path).sort()).toEqual([...Array(3).fill('Questions'), ...Array(3).fill('Weekly Meetings')]);
  });

  it('the stored id wins over a duplicate with the same key; a stored id Drive no longer returns is lost', () => {
    const a: SeenFolder = { id: 'old', planKey: 'k', name: 'x', parents: [], permissions: [], createdTime: '2026-01-01' };
    const b: SeenFolder = { id: 'new', planKey: 'k', name: 'x', parents: [], permissions: [], createdTime: '2026-01-02' };
    const r = resolveFolders(
      [a, b],
      new Map([
        ['k', 'new'],
        ['gone', 'id9'],
      ]),
    );
    expect(r.byKey.get('k')?.id).toBe('new');
    expect(r.duplicates.map((d) => d.id)).toEqual(['old']);
    expect(r.lost).toEqual(['gone']);
  });
});

describe('drive-report', () => {
  it('lists every person on every folder with their role, and each difference', () => {
    const p = plan(1);
    const seen = provisioned(p);
    const sessionNotes = seen.find((s) => s.planKey.endsWith('.sessionNotes'));
    sessionNotes?.permissions.splice(
      sessionNotes.permissions.findIndex((x) => x.emailAddress === BEN),
      1,
    );
    seen.find((s) => s.planKey.endsWith('.studentData'))?.permissions.push(user('stranger@else.example', 'reader'));
    seen.find((s) => s.planKey.endsWith('.assessments'))?.permissions.push({ id: 'anyoneWithLink', type: 'anyone', role: 'reader' });
    const rows = accessReport(
      p,
      resolveFolders(
        seen.filter((s) => !s.planKey.endsWith('.lessonMaterials')),
        stored(seen),
      ),
    );
    const notOk = rows.filter((r) => r.status !== 'OK').map((r) => [r.folder, r.person, r.role, r.planned, r.status]);
    expect(notOk).toEqual([
      ['Algebra I / Classroom Materials / Lesson Materials', '', '', '', 'Folder missing'],
      ['Algebra I / Classroom Materials / Assessments', 'anyone with the link', 'view', 'no access', 'Link sharing'],
      ['Algebra I / Student Data', 'stranger@else.example', 'view', 'no access', 'Extra access'],
      ['Algebra I / Session Notes', BEN, 'view', 'edit', 'Different role'],
      ['Algebra I / Session Notes / Algebra I — Team workbook', BEN, 'view', 'edit', 'Different role'],
    ]);
    const dataRows = rows.filter((r) => r.folder === 'Algebra I / Student Data' && r.status === 'OK');
    expect(dataRows.map((r) => [r.person, r.role])).toEqual([
      [COORD, 'owner'],
      [TEACHER, 'edit'],
      [ANA, 'view'],
      [BEN, 'view'],
    ]);
  });
});
