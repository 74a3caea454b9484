// A coordinator provisions the teacher-tutor teams: folders and team workbooks, every person's role per tier, re-runs,
// tier changes and roster changes the strict fakes accept, link sharing found, refusals, and executions stopped at any call.

import { driveSettings } from '../../fakes/drive';
import { effectiveRole } from '../../fakes/drive/items';
import { FOLDER_MIME, SHEETS_MIME } from '../../fakes/drive/state';
import type { Tier } from '../../src/core/model';
import { GOALS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { TEAM_TABLES } from '../../src/core/workbook-tables';
import { previewDriveProvision, startDriveProvision } from '../../src/server/drive';
import { drive } from '../../src/workspace/drive-api';
import { previewProvision, startProvisionJob } from '../../src/workspace/drive-provision';
import { runChunk } from '../../src/workspace/job-runner';
import { readRoster, readSettings, writeSettings } from '../../src/workspace/program';
import { appendRecords, readTable, requireSheet } from '../../src/workspace/table-store';
import { countStudentRows } from '../../src/workspace/team/move-records';
import { readTeamWorkbooks, teamWorkbookKey } from '../../src/workspace/team/team-directory';
import {
  ALGEBRA,
  BIOLOGY,
  COORDINATOR,
  createProgram,
  type Program,
  TEACHER_OKAFOR,
  TEACHER_RIVERA,
  TUTOR_ANA,
  TUTOR_BEN,
  TUTOR_CHEN,
} from '../support/program';

type Role = 'owner' | 'writer' | 'commenter' | 'reader' | null;
const DEPUTY = 'deputy@school.example';
const TUTOR_DEE = 'tutor.dee@school.example';
const PEOPLE = [COORDINATOR, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN, TEACHER_OKAFOR, TUTOR_CHEN];
const WORKBOOK = `${ALGEBRA} / Session Notes / ${ALGEBRA} — Team workbook`;

/** A program whose team workbooks provisioning makes (the manifest's drive.file scope, as every test has). */
function fresh(tier: Tier, extra: Partial<{ coordinators: string[] }> = {}): Program {
  return createProgram({ tier, teamWorkbooks: false, settings: { coordinators: [COORDINATOR, ...(extra.coordinators ?? [])] } });
}

/** Runs the whole job the way the dialog does: start, then one chunk per execution until finished. */
function provision(p: Program, user = COORDINATOR): { chunks: number; errors: string[] } {
  const started = p.as(user, () => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
  let progress = started;
  let chunks = 0;
  while (!progress.finished && chunks < 50) {
    progress = p.as(user, () => runChunk(started.jobId));
    chunks++;
  }
  return { chunks, errors: progress.errors };
}

/** Every folder and file under the program folder, by path. */
function tree(p: Program): Map<string, string> {
  const root = p.run(() => readSettings(SpreadsheetApp.getActiveSpreadsheet())).driveRootFolderId;
  const out = new Map<string, string>();
  const walk = (id: string, path: string) => {
    for (const item of Object.values(p.world.state.drive)) {
      if (!item.parents.includes(id) || item.trashed) continue;
      const child = path ? `${path} / ${item.name}` : item.name;
      out.set(child, item.id);
      if (item.mimeType === FOLDER_MIME) walk(item.id, child);
    }
  };
  walk(root, '');
  return out;
}

function rolesOn(p: Program, id: string, people = PEOPLE): Record<string, Role> {
  return Object.fromEntries(people.map((person) => [person, effectiveRole(p.world, id, person)]));
}

const MATERIALS = ['Lesson Plans', 'Lesson Materials', 'Student Materials', 'Assessments', 'Updated Curricular Materials'];

/** Each person's role on every Algebra item at a tier (Ana and Ben tutor it, Ms. Rivera teaches it). */
function expectedAlgebra(tier: Tier, tutors = [TUTOR_ANA, TUTOR_BEN], gone: string[] = []): Record<string, Record<string, Role>> {
  const row = (teacher: Role, tutor: Role): Record<string, Role> => ({
    [COORDINATOR]: 'owner',
    [TEACHER_RIVERA]: teacher,
    ...Object.fromEntries(tutors.map((t) => [t, tutor])),
    ...Object.fromEntries(gone.map((t) => [t, null])),
    [TEACHER_OKAFOR]: null,
    [TUTOR_CHEN]: null,
  });
  const out: Record<string, Record<string, Role>> = {
    [ALGEBRA]: row('reader', 'reader'),
    [`${ALGEBRA} / Classroom Materials`]: row('writer', tier === 1 ? 'reader' : 'commenter'),
    [`${ALGEBRA} / Student Data`]: row('writer', 'reader'),
    [`${ALGEBRA} / Session Notes`]: row(tier === 1 ? 'reader' : 'commenter', 'writer'),
    [WORKBOOK]: row(tier === 1 ? 'reader' : 'writer', 'writer'),
  };
  for (const m of MATERIALS) out[`${ALGEBRA} / Classroom Materials / ${m}`] = row('writer', tier === 1 ? 'reader' : 'commenter');
  if (tier >= 2) out[`${ALGEBRA} / Questions`] = row('commenter', 'commenter');
  if (tier >= 3) out[`${ALGEBRA} / Weekly Meetings`] = row('writer', 'writer');
  return out;
}

/** Asserts every Algebra item exists and each person holds exactly the planned role. */
function expectAlgebra(p: Program, expected: Record<string, Record<string, Role>>): void {
  const items = tree(p);
  const algebra = [...items.keys()].filter((k) => k.startsWith(ALGEBRA));
  expect(algebra.sort()).toEqual(Object.keys(expected).sort());
  for (const [path, roles] of Object.entries(expected))
    expect({ path, roles: rolesOn(p, items.get(path) as string, Object.keys(roles)) }).toEqual({ path, roles });
}

function snapshotDrive(p: Program): string {
  return JSON.stringify(Object.values(p.world.state.drive).map((i) => [i.id, i.name, i.parents, i.permissions, i.trashed, i.writersCanShare]));
}

function setTier(p: Program, tier: Tier): void {
  p.run(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    writeSettings(ss, { ...readSettings(ss), tier });
  });
}

function setRosterField(p: Program, match: (r: Record<string, unknown>) => boolean, field: 'tutorEmail' | 'team' | 'teacherEmail', value: string) {
  p.run(() => {
    const sheet = requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ROSTER_TABLE);
    const table = readTable(sheet, ROSTER_TABLE);
    for (const r of table.rows.filter((x) => match(x.record))) sheet.getRange(r.row, table.index[field] + 1).setValue(value);
  });
}

