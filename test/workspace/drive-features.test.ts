// After provisioning: the access report, Tier 2 questions, and teachers sharing lesson materials with the Picker
// (under the strict fakes: drive.file grants per user, inherited permissions listed on children).

import { createInDrive, pickWithPicker, setDriveScope } from '../../fakes/drive';
import { grantAtLeast } from '../../fakes/drive/sharing';
import type { DriveItemState } from '../../fakes/drive/state';
import { setUserLocale } from '../../fakes/script/session';
import { ACCESS_REPORT_TABLE, QUESTIONS_TABLE } from '../../src/core/drive-tables';
import type { Tier } from '../../src/core/model';
import { menuAccessReport } from '../../src/server/drive';
import { shareMaterials } from '../../src/server/materials';
import { answerQuestion, askQuestion, listQuestions } from '../../src/server/questions';
import { DOCS_MIME } from '../../src/workspace/doc-generation';
import { startProvisionJob } from '../../src/workspace/drive-provision';
import { runChunk } from '../../src/workspace/job-runner';
import { readTable, requireSheet } from '../../src/workspace/table-store';
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
import { provisionMaterials } from './template-fixtures';

function provisioned(tier: 1 | 2 | 3): Program {
  const p = createProgram({ tier });
  setDriveScope(p.world, 'drive.file');
  const started = p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
  let progress = started;
  while (!progress.finished) progress = p.run(() => runChunk(started.jobId));
  p.world.counter.reset();
  return p;
}

describe('access report', () => {
  let p: Program;
  afterEach(() => p.close());

  it('lists every folder, every person and their role, and each difference from the plan', () => {
    p = provisioned(2);
    const data = Object.values(p.world.state.drive).find(
      (i) => i.appProperties.ttKind === 'studentData' && p.world.state.drive[i.parents[0]]?.name === ALGEBRA,
    );
    data?.permissions.push({ id: 'perm-tutor.chen@school.example', type: 'user', emailAddress: TUTOR_CHEN, role: 'reader' });
    const result = p.run(() => menuAccessReport());
    const rows = p.run(() =>
      readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ACCESS_REPORT_TABLE), ACCESS_REPORT_TABLE).rows.map((r) => r.record),
    );
    expect(result.differences).toBe(1);
    // The report opens with its summary, then the differences, then what matches the plan.
    expect(rows[0]).toMatchObject({ team: 'Summary', folder: '23 folders and team workbooks', person: '6 people', status: '' });
    expect(rows[0].note).toBe('1 difference from the plan, listed first: 1 Extra access. "Provision Drive folders" fixes every difference.');
    expect(rows[1]).toMatchObject({ person: TUTOR_CHEN, status: 'Extra access' });
    expect(p.world.state.ui.toasts.at(-1)).toEqual({ title: 'Access report', message: `23 folders, 6 people. ${rows[0].note}` });
    rows.shift();
    expect(rows.filter((r) => r.status !== 'OK')).toEqual([
      expect.objectContaining({
        folder: `${ALGEBRA} / Student Data`,
        person: TUTOR_CHEN,
        role: 'view',
        planned: 'no access',
        status: 'Extra access',
      }),
    ]);
    const notes = rows.filter((r) => r.folder === `${ALGEBRA} / Session Notes`).map((r) => [r.person, r.role, r.status]);
    expect(notes).toEqual([
      [COORDINATOR, 'owner', 'OK'],
      [TUTOR_ANA, 'edit', 'OK'],
      [TUTOR_BEN, 'edit', 'OK'],
      [TEACHER_RIVERA, 'comment', 'OK'],
    ]);
    expect(new Set(rows.map((r) => r.folder)).size).toBe(1 + 2 * 11);
    // Reading Drive costs one query for the whole program.
    expect(p.world.counter.count('Drive.Files.list')).toBe(1);
    expect(p.world.counter.count('Drive.Permissions')).toBe(0);
  });
});

