// After provisioning: the access report, session notes reaching teachers, Tier 2 questions, and teachers sharing materials.

import { openWithPicker, setDriveScope } from '../../fakes/drive';
import { effectiveRole } from '../../fakes/drive/items';
import { ACCESS_REPORT_TABLE, QUESTIONS_TABLE } from '../../src/core/drive-tables';
import { SESSION_NOTES_TABLE } from '../../src/core/tables';
import { answerQuestion, askQuestion, getShareMaterialsOptions, listQuestions, menuAccessReport, shareMaterials } from '../../src/server/drive';
import { startProvisionJob } from '../../src/workspace/drive-provision';
import { syncTeamSessionNotes } from '../../src/workspace/drive-session-notes';
import { runChunk } from '../../src/workspace/job-runner';
import { appendRecords, readTable, requireSheet } from '../../src/workspace/table-store';
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

function provisioned(tier: 1 | 2 | 3): Program {
  const p = createProgram({ tier });
  setDriveScope(p.world, 'drive.file');
  const started = p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
  let progress = started;
  while (!progress.finished) progress = p.run(() => runChunk(started.jobId));
  p.world.counter.reset();
  return p;
}

const byName = (p: Program, name: string) => Object.values(p.world.state.drive).find((i) => i.name === name && !i.trashed);

function logNote(p: Program, tutor: string, studentId: string, date: string, objective: string): void {
  p.as(tutor, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(requireSheet(ss, SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, [
      {
        noteId: `N-${studentId}-${date}`,
        date,
        startTime: '15:30',
        endTime: '16:15',
        studentId,
        tutorEmail: tutor,
        objective,
        attended: true,
        onTime: true,
      },
    ]);
    syncTeamSessionNotes(ss, [ALGEBRA]);
  });
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

describe('session notes reach teachers', () => {
  let p: Program;
  afterEach(() => p.close());

  it('provisioning makes each team a view of its notes in Session Notes, and logging a note keeps it current', () => {
    p = provisioned(1);
    const view = byName(p, `${ALGEBRA} — Session Notes`);
    if (!view) throw new Error('no view');
    expect(p.world.state.drive[view.parents[0]].name).toBe('Session Notes');
    logNote(p, TUTOR_ANA, '00101', '2026-09-14', 'Solve two-step equations');
    logNote(p, TUTOR_BEN, '00103', '2026-09-15', 'Graph linear functions');
    const values = p.world.state.spreadsheets[view.id].sheets[0].values;
    expect(values[0].slice(0, 6)).toEqual(['Date', 'Start time', 'End time', 'Student ID', 'Student name', 'Tutor email']);
    expect(values.slice(1).map((r) => [r[4], r[6]])).toEqual([
      ['Aisha Bello', 'Graph linear functions'],
      ['Maya Johnson', 'Solve two-step equations'],
    ]);
    // Tier 1: the teacher views it, tutors edit it, the other team cannot open it.
    expect(effectiveRole(p.world, view.id, TEACHER_RIVERA)).toBe('reader');
    expect(effectiveRole(p.world, view.id, TUTOR_BEN)).toBe('writer');
    expect(effectiveRole(p.world, view.id, TEACHER_OKAFOR)).toBeNull();
    // The Biology view holds none of Algebra's notes.
    const bio = byName(p, `${BIOLOGY} — Session Notes`);
    expect(p.world.state.spreadsheets[bio?.id ?? ''].sheets[0].values.length).toBeLessThanOrEqual(1);
  });

  it('a tutor’s sync never creates files, and a sync before provisioning is a no-op that says why', () => {
    p = createProgram({ tier: 1 });
    const result = p.as(TUTOR_ANA, () => syncTeamSessionNotes(SpreadsheetApp.getActiveSpreadsheet(), [ALGEBRA]));
    expect(result).toEqual({ synced: [], skipped: [{ team: ALGEBRA, reason: 'Drive folders are not provisioned yet.' }] });
  });
});

describe('Tier 2 threaded questions', () => {
  let p: Program;
  afterEach(() => p.close());

  it('a tutor asks the teacher about a session note; the teacher answers; the thread is answered', () => {
    p = provisioned(2);
    const asked = p.as(TUTOR_ANA, () =>
      askQuestion({ studentId: '00101', about: 'N-00101-2026-09-14', text: 'Which method for two-step equations will be on the test?' }),
    );
    if (!asked.ok) throw new Error(asked.message);
    expect(p.as(TEACHER_RIVERA, () => listQuestions('00101')).map((t) => [t.text, t.status])).toEqual([
      ['Which method for two-step equations will be on the test?', 'Open'],
    ]);
    const answered = p.as(TEACHER_RIVERA, () =>
      answerQuestion({ questionId: asked.value.questionId, text: 'Inverse operations, shown on the worksheet.' }),
    );
    expect(answered.ok).toBe(true);
    const [thread] = p.as(TUTOR_ANA, () => listQuestions());
    expect(thread).toMatchObject({ status: 'Answered', askedBy: TUTOR_ANA, askedByRole: 'Tutor', about: 'N-00101-2026-09-14' });
    expect(thread.answers.map((a) => [a.author, a.authorRole, a.text])).toEqual([
      [TEACHER_RIVERA, 'Teacher', 'Inverse operations, shown on the worksheet.'],
    ]);
    const rows = p.run(() => readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), QUESTIONS_TABLE), QUESTIONS_TABLE).rows);
    expect(rows.map((r) => r.record.status)).toEqual(['Answered', '']);
    // Another team's tutor neither sees nor answers it.
    expect(p.as(TUTOR_CHEN, () => listQuestions())).toEqual([]);
    const denied = p.as(TUTOR_CHEN, () => answerQuestion({ questionId: asked.value.questionId, text: 'x' }));
    expect(denied.ok).toBe(false);
  });

  it('rejects an empty question beside its field, and questions at Tier 1', () => {
    p = createProgram({ tier: 2 });
    expect(p.as(TUTOR_ANA, () => askQuestion({ studentId: '00101', text: '  ' }))).toEqual({
      ok: false,
      message: 'Please fix the highlighted fields.',
      errors: { text: 'Write your question.' },
    });
    p.close();
    p = createProgram({ tier: 1 });
    const tier1 = p.as(TUTOR_ANA, () => askQuestion({ studentId: '00101', text: 'Hello?' }));
    expect(tier1.ok === false && tier1.message).toContain('Tier 2');
  });
});

