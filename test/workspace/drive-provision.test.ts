// A coordinator provisions the teacher-tutor team folders: every folder and every person's role per tier, re-runs,
// roster changes, link sharing found, and executions stopped at any call.

import { driveSettings, setDriveScope } from '../../fakes/drive';
import { effectiveRole } from '../../fakes/drive/items';
import { FOLDER_MIME } from '../../fakes/drive/state';
import { DRIVE_FOLDERS_TABLE } from '../../src/core/drive-tables';
import { ROSTER_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { previewProvision, startProvisionJob } from '../../src/workspace/drive-provision';
import { resumeUnfinishedJobs, runChunk } from '../../src/workspace/job-runner';
import { readSettings } from '../../src/workspace/program';
import { appendRecords, readTable, requireSheet } from '../../src/workspace/table-store';
import {
  ALGEBRA,
  aStudent,
  BIOLOGY,
  COORDINATOR,
  createProgram,
  defaultRoster,
  type Program,
  TEACHER_OKAFOR,
  TEACHER_RIVERA,
  TUTOR_ANA,
  TUTOR_BEN,
  TUTOR_CHEN,
} from '../support/program';

type Role = 'owner' | 'writer' | 'commenter' | 'reader' | null;
const PEOPLE = [COORDINATOR, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN, TEACHER_OKAFOR, TUTOR_CHEN];

function open(p: Program): Program {
  setDriveScope(p.world, 'drive.file');
  return p;
}

/** Runs the whole job the way the dialog does: start, then one chunk per execution until finished. */
function provision(p: Program): { chunks: number; errors: string[] } {
  const started = p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
  let progress = started;
  let chunks = 0;
  while (!progress.finished && chunks < 50) {
    progress = p.run(() => runChunk(started.jobId));
    chunks++;
  }
  return { chunks, errors: progress.errors };
}

/** Every folder (and file) under the program folder, by path. */
function tree(p: Program): Map<string, string> {
  const ss = p.run(() => readSettings(SpreadsheetApp.getActiveSpreadsheet()));
  const out = new Map<string, string>();
  const walk = (id: string, path: string) => {
    for (const item of Object.values(p.world.state.drive)) {
      if (!item.parents.includes(id) || item.trashed) continue;
      const child = path ? `${path} / ${item.name}` : item.name;
      out.set(child, item.id);
      if (item.mimeType === FOLDER_MIME) walk(item.id, child);
    }
  };
  walk(ss.driveRootFolderId, '');
  return out;
}

function rolesOn(p: Program, id: string): Record<string, Role> {
  return Object.fromEntries(PEOPLE.map((person) => [person, effectiveRole(p.world, id, person)]));
}

const MATERIALS = ['Lesson Plans', 'Lesson Materials', 'Student Materials', 'Assessments', 'Updated Curricular Materials'];

function expectedAlgebra(tier: 1 | 2 | 3): Record<string, Record<string, Role>> {
  const tutorOnMaterials = tier === 1 ? 'reader' : 'commenter';
  const teacherOnNotes = tier === 1 ? 'reader' : 'commenter';
  const row = (teacher: Role, tutors: Role): Record<string, Role> => ({
    [COORDINATOR]: 'owner',
    [TEACHER_RIVERA]: teacher,
    [TUTOR_ANA]: tutors,
    [TUTOR_BEN]: tutors,
    [TEACHER_OKAFOR]: null,
    [TUTOR_CHEN]: null,
  });
  const out: Record<string, Record<string, Role>> = {
    [ALGEBRA]: row('reader', 'reader'),
    [`${ALGEBRA} / Classroom Materials`]: row('writer', tutorOnMaterials),
    [`${ALGEBRA} / Student Data`]: row('writer', 'reader'),
    [`${ALGEBRA} / Session Notes`]: row(teacherOnNotes, 'writer'),
    [`${ALGEBRA} / Session Notes / ${ALGEBRA} — Session Notes`]: row(teacherOnNotes, 'writer'),
  };
  for (const m of MATERIALS) out[`${ALGEBRA} / Classroom Materials / ${m}`] = row('writer', tutorOnMaterials);
  if (tier >= 2) out[`${ALGEBRA} / Questions`] = row('commenter', 'commenter');
  if (tier >= 3) out[`${ALGEBRA} / Weekly Meetings`] = row('writer', 'writer');
  return out;
}

function snapshotDrive(p: Program): string {
  return JSON.stringify(Object.values(p.world.state.drive).map((i) => [i.id, i.name, i.parents, i.permissions, i.trashed]));
}

/** Service calls of one two-team Tier 3 run after the job starts. */
function callsOfOneRun(): number {
  const p = open(createProgram({ tier: 3 }));
  try {
    const started = p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
    p.world.counter.reset();
    let progress = started;
    while (!progress.finished) progress = p.run(() => runChunk(started.jobId));
    return p.world.counter.total;
  } finally {
    p.close();
  }
}

describe('drive-provision', () => {
  let p: Program;
  afterEach(() => p.close());

  it.each([1, 2, 3] as const)('Tier %i: a coordinator provisions every team folder and each person gets exactly their role', (tier) => {
    p = open(createProgram({ tier }));
    const { errors } = provision(p);
    expect(errors).toEqual([]);
    const folders = tree(p);
    const algebra = [...folders.keys()].filter((k) => k.startsWith(ALGEBRA));
    const expected = expectedAlgebra(tier);
    expect(algebra.sort()).toEqual(Object.keys(expected).sort());
    for (const [path, roles] of Object.entries(expected)) expect({ path, roles: rolesOn(p, folders.get(path) as string) }).toEqual({ path, roles });
    // The program folder is the coordinator's alone; the other team sees nothing of Algebra.
    const root = p.run(() => readSettings(SpreadsheetApp.getActiveSpreadsheet())).driveRootFolderId;
    expect(rolesOn(p, root)).toEqual({ ...Object.fromEntries(PEOPLE.map((x) => [x, null])), [COORDINATOR]: 'owner' });
    expect(rolesOn(p, folders.get(`${BIOLOGY} / Student Data`) as string)).toMatchObject({
      [TUTOR_CHEN]: 'reader',
      [TUTOR_ANA]: null,
      [TEACHER_RIVERA]: null,
    });
    // No link sharing anywhere; every permission names one person.
    for (const item of Object.values(p.world.state.drive)) expect(item.permissions.every((x) => x.type === 'user')).toBe(true);
    // One sharing email per person per team (the team folder), not one per folder.
    const mails = driveSettings(p.world)
      .notifications.map((n) => n.to)
      .sort();
    expect(mails).toEqual([TEACHER_OKAFOR, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN, TUTOR_CHEN].sort());
  });

  it('a run whose dialog was closed is finished by the hourly trigger, outside the workbook, with the same result', () => {
    p = open(createProgram({ tier: 2 }));
    p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
    // The coordinator closed the dialog before the first chunk; the trigger has no active spreadsheet.
    for (let hour = 0; hour < 5 && p.world.state.triggers.length > 0; hour++)
      p.run(() => resumeUnfinishedJobs(), { spreadsheetId: null, host: null });
    expect(p.world.state.triggers).toEqual([]);
    const folders = tree(p);
    for (const [path, roles] of Object.entries(expectedAlgebra(2)))
      expect({ path, roles: rolesOn(p, folders.get(path) as string) }).toEqual({ path, roles });
  });

  it('records every folder id in the Drive Folders sheet and the program folder in Settings', () => {
    p = open(createProgram({ tier: 3 }));
    provision(p);
    const rows = p.run(() => readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), DRIVE_FOLDERS_TABLE), DRIVE_FOLDERS_TABLE).rows);
    const folders = tree(p);
    expect(rows).toHaveLength(1 + 2 * 12);
    for (const { record } of rows) {
      if (record.path === p.world.state.drive[String(record.folderId)]?.name) continue;
      expect(folders.get(String(record.path))).toBe(record.folderId);
    }
  });

  it('a second run changes nothing in Drive and its preview says so', () => {
    p = open(createProgram({ tier: 2 }));
    provision(p);
    const before = snapshotDrive(p);
    const preview = p.run(() => previewProvision(SpreadsheetApp.getActiveSpreadsheet()));
    expect(preview.upToDate).toBe(true);
    p.world.counter.reset();
    provision(p);
    expect(snapshotDrive(p)).toBe(before);
    expect(p.world.counter.count('Drive.Files.create') + p.world.counter.count('Drive.Permissions')).toBe(0);
  });

  it('a re-run writes no notes view whose notes did not change, and rewrites only the view of the team whose notes did', () => {
    p = open(createProgram({ tier: 1 }));
    provision(p);
    const views = () => Object.values(p.world.state.drive).filter((i) => i.appProperties.ttKind === 'notesView' && !i.trashed);
    const [algebra, biology] = [ALGEBRA, BIOLOGY].map((team) => views().find((v) => v.name.startsWith(team))?.id as string);
    const written = (id: string) => JSON.stringify(p.world.state.spreadsheets[id].sheets[0].values);
    p.world.counter.reset();
    provision(p);
    expect(p.world.counter.count('Range.setValues')).toBe(0);
    expect(p.world.counter.count('Drive.Files.create') + p.world.counter.count('Drive.Files.update')).toBe(0);
    // A note logged straight into the workbook (no sync): the next run catches the Algebra view up, and only it.
    p.run(() =>
      appendRecords(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, [
        { noteId: 'N-1', date: '2026-09-14', startTime: '15:30', endTime: '16:15', studentId: '00101', tutorEmail: TUTOR_ANA, objective: 'Ratios' },
      ]),
    );
    const biologyBefore = written(biology);
    p.world.counter.reset();
    provision(p);
    expect(written(algebra)).toContain('Ratios');
    expect(written(biology)).toBe(biologyBefore);
    // One view write, and one write of its fingerprint in Drive Folders.
    expect(p.world.counter.count('Range.setValues')).toBe(2);
    expect(views()).toHaveLength(2);
  });

  it('a notes view trashed by hand is made again by the next run, in Session Notes', () => {
    p = open(createProgram({ tier: 1 }));
    provision(p);
    const view = Object.values(p.world.state.drive).find((i) => i.appProperties.ttKind === 'notesView' && i.name.startsWith(ALGEBRA));
    if (!view) throw new Error('no view');
    view.trashed = true;
    expect(provision(p).errors).toEqual([]);
    const again = tree(p).get(`${ALGEBRA} / Session Notes / ${ALGEBRA} — Session Notes`) as string;
    expect(again).not.toBe(view.id);
    expect(p.world.state.spreadsheets[again].sheets[0].values[0][0]).toBe('Date');
    expect(rolesOn(p, again)).toMatchObject({ [TEACHER_RIVERA]: 'reader', [TUTOR_ANA]: 'writer', [TEACHER_OKAFOR]: null });
  });

  it('after a roster change the new tutor gets access and the tutor who left loses it; owner and coordinator keep theirs', () => {
    p = open(createProgram({ tier: 2 }));
    provision(p);
    const newTutor = 'tutor.dee@school.example';
    p.run(() => {
      const sheet = requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ROSTER_TABLE);
      const rows = readTable(sheet, ROSTER_TABLE).rows;
      // Ben's two students move to Dee.
      for (const r of rows.filter((x) => x.record.tutorEmail === TUTOR_BEN)) {
        const col = rows.length && readTable(sheet, ROSTER_TABLE).index.tutorEmail + 1;
        sheet.getRange(r.row, col).setValue(newTutor);
      }
    });
    const preview = p.run(() => previewProvision(SpreadsheetApp.getActiveSpreadsheet()));
    expect(new Set(preview.toRemove.map((l) => l.principal))).toEqual(new Set([TUTOR_BEN]));
    expect(new Set(preview.toAdd.map((l) => l.principal))).toEqual(new Set([newTutor]));
    provision(p);
    const folders = tree(p);
    for (const [path, id] of folders) {
      if (!path.startsWith(ALGEBRA)) continue;
      expect({ path, ben: effectiveRole(p.world, id, TUTOR_BEN) }).toEqual({ path, ben: null });
      expect({ path, dee: effectiveRole(p.world, id, newTutor) }).toEqual({ path, dee: effectiveRole(p.world, id, TUTOR_ANA) });
      expect(effectiveRole(p.world, id, COORDINATOR)).toBe('owner');
    }
  });

  it('link sharing found on a folder is reported in the preview and turned off', () => {
    p = open(createProgram({ tier: 1 }));
    provision(p);
    const folders = tree(p);
    const data = p.world.state.drive[folders.get(`${ALGEBRA} / Student Data`) as string];
    data.permissions.push({ id: 'anyoneWithLink', type: 'anyone', role: 'reader', allowFileDiscovery: false });
    const plans = p.world.state.drive[folders.get(`${BIOLOGY} / Classroom Materials / Lesson Plans`) as string];
    plans.permissions.push({
      id: 'domain-school.example-withLink',
      type: 'domain',
      domain: 'school.example',
      role: 'writer',
      allowFileDiscovery: false,
    });
    const preview = p.run(() => previewProvision(SpreadsheetApp.getActiveSpreadsheet()));
    expect(preview.totals.linkSharingFound).toBe(2);
    expect(preview.toRemove.map((l) => [l.path, l.principal])).toEqual([
      [`${ALGEBRA} / Student Data`, 'anyone with the link'],
      [`${BIOLOGY} / Classroom Materials / Lesson Plans`, 'everyone at school.example'],
    ]);
    provision(p);
    expect(data.permissions.some((x) => x.type !== 'user')).toBe(false);
    expect(plans.permissions.some((x) => x.type !== 'user')).toBe(false);
    expect(effectiveRole(p.world, data.id, 'stranger@elsewhere.example')).toBeNull();
  });

  it('a team that leaves the Roster keeps its folders, but only the coordinator can still reach them', () => {
    p = open(createProgram({ tier: 1 }));
    provision(p);
    p.run(() => {
      const sheet = requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ROSTER_TABLE);
      const t = readTable(sheet, ROSTER_TABLE);
      for (const r of t.rows.filter((x) => x.record.team === BIOLOGY)) sheet.getRange(r.row, t.index.active + 1).setValue(false);
    });
    provision(p);
    for (const [path, id] of tree(p)) {
      if (!path.startsWith(BIOLOGY)) continue;
      expect({ path, roles: rolesOn(p, id) }).toEqual({
        path,
        roles: { ...Object.fromEntries(PEOPLE.map((x) => [x, null])), [COORDINATOR]: 'owner' },
      });
    }
  });

  it('a folder deleted by hand is made again under the same plan key', () => {
    p = open(createProgram({ tier: 1 }));
    provision(p);
    const id = tree(p).get(`${ALGEBRA} / Student Data`) as string;
    p.world.state.drive[id].trashed = true;
    provision(p);
    const again = tree(p).get(`${ALGEBRA} / Student Data`) as string;
    expect(again).not.toBe(id);
    expect(rolesOn(p, again)).toMatchObject({ [TEACHER_RIVERA]: 'writer', [TUTOR_ANA]: 'reader' });
  });

  describe('an execution stopped at any call', () => {
    // Stop a two-team Tier 3 run at every other service call after the start (and at its very last call), then retry.
    const total = callsOfOneRun();
    const points = [...Array.from({ length: Math.ceil(total / 2) }, (_, i) => 1 + i * 2), total];
    it('a run makes enough calls that the stops land inside every step (program folder, teams, notes views)', () =>
      expect(total).toBeGreaterThan(150));
    it.each(points)('stopping at call %i: the retry finishes with nothing duplicated', (n) => {
      p = open(createProgram({ tier: 3 }));
      const started = p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
      p.world.failAtCall(n);
      let progress = started;
      let stops = 0;
      for (let i = 0; i < 20 && !progress.finished; i++) {
        try {
          progress = p.run(() => runChunk(started.jobId));
        } catch {
          stops++;
        }
      }
      p.world.failAtCall(null);
      expect(progress.finished).toBe(true);
      expect(progress.errors).toEqual([]);
      const items = Object.values(p.world.state.drive).filter((i) => i.appProperties.ttProgram && !i.trashed);
      const keys = items.map((i) => i.appProperties.ttPlanKey);
      expect(keys.length).toBe(new Set(keys).size);
      expect(keys.length).toBe(1 + 2 * 12);
      const folders = tree(p);
      for (const [path, roles] of Object.entries(expectedAlgebra(3)))
        expect({ path, roles: rolesOn(p, folders.get(path) as string) }).toEqual({ path, roles });
      // Nothing half-made left behind: exactly one notes view per team, none in anyone's My Drive.
      const views = Object.values(p.world.state.drive).filter((i) => i.name.endsWith('— Session Notes'));
      expect(views.map((v) => p.world.state.drive[v.parents[0]]?.name)).toEqual(['Session Notes', 'Session Notes']);
      const rows = p.run(() => readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), DRIVE_FOLDERS_TABLE), DRIVE_FOLDERS_TABLE).rows);
      expect(new Set(rows.map((r) => r.record.planKey)).size).toBe(rows.length);
      expect(rows).toHaveLength(1 + 2 * 12);
      expect(stops).toBe(1);
    });
  });

  it('uses a student roster with more teams', () => {
    p = open(
      createProgram({ tier: 1, students: [...defaultRoster(), aStudent({ studentId: '00301', team: 'Chemistry', teacherEmail: TEACHER_OKAFOR })] }),
    );
    expect(provision(p).errors).toEqual([]);
    expect(tree(p).has('Chemistry / Student Data')).toBe(true);
  });
});