describe('Tier 2 threaded questions', () => {
  let p: Program;
  afterEach(() => p.close());

  it('a tutor asks the teacher about a session note; the teacher answers; the thread is answered', () => {
    p = provisioned(2);
    const asked = p.inTeam(ALGEBRA, TUTOR_ANA, () =>
      askQuestion({ studentId: '00101', about: 'N-00101-2026-09-14', text: 'Which method for two-step equations will be on the test?' }),
    );
    if (!asked.ok) throw new Error(asked.message);
    expect(p.inTeam(ALGEBRA, TEACHER_RIVERA, () => listQuestions('00101')).map((t) => [t.text, t.status])).toEqual([
      ['Which method for two-step equations will be on the test?', 'Open'],
    ]);
    const answered = p.inTeam(ALGEBRA, TEACHER_RIVERA, () =>
      answerQuestion({ questionId: asked.value.questionId, text: 'Inverse operations, shown on the worksheet.' }),
    );
    expect(answered.ok).toBe(true);
    const [thread] = p.inTeam(ALGEBRA, TUTOR_ANA, () => listQuestions());
    expect(thread).toMatchObject({ status: 'Answered', askedBy: TUTOR_ANA, askedByRole: 'Tutor', about: 'N-00101-2026-09-14' });
    expect(thread.answers.map((a) => [a.author, a.authorRole, a.text])).toEqual([
      [TEACHER_RIVERA, 'Teacher', 'Inverse operations, shown on the worksheet.'],
    ]);
    const rows = p.inTeam(
      ALGEBRA,
      COORDINATOR,
      () => readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), QUESTIONS_TABLE), QUESTIONS_TABLE).rows,
    );
    expect(rows.map((r) => r.record.status)).toEqual(['Answered', '']);
    // Another team's tutor neither sees nor answers it.
    expect(p.inTeam(BIOLOGY, TUTOR_CHEN, () => listQuestions())).toEqual([]);
    const denied = p.inTeam(BIOLOGY, TUTOR_CHEN, () => answerQuestion({ questionId: asked.value.questionId, text: 'x' }));
    expect(denied.ok).toBe(false);
  });

  it('rejects an empty question beside its field, and questions at Tier 1', () => {
    p = createProgram({ tier: 2 });
    expect(p.inTeam(ALGEBRA, TUTOR_ANA, () => askQuestion({ studentId: '00101', text: '  ' }))).toEqual({
      ok: false,
      message: 'Please fix the highlighted fields.',
      errors: { text: 'Write your question.' },
    });
    p.close();
    p = createProgram({ tier: 1 });
    const tier1 = p.inTeam(ALGEBRA, TUTOR_ANA, () => askQuestion({ studentId: '00101', text: 'Hello?' }));
    expect(tier1.ok === false && tier1.message).toContain('Tier 2');
  });
});