describe('teachers share lesson materials', () => {
  let p: Program;
  afterEach(() => p.close());

  function aDoc(owner: string, name: string): string {
    return p.world.run({ user: owner, host: 'docs' }, () => DocumentApp.create(name).getId());
  }

  it('a picked file becomes a shortcut in the category folder, tutors get the tier’s role, a second share changes nothing', () => {
    p = provisioned(1);
    const docId = aDoc(TEACHER_RIVERA, 'Unit 3 worksheet');
    openWithPicker(p.world, docId);
    const options = p.as(TEACHER_RIVERA, () => getShareMaterialsOptions());
    expect(options.teams.map((t) => t.team)).toEqual([ALGEBRA]);
    const teamKey = options.teams[0].teamKey;
    const form = { teamKey, category: 'studentMaterials', files: `https://docs.google.com/document/d/${docId}/edit` };
    const first = p.as(TEACHER_RIVERA, () => shareMaterials(form));
    expect(first.ok && first.value.map((f) => f.ok)).toEqual([true]);
    const again = p.as(TEACHER_RIVERA, () => shareMaterials(form));
    expect(again.ok && again.value[0].ok).toBe(true);
    const shortcuts = Object.values(p.world.state.drive).filter((i) => i.shortcutTargetId === docId);
    expect(shortcuts).toHaveLength(1);
    expect(p.world.state.drive[shortcuts[0].parents[0]].name).toBe('Student Materials');
    const doc = p.world.state.drive[docId];
    expect(doc.owner).toBe(TEACHER_RIVERA);
    expect(
      doc.permissions
        .filter((x) => x.role !== 'owner')
        .map((x) => [x.emailAddress, x.role])
        .sort(),
    ).toEqual([
      [TUTOR_ANA, 'reader'],
      [TUTOR_BEN, 'reader'],
    ]);
    expect(doc.permissions.every((x) => x.type === 'user')).toBe(true);
  });

  it('a file the add-on was not given (no Picker) is reported, and the others are still added', () => {
    p = provisioned(2);
    const picked = aDoc(TEACHER_RIVERA, 'Rubric');
    const notPicked = aDoc(TEACHER_RIVERA, 'Private notes');
    p.world.state.drive[notPicked].appAuthorized = false;
    openWithPicker(p.world, picked);
    const teamKey = p.as(TEACHER_RIVERA, () => getShareMaterialsOptions()).teams[0].teamKey;
    const result = p.as(TEACHER_RIVERA, () => shareMaterials({ teamKey, category: 'assessments', files: `${notPicked}\n${picked}` }));
    expect(result.ok && result.value.map((f) => [f.name, f.ok])).toEqual([
      [notPicked, false],
      ['Rubric', true],
    ]);
    expect(p.world.state.drive[picked].permissions.find((x) => x.emailAddress === TUTOR_ANA)?.role).toBe('commenter');
  });

  it('a tutor has no team to share into, and a bad link is refused beside the field', () => {
    p = provisioned(1);
    expect(p.as(TUTOR_ANA, () => getShareMaterialsOptions()).teams).toEqual([]);
    const result = p.as(TEACHER_RIVERA, () => shareMaterials({ teamKey: 'x', category: 'lessonPlans', files: 'not a link' }));
    expect(result).toEqual({
      ok: false,
      message: 'Please fix the highlighted fields.',
      errors: { teamKey: 'Choose the team.', files: 'Not a Drive link or file id: not a link' },
    });
  });

  it('a tutor cannot share files into Classroom Materials even with a team key, and nothing is shared', () => {
    p = provisioned(2);
    const teamKey = p.as(TEACHER_RIVERA, () => getShareMaterialsOptions()).teams[0].teamKey;
    const docId = p.world.run({ user: TUTOR_ANA, host: 'docs' }, () => DocumentApp.create('My notes').getId());
    openWithPicker(p.world, docId);
    expect(() => p.as(TUTOR_ANA, () => shareMaterials({ teamKey, category: 'lessonPlans', files: docId }))).toThrow(
      "Only the team's teacher and the coordinator can add to Lesson Plans.",
    );
    expect(p.world.state.drive[docId].permissions.filter((x) => x.role !== 'owner')).toEqual([]);
  });
});