/** Folders of a higher tier kept after the tier went down: everyone keeps only the team folder's view there. */
function withRetired(expected: Record<string, Record<string, Role>>): Record<string, Record<string, Role>> {
  const view = expected[ALGEBRA];
  return { ...expected, [`${ALGEBRA} / Questions`]: view, [`${ALGEBRA} / Weekly Meetings`]: view };
}

const preview = (p: Program) => p.run(() => previewProvision(SpreadsheetApp.getActiveSpreadsheet()));

describe('drive-provision', () => {
  let p: Program;
  afterEach(() => p.close());

  it.each([1, 2, 3] as const)(
    'Tier %i: the coordinator provisions every team folder and team workbook; each person gets exactly their role',
    (tier) => {
      p = fresh(tier);
      expect(provision(p).errors).toEqual([]);
      expectAlgebra(p, expectedAlgebra(tier));
      const items = tree(p);
      const root = p.run(() => readSettings(SpreadsheetApp.getActiveSpreadsheet()));
      // The program folder is the coordinator's alone; the first run made its caller the Drive owner.
      expect(root.driveOwner).toBe(COORDINATOR);
      expect(rolesOn(p, root.driveRootFolderId)).toEqual({ ...Object.fromEntries(PEOPLE.map((x) => [x, null])), [COORDINATOR]: 'owner' });
      expect(rolesOn(p, items.get(`${BIOLOGY} / Student Data`) as string)).toMatchObject({
        [TUTOR_CHEN]: 'reader',
        [TUTOR_ANA]: null,
        [TEACHER_RIVERA]: null,
      });
      // Every permission names one person; Student Data and the team workbook cannot be shared onward by editors.
      for (const item of Object.values(p.world.state.drive)) expect(item.permissions.every((x) => x.type === 'user')).toBe(true);
      for (const path of [`${ALGEBRA} / Student Data`, WORKBOOK]) expect(p.world.state.drive[items.get(path) as string].writersCanShare).toBe(false);
      // One sharing email per person per team (the team folder), saying what the team workbook is and how to open the sidebar.
      const mails = driveSettings(p.world).notifications;
      expect(mails.map((n) => n.to).sort()).toEqual([TEACHER_OKAFOR, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN, TUTOR_CHEN].sort());
      for (const mail of mails) expect(mail.message).toMatch(/Team workbook.*Extensions › Tutoring Toolkit › Open tutor sidebar/s);
    },
  );

  it.each([1, 2] as const)('Tier %i: the team workbook holds its sheets, its team’s roster slice, and protections for who writes where', (tier) => {
    p = fresh(tier);
    provision(p);
    const id = tree(p).get(WORKBOOK) as string;
    expect(p.world.state.drive[id].mimeType).toBe(SHEETS_MIME);
    expect(p.world.state.spreadsheets[id].sheets.map((s) => s.name)).toEqual(TEAM_TABLES.map((t) => t.name));
    // The master lists it under the key other features look it up by.
    const refs = p.run(() => readTeamWorkbooks(SpreadsheetApp.getActiveSpreadsheet()));
    expect(refs.find((r) => r.team === ALGEBRA)).toMatchObject({ spreadsheetId: id, planKey: teamWorkbookKey(p.masterId, ALGEBRA) });
    p.world.run({ user: TUTOR_ANA, host: 'sheets', spreadsheetId: id }, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      expect(readSettings(ss)).toMatchObject({ team: ALGEBRA, masterWorkbookId: p.masterId, tier });
      expect(readRoster(ss).map((s) => s.studentId)).toEqual(['00101', '00102', '00103', '00104']);
    });
    const write = (user: string, sheet: string) =>
      p.world.run({ user, host: 'sheets', spreadsheetId: id }, () =>
        (SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet) as GoogleAppsScript.Spreadsheet.Sheet).getRange(5, 1).setValue('x'),
      );
    expect(() => write(TUTOR_BEN, SESSION_NOTES_TABLE.name)).not.toThrow();
    // Tutors edit through Session Notes (inherited): the slice's protection must bind them all the same.
    expect(() => write(TUTOR_BEN, ROSTER_TABLE.name)).toThrow(/protected/i);
    expect(() => write(COORDINATOR, ROSTER_TABLE.name)).not.toThrow();
    if (tier === 1) expect(() => write(TEACHER_RIVERA, 'Questions')).toThrow();
    else {
      expect(() => write(TEACHER_RIVERA, 'Questions')).not.toThrow();
      expect(() => write(TEACHER_RIVERA, SESSION_NOTES_TABLE.name)).toThrow(/protected/i);
    }
    // Another team's tutor cannot open it at all.
    expect(() => p.world.run({ user: TUTOR_CHEN, host: 'sheets', spreadsheetId: null }, () => SpreadsheetApp.openById(id).getSheets())).toThrow();
  });

  it.each([
    ['a tutor', TUTOR_ANA],
    ['a teacher', TEACHER_RIVERA],
  ])('%s who calls the preview or the provisioning is refused with the rule’s message, and Drive is unchanged', (_who, user) => {
    p = fresh(2);
    provision(p);
    const before = snapshotDrive(p);
    // They can only call it from a workbook they can open: their team workbook (the master is not shared with them).
    const inTheirs = <T>(fn: () => T) => p.world.run({ user, host: 'sheets', spreadsheetId: tree(p).get(WORKBOOK) as string }, fn);
    expect(() => p.as(user, () => 0)).toThrow(/cannot have .* open/);
    expect(() => inTheirs(() => previewDriveProvision())).toThrow("Only the program's coordinators can provision Drive folders and team workbooks.");
    expect(() => inTheirs(() => startDriveProvision())).toThrow("Only the program's coordinators can provision Drive folders and team workbooks.");
    expect(snapshotDrive(p)).toBe(before);
  });

  it('a second coordinator is told who can run Drive actions, and Drive is unchanged', () => {
    p = fresh(2, { coordinators: [DEPUTY] });
    provision(p);
    const before = snapshotDrive(p);
    const refusal = `Only ${COORDINATOR} can run Drive actions`;
    expect(() => p.as(DEPUTY, () => previewDriveProvision())).toThrow(refusal);
    expect(() => p.as(DEPUTY, () => startDriveProvision())).toThrow(refusal);
    expect(snapshotDrive(p)).toBe(before);
    // The deputy still edits everything, through the one grant on the program folder.
    expect(rolesOn(p, tree(p).get(WORKBOOK) as string, [DEPUTY])).toEqual({ [DEPUTY]: 'writer' });
  });

  it('a second run changes nothing in Drive, its preview says so, and records in the team workbook are untouched', () => {
    p = fresh(2);
    provision(p);
    const id = tree(p).get(WORKBOOK) as string;
    p.world.run({ user: TUTOR_ANA, host: 'sheets', spreadsheetId: id }, () =>
      appendRecords(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, [
        { noteId: 'N-1', date: '2026-09-14', studentId: '00101', tutorEmail: TUTOR_ANA, objective: 'Ratios' },
      ]),
    );
    const before = snapshotDrive(p);
    expect(preview(p).upToDate).toBe(true);
    p.world.counter.reset();
    expect(provision(p).errors).toEqual([]);
    expect(snapshotDrive(p)).toBe(before);
    expect(
      p.world.counter.count('Drive.Files.create') + p.world.counter.count('Drive.Files.update') + p.world.counter.count('Drive.Permissions'),
    ).toBe(0);
    const notes = p.world.state.spreadsheets[id].sheets.find((s) => s.name === SESSION_NOTES_TABLE.name)?.values ?? [];
    expect(notes.flat()).toContain('Ratios');
  });

  it('tiers 1 → 2 → 3 → 1 and a roster change: every step is accepted by Drive and the end state equals the plan', () => {
    p = fresh(1);
    const steps: [string, () => void, () => Record<string, Record<string, Role>>][] = [
      ['tier 1', () => {}, () => expectedAlgebra(1)],
      ['tier 2', () => setTier(p, 2), () => expectedAlgebra(2)],
      ['tier 3', () => setTier(p, 3), () => expectedAlgebra(3)],
      // Questions and Weekly Meetings stay (their files are kept), with only the view the team folder passes down.
      ['back to tier 1', () => setTier(p, 1), () => withRetired(expectedAlgebra(1))],
      [
        'Ben replaced by Dee',
        () => setRosterField(p, (r) => r.tutorEmail === TUTOR_BEN, 'tutorEmail', TUTOR_DEE),
        () => withRetired(expectedAlgebra(1, [TUTOR_ANA, TUTOR_DEE], [TUTOR_BEN])),
      ],
      [
        'Maya moves to Biology',
        () => setRosterField(p, (r) => r.studentId === '00101', 'team', BIOLOGY),
        () => withRetired(expectedAlgebra(1, [TUTOR_ANA, TUTOR_DEE], [TUTOR_BEN])),
      ],
    ];
    for (const [step, change, expected] of steps) {
      change();
      expect({ step, errors: provision(p).errors }).toEqual({ step, errors: [] });
      expect({ step, upToDate: preview(p).upToDate }).toEqual({ step, upToDate: true });
      expectAlgebra(p, expected());
    }
    // Ana still tutors Luis in Algebra, and now Maya in Biology: she views Biology's folder and edits its workbook.
    const bio = tree(p).get(`${BIOLOGY} / Session Notes / ${BIOLOGY} — Team workbook`) as string;
    expect(rolesOn(p, bio, [TUTOR_ANA, TUTOR_BEN])).toEqual({ [TUTOR_ANA]: 'writer', [TUTOR_BEN]: null });
    const slice = p.world.run({ user: COORDINATOR, host: 'sheets', spreadsheetId: bio }, () => readRoster(SpreadsheetApp.getActiveSpreadsheet()));
    expect(slice.map((s) => s.studentId).sort()).toEqual(['00101', '00201', '00202']);
  });

  it('a student who moves to another team takes every record along; the old team keeps none of them', () => {
    p = fresh(2);
    provision(p);
    const algebra = tree(p).get(WORKBOOK) as string;
    const bio = tree(p).get(`${BIOLOGY} / Session Notes / ${BIOLOGY} — Team workbook`) as string;
    p.world.run({ user: TUTOR_ANA, host: 'sheets', spreadsheetId: algebra }, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      appendRecords(requireSheet(ss, GOALS_TABLE), GOALS_TABLE, [
        { goalId: 'G-1', studentId: '00101', conferenceDate: '2026-10-01', goal: 'Finish every warm-up', status: 'Active' },
      ]);
      appendRecords(requireSheet(ss, SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, [
        { noteId: 'N-1', studentId: '00101', date: '2026-10-02', objective: 'Slope' },
        { noteId: 'N-2', studentId: '00101', date: '2026-10-09', objective: 'Intercepts' },
        { noteId: 'N-3', studentId: '00102', date: '2026-10-09', objective: 'Luis stays' },
      ]);
    });
    const count = (id: string, ids: string[]) => p.run(() => countStudentRows(SpreadsheetApp.openById(id), ids));
    const before = count(algebra, ['00101']);
    expect(before).toMatchObject({ [GOALS_TABLE.name]: 1, [SESSION_NOTES_TABLE.name]: 2 });

    setRosterField(p, (r) => r.studentId === '00101', 'team', BIOLOGY);
    expect(provision(p).errors).toEqual([]);

    expect(count(bio, ['00101'])).toEqual(before);
    expect(Object.values(count(algebra, ['00101'])).every((n) => n === 0)).toBe(true);
    expect(count(algebra, ['00102'])[SESSION_NOTES_TABLE.name]).toBe(1);
    // Ben (Algebra only) reads nothing of Maya in his team workbook any more, by any column.
    const seen = p.world.run({ user: TUTOR_BEN, host: 'sheets', spreadsheetId: algebra }, () =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .flatMap((sheet) => sheet.getDataRange().getValues().flat().map(String)),
    );
    expect(seen.filter((v) => v === '00101' || v.includes('Maya'))).toEqual([]);
    // Running again moves nothing twice.
    expect(provision(p).errors).toEqual([]);
    expect(count(bio, ['00101'])).toEqual(before);
  });

  it('a tutor removed from the roster loses the team folders and the team workbook on the next provisioning', () => {
    p = fresh(3);
    provision(p);
    const id = tree(p).get(WORKBOOK) as string;
    expect(() => p.world.run({ user: TUTOR_BEN, host: 'sheets', spreadsheetId: null }, () => SpreadsheetApp.openById(id).getName())).not.toThrow();
    setRosterField(p, (r) => r.tutorEmail === TUTOR_BEN, 'tutorEmail', TUTOR_DEE);
    const planned = preview(p);
    expect(new Set(planned.toRemove.map((l) => l.principal))).toEqual(new Set([TUTOR_BEN]));
    expect(provision(p).errors).toEqual([]);
    for (const [path, item] of tree(p))
      if (path.startsWith(ALGEBRA)) expect({ path, ben: effectiveRole(p.world, item, TUTOR_BEN) }).toEqual({ path, ben: null });
    expect(() => p.world.run({ user: TUTOR_BEN, host: 'sheets', spreadsheetId: null }, () => SpreadsheetApp.openById(id).getName())).toThrow();
    expect(rolesOn(p, id, [TUTOR_DEE])).toEqual({ [TUTOR_DEE]: 'writer' });
  });

  it('a team workbook made before provisioning made them is moved into Session Notes and kept, records and all', () => {
    p = createProgram({ tier: 2 });
    const id = p.teamWorkbookId(ALGEBRA);
    p.inTeam(ALGEBRA, TUTOR_ANA, () =>
      appendRecords(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, [
        { noteId: 'N-7', date: '2026-09-14', studentId: '00101', tutorEmail: TUTOR_ANA, objective: 'Kept' },
      ]),
    );
    expect(provision(p).errors).toEqual([]);
    expect(tree(p).get(WORKBOOK)).toBe(id);
    expectAlgebra(p, expectedAlgebra(2));
    expect(Object.values(p.world.state.drive).filter((i) => i.mimeType === SHEETS_MIME && i.name.startsWith(ALGEBRA))).toHaveLength(1);
    expect(p.world.state.spreadsheets[id].sheets.find((s) => s.name === SESSION_NOTES_TABLE.name)?.values.flat()).toContain('Kept');
    expect(preview(p).upToDate).toBe(true);
  });

  it('link sharing on a folder and on a document inside one is reported in the preview and turned off', () => {
    p = fresh(1);
    provision(p);
    const items = tree(p);
    const data = p.world.state.drive[items.get(`${ALGEBRA} / Student Data`) as string];
    data.permissions.push({ id: 'anyoneWithLink', type: 'anyone', role: 'reader', allowFileDiscovery: false });
    // A conference document the coordinator's add-on generated into Session Notes, then shared by link.
    const doc = p.run(
      () =>
        drive().Files.create(
          {
            name: 'Maya — Goal-setting conference',
            mimeType: 'application/vnd.google-apps.document',
            parents: [items.get(`${ALGEBRA} / Session Notes`) as string],
          },
          null as unknown as GoogleAppsScript.Base.Blob,
          { fields: 'id' },
        ).id as string,
    );
    p.world.state.drive[doc].permissions.push({
      id: 'domain-school.example-withLink',
      type: 'domain',
      domain: 'school.example',
      role: 'reader',
      allowFileDiscovery: false,
    });
    const plan = preview(p);
    expect(plan.totals.linkSharingFound).toBe(2);
    expect(plan.toRemove.map((l) => [l.path, l.principal])).toEqual([
      [`${ALGEBRA} / Student Data`, 'anyone with the link'],
      [`${ALGEBRA} / Session Notes / Maya — Goal-setting conference`, 'everyone at school.example'],
    ]);
    provision(p);
    expect(data.permissions.some((x) => x.type !== 'user')).toBe(false);
    expect(p.world.state.drive[doc].permissions.some((x) => x.type !== 'user')).toBe(false);
    expect(preview(p).upToDate).toBe(true);
  });

  it('a team that leaves the Roster keeps its folders, but only the coordinator can still reach them', () => {
    p = fresh(1);
    provision(p);
    p.run(() => {
      const sheet = requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ROSTER_TABLE);
      const t = readTable(sheet, ROSTER_TABLE);
      for (const r of t.rows.filter((x) => x.record.team === BIOLOGY)) sheet.getRange(r.row, t.index.active + 1).setValue(false);
    });
    expect(provision(p).errors).toEqual([]);
    for (const [path, id] of tree(p)) {
      if (!path.startsWith(BIOLOGY)) continue;
      expect({ path, roles: rolesOn(p, id) }).toEqual({
        path,
        roles: { ...Object.fromEntries(PEOPLE.map((x) => [x, null])), [COORDINATOR]: 'owner' },
      });
    }
  });

  describe('an execution stopped at any call', () => {
    /** Service calls of one two-team Tier 3 run after the job starts. */
    const total = (() => {
      const q = fresh(3);
      try {
        const started = q.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
        q.world.counter.reset();
        let progress = started;
        while (!progress.finished) progress = q.run(() => runChunk(started.jobId));
        return q.world.counter.total;
      } finally {
        q.close();
      }
    })();
    // Sixteen stops spread over the whole run, and its very last call.
    const points = [...Array.from({ length: 16 }, (_, i) => 1 + Math.floor((i * total) / 16)), total];
    it.each(points)('stopping at call %i: the retry finishes with nothing duplicated', (n) => {
      p = fresh(3);
      const started = p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
      p.world.failAtCall(n);
      let progress = started;
      for (let i = 0; i < 20 && !progress.finished; i++) {
        try {
          progress = p.run(() => runChunk(started.jobId));
        } catch {
          // the stopped execution
        }
      }
      p.world.failAtCall(null);
      expect(progress.finished).toBe(true);
      expect(progress.errors).toEqual([]);
      const keys = Object.values(p.world.state.drive)
        .filter((i) => i.appProperties.ttProgram && !i.trashed)
        .map((i) => i.appProperties.ttPlanKey);
      expect(keys.length).toBe(new Set(keys).size);
      expect(keys.length).toBe(1 + 2 * 12);
      expectAlgebra(p, expectedAlgebra(3));
      const workbooks = Object.values(p.world.state.drive).filter((i) => i.mimeType === SHEETS_MIME && i.name.endsWith('— Team workbook'));
      expect(workbooks.map((v) => p.world.state.drive[v.parents[0]]?.name)).toEqual(['Session Notes', 'Session Notes']);
      expect(p.run(() => readTeamWorkbooks(SpreadsheetApp.getActiveSpreadsheet())).map((r) => r.team)).toEqual([ALGEBRA, BIOLOGY]);
    });
  });
});