describe('teachers share lesson materials with the Picker', () => {
  let p: Program;
  afterEach(() => p.close());

  const item = (id: string): DriveItemState => p.world.state.drive[id];
  const shortcutsTo = (id: string) => Object.values(p.world.state.drive).filter((i) => i.shortcutTargetId === id && !i.trashed);
  const othersOn = (id: string) =>
    item(id)
      .permissions.filter((x) => x.role !== 'owner')
      .map((x) => [x.emailAddress, x.role])
      .sort();

  function setUp(tier: Tier) {
    p = createProgram({ tier });
    setDriveScope(p.world, 'drive.file');
    const algebra = provisionMaterials(p, ALGEBRA, tier, TEACHER_RIVERA, [TUTOR_ANA, TUTOR_BEN]);
    const biology = provisionMaterials(p, BIOLOGY, tier, TEACHER_OKAFOR, [TUTOR_CHEN]);
    p.world.counter.reset();
    return { algebra, biology };
  }

  it('a teacher picks her own lesson plan and her Lesson Plans folder: a shortcut of hers appears there, pointing at her file', () => {
    const { algebra } = setUp(1);
    const plan = createInDrive(p.world, TEACHER_RIVERA, { name: 'Unit 3 lesson plan', mimeType: DOCS_MIME });
    pickWithPicker(p.world, TEACHER_RIVERA, [plan, algebra.lessonPlans]);
    const first = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId: algebra.lessonPlans, fileIds: [plan] }));
    expect(first).toEqual({
      ok: true,
      value: [{ input: plan, name: 'Unit 3 lesson plan', ok: true, message: 'Added to Lesson Plans; shared with 2 more people.' }],
    });
    const [shortcut] = shortcutsTo(plan);
    expect(shortcut).toMatchObject({ parents: [algebra.lessonPlans], owner: TEACHER_RIVERA, mimeType: 'application/vnd.google-apps.shortcut' });
    // The file stays hers, where it was; the tutors may open it (a shortcut alone gives no access), per person.
    expect(item(plan).owner).toBe(TEACHER_RIVERA);
    expect(othersOn(plan)).toEqual([
      [TUTOR_ANA, 'reader'],
      [TUTOR_BEN, 'reader'],
    ]);
    expect(item(plan).permissions.every((x) => x.type === 'user')).toBe(true);
    // Calls: the folder, its shortcuts, the file, two shares, one shortcut.
    expect(p.world.counter.snapshot().calls).toMatchObject({
      'Drive.Files.get': 2,
      'Drive.Files.list': 1,
      'Drive.Permissions.create': 2,
      'Drive.Files.create': 1,
    });
    // Sharing it again changes nothing.
    const again = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId: algebra.lessonPlans, fileIds: [plan] }));
    expect(again.ok && again.value[0]).toMatchObject({ ok: true, message: 'Added to Lesson Plans.' });
    expect(shortcutsTo(plan)).toHaveLength(1);
  });

  it('at Tier 2 the tutors get comment access; a file she did not pick is reported and the others are still added', () => {
    const { algebra } = setUp(2);
    const rubric = createInDrive(p.world, TEACHER_RIVERA, { name: 'Rubric', mimeType: DOCS_MIME });
    const notPicked = createInDrive(p.world, TEACHER_RIVERA, { name: 'Private notes', mimeType: DOCS_MIME });
    pickWithPicker(p.world, TEACHER_RIVERA, [rubric, algebra.assessments]);
    const result = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId: algebra.assessments, fileIds: [notPicked, rubric] }));
    expect(result.ok && result.value.map((f) => [f.name, f.ok])).toEqual([
      [notPicked, false],
      ['Rubric', true],
    ]);
    expect(othersOn(rubric)).toEqual([
      [TUTOR_ANA, 'commenter'],
      [TUTOR_BEN, 'commenter'],
    ]);
    expect(othersOn(notPicked)).toEqual([]);
    expect(shortcutsTo(notPicked)).toEqual([]);
  });

  it('a folder she did not pick cannot be opened by her add-on, and nothing is shared', () => {
    const { algebra } = setUp(1);
    const plan = createInDrive(p.world, TEACHER_RIVERA, { name: 'Unit 4 plan', mimeType: DOCS_MIME });
    pickWithPicker(p.world, TEACHER_RIVERA, [plan]);
    const result = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId: algebra.lessonPlans, fileIds: [plan] }));
    expect(result).toMatchObject({ ok: false, errors: { folder: expect.stringContaining('choose it with the Picker') } });
    expect(othersOn(plan)).toEqual([]);
  });

  it('a teacher of Biology who was given Algebra’s Lesson Plans folder by hand is refused there, and nothing is shared', () => {
    const { algebra } = setUp(1);
    grantAtLeast(p.world, item(algebra.lessonPlans), TEACHER_OKAFOR, 'writer', false);
    const cells = createInDrive(p.world, TEACHER_OKAFOR, { name: 'Cell diagram', mimeType: DOCS_MIME });
    pickWithPicker(p.world, TEACHER_OKAFOR, [cells, algebra.lessonPlans]);
    const result = p.inTeam(BIOLOGY, TEACHER_OKAFOR, () => shareMaterials({ folderId: algebra.lessonPlans, fileIds: [cells] }));
    expect(result).toEqual({
      ok: false,
      message: 'Please fix the highlighted fields.',
      errors: { folder: "That folder belongs to another team: you can share only into your own team's Classroom Materials." },
    });
    expect(shortcutsTo(cells)).toEqual([]);
    expect(othersOn(cells)).toEqual([]);
  });

  it('a Dutch teacher sharing her lesson plan reads each file’s line in Dutch (the folder keeps its Drive name)', () => {
    const { algebra } = setUp(1);
    setUserLocale(p.world, TEACHER_RIVERA, 'nl');
    const plan = createInDrive(p.world, TEACHER_RIVERA, { name: 'Lesplan hoofdstuk 3', mimeType: DOCS_MIME });
    const folder = createInDrive(p.world, TEACHER_RIVERA, { name: 'Map', mimeType: 'application/vnd.google-apps.folder' });
    pickWithPicker(p.world, TEACHER_RIVERA, [plan, folder, algebra.lessonPlans]);
    const result = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId: algebra.lessonPlans, fileIds: [plan, folder] }));
    expect(result).toEqual({
      ok: true,
      value: [
        { input: plan, name: 'Lesplan hoofdstuk 3', ok: true, message: 'Toegevoegd aan Lesson Plans; gedeeld met nog 2 personen.' },
        { input: folder, name: 'Map', ok: false, message: 'Dit is een map: kies de bestanden die erin staan.' },
      ],
    });
    // A folder not chosen with the Picker: Google gives the add-on no access to it, and she is told how to choose it.
    const elsewhere = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId: algebra.sessionNotes, fileIds: [plan] }));
    expect(elsewhere).toMatchObject({
      ok: false,
      errors: {
        folder: 'De add-on kan die map niet openen: kies hem met de mapknop van de bestandskiezer, dan laat Google de add-on hem gebruiken.',
      },
    });
  });

  it('a folder that is not a Classroom Materials category is refused (Session Notes)', () => {
    const { algebra } = setUp(2);
    const plan = createInDrive(p.world, TEACHER_RIVERA, { name: 'Plan', mimeType: DOCS_MIME });
    pickWithPicker(p.world, TEACHER_RIVERA, [plan, algebra.sessionNotes, algebra.materials]);
    for (const folderId of [algebra.sessionNotes, algebra.materials, plan]) {
      const result = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId, fileIds: [plan] }));
      expect(result).toMatchObject({
        ok: false,
        errors: { folder: expect.stringMatching(/^Pick one of your team's Classroom Materials folders: Lesson Plans, Lesson Materials, /) },
      });
    }
    expect(shortcutsTo(plan)).toEqual([]);
  });

  it('a tutor is refused by the rule, and an empty choice is refused beside each field', () => {
    const { algebra } = setUp(2);
    const notes = createInDrive(p.world, TUTOR_ANA, { name: 'My notes', mimeType: DOCS_MIME });
    pickWithPicker(p.world, TUTOR_ANA, [notes, algebra.lessonPlans]);
    expect(() => p.inTeam(ALGEBRA, TUTOR_ANA, () => shareMaterials({ folderId: algebra.lessonPlans, fileIds: [notes] }))).toThrow(
      "Only the program's coordinators and the team's teachers can share lesson materials.",
    );
    expect(othersOn(notes)).toEqual([]);
    const empty = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId: '', fileIds: [] }));
    expect(empty).toEqual({
      ok: false,
      message: 'Please fix the highlighted fields.',
      errors: { folder: "Choose your team's Classroom Materials folder.", files: 'Choose at least one file.' },
    });
  });
});
