// A coordinator makes progress reports for students and families: a Doc and its PDF per student, with family-audience
// content only, shared view-only with exactly the Roster's addresses when there is consent, and left unshared otherwise.

import { FAKE_PDF_HEADER } from '../../fakes/drive/export';
import { driveSettings } from '../../fakes/drive/settings';
import { ROSTER_TABLE } from '../../src/core/tables';
import { releaseProgressReport, startProgressReports } from '../../src/server/family';
import { readReports } from '../../src/workspace/family/progress-reports';
import { ALGEBRA, COORDINATOR, TUTOR_ANA, TUTOR_BEN } from '../support/program';
import { readDoc } from '../workspace/template-fixtures';
import { familyProgram, MAYA_EMAIL, MAYA_FAMILY, makeReports, reportFiles } from './fixtures';

const DOC = 'application/vnd.google-apps.document';
const PDF = 'application/pdf';
const SECOND = 'second.coordinator@school.example';

function filesOf(program: ReturnType<typeof familyProgram>, name: string) {
  const files = reportFiles(program).filter((f) => f.name.includes(name));
  const doc = files.find((f) => f.mimeType === DOC);
  const pdf = files.find((f) => f.mimeType === PDF);
  if (!doc || !pdf) throw new Error(`no report for ${name}`);
  return { doc, pdf };
}

const userPermissions = (item: { permissions: { type: string; role: string; emailAddress?: string }[] }) =>
  item.permissions.map((p) => `${p.type}:${p.role}:${p.emailAddress ?? ''}`).sort();

describe('progress reports for students and families', () => {
  afterEach(() => jest.useRealTimers());

  it('a coordinator makes Maya’s report: the goal, each step with how often it was done, attendance, scores, wins and next steps', () => {
    const program = familyProgram();
    try {
      const progress = makeReports(program, ['00101']);
      expect(progress).toMatchObject({ done: 1, total: 1, finished: true, errors: [] });
      const { doc } = filesOf(program, 'Maya Johnson');
      const report = readDoc(program.world, doc.id);
      expect(report.name).toBe('Progress report — Maya Johnson — 2026-09-14');
      expect(report.headings('HEADING1')).toEqual(['Current goal', 'Action steps', 'Attendance', 'Scores and targets', 'Recent wins', 'Next steps']);
      expect(report.text).toContain('“Score 70 on the Unit 2 test”');
      expect(report.tables[0]).toEqual([
        ['Action step', 'When / how often', 'Done'],
        ['I will come to tutoring on Mondays and Wednesdays to practice two-step equations.', 'Mondays and Wednesdays', '2 of 2 sessions'],
        ['I will make flashcards and study 15 min a day.', '15 min a day', '1 of 2 sessions'],
      ]);
      expect(report.text).toContain('Maya came to 2 of 3 tutoring sessions and was on time for 1 of them.');
      expect(report.tables[1]).toEqual([
        ['Assessment / project / assignment', 'Reviewed on', 'Score', 'Target for the next one'],
        ['Unit 1 test', 'Tue 1 Sep 2026', '42', '70'],
        ['Diagnostic quiz', 'Thu 20 Aug 2026', '35', '40'],
      ]);
      // Growth mindset: the effort named as the means to the goal, and the growth it led to.
      expect(report.text).toContain(
        'Maya followed through on “I will come to tutoring on Mondays and Wednesdays to practice two-step equations.” in 2 sessions over the last four weeks — the steps that lead to the goal “Score 70 on the Unit 2 test”.',
      );
      expect(report.text).toContain("Maya's score grew by 7 points, reaching the target of 40: that growth came from the work Maya put in.");
      expect(report.text).toContain('Mon 7 Sep 2026: Maya solved her first two-step equations on her own.');
      expect(report.text).toContain('Backup plan: If I miss Monday, I come on Tuesday.');
      // Tutor-only fields of the notes never reach the family.
      for (const privateText of ['inverse operations', 'asked questions', 'Solve two-step equations', 'Ms. Johnson (mother)', TUTOR_ANA]) {
        expect(report.text).not.toContain(privateText);
      }
    } finally {
      program.close();
    }
  });

  it('one Drive create and one Docs batchUpdate make the Doc; a Drive export and a create make its PDF with the same content', () => {
    const program = familyProgram();
    try {
      makeReports(program, ['00101']);
      const { doc, pdf } = filesOf(program, 'Maya Johnson');
      expect(program.world.counter.count('Docs.Documents.batchUpdate')).toBe(1);
      expect(program.world.counter.count('Drive.Files.export')).toBe(1);
      expect(program.world.counter.count('Drive.Files.create')).toBe(2);
      expect(pdf.name).toBe('Progress report — Maya Johnson — 2026-09-14.pdf');
      expect(pdf.content?.startsWith(FAKE_PDF_HEADER)).toBe(true);
      expect(JSON.parse(String(pdf.content).slice(FAKE_PDF_HEADER.length))).toEqual(program.world.state.documents[doc.id].body);
      // Both are filed in the team's Session Notes folder.
      expect(doc.parents).toEqual(pdf.parents);
      expect(program.world.state.drive[doc.parents[0]].name).toBe('Session Notes');
    } finally {
      program.close();
    }
  });

  it('with consent, the Doc and the PDF are shared view-only with exactly Maya and her family, never by link or domain', () => {
    const program = familyProgram();
    try {
      const progress = makeReports(program, ['00101']);
      expect(progress.warnings).toEqual([]);
      const { doc, pdf } = filesOf(program, 'Maya Johnson');
      const expected = [MAYA_EMAIL, ...MAYA_FAMILY].map((e) => `user:reader:${e}`);
      for (const file of [doc, pdf]) {
        const added = userPermissions(file).filter((p) => !p.startsWith('user:owner') && !p.endsWith(COORDINATOR));
        expect(added).toEqual([...expected].sort());
        expect(file.permissions.some((p) => p.type !== 'user')).toBe(false);
      }
      expect(program.world.counter.count('Drive.Permissions.create')).toBe(6);
      // Drive emails each person once, for the Doc (the PDF's grant is silent).
      const emailed = driveSettings(program.world).notifications;
      expect(emailed).toHaveLength(3);
      expect(JSON.stringify(emailed)).toContain(MAYA_EMAIL);
    } finally {
      program.close();
    }
  });

  it('without consent, Luis’s report is made, left unshared, and the coordinator is told why', () => {
    const program = familyProgram();
    try {
      const progress = makeReports(program, ['00102']);
      expect(progress.warnings).toEqual(['Luis Ortega: made, not shared — Consent to share is not ticked on the Roster.']);
      const { doc, pdf } = filesOf(program, 'Luis Ortega');
      for (const file of [doc, pdf]) expect(file.permissions.map((p) => p.emailAddress)).not.toContain('mr.ortega@home.example');
      expect(program.world.counter.count('Drive.Permissions.create')).toBe(0);
    } finally {
      program.close();
    }
  });

  it('all students: one report each; a second run makes nothing twice and shares nobody twice', () => {
    const program = familyProgram();
    try {
      const first = makeReports(program, 'all');
      expect(first).toMatchObject({ done: 6, total: 6, errors: [] });
      expect(reportFiles(program)).toHaveLength(12);
      program.world.counter.reset();
      makeReports(program, 'all');
      expect(reportFiles(program)).toHaveLength(12);
      expect(program.world.counter.count('Drive.Files.create')).toBe(0);
      expect(program.world.counter.count('Drive.Permissions.create')).toBe(0);
    } finally {
      program.close();
    }
  });

  it('only the Drive owner may make reports: a fellow coordinator is told who can, and a tutor is refused', () => {
    const program = familyProgram({ coordinators: [COORDINATOR, SECOND] });
    try {
      expect(program.as(SECOND, () => startProgressReports({ studentIds: ['00101'] }))).toMatchObject({
        ok: false,
        message: expect.stringContaining(`Only ${COORDINATOR} can run Drive actions for this program`),
      });
      expect(() => program.inTeam(ALGEBRA, TUTOR_ANA, () => startProgressReports({ studentIds: ['00101'] }))).toThrow(/coordinators/);
      expect(reportFiles(program)).toHaveLength(0);
    } finally {
      program.close();
    }
  });
});

describe('the review step', () => {
  afterEach(() => jest.useRealTimers());

  it('with Review progress reports ticked, a report waits as a draft, shared with nobody, until Maya’s tutor releases it', () => {
    const program = familyProgram({ review: true });
    try {
      const progress = makeReports(program, ['00101']);
      expect(progress.warnings).toEqual([`Maya Johnson: made as a draft, waiting for a coordinator or ${TUTOR_ANA} to release it.`]);
      const { doc } = filesOf(program, 'Maya Johnson');
      expect(doc.permissions.map((p) => p.emailAddress)).not.toContain(MAYA_EMAIL);
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => readReports(SpreadsheetApp.getActiveSpreadsheet()))).toEqual([
        expect.objectContaining({ studentId: '00101', reportDate: '2026-09-14', status: 'Draft' }),
      ]);
      // Another tutor of the team may not release Maya's report.
      expect(() => program.inTeam(ALGEBRA, TUTOR_BEN, () => releaseProgressReport({ studentId: '00101', reportDate: '2026-09-14' }))).toThrow(
        "Only a coordinator or Maya Johnson's tutor can release Maya Johnson's progress report.",
      );
      const released = program.inTeam(ALGEBRA, TUTOR_ANA, () => releaseProgressReport({ studentId: '00101', reportDate: '2026-09-14' }));
      expect(released).toMatchObject({ ok: true });
      // The tutor cannot share (no addresses in the team workbook, no Drive grant): the coordinator's next run does.
      expect(doc.permissions.map((p) => p.emailAddress)).not.toContain(MAYA_EMAIL);
      const again = makeReports(program, ['00101']);
      expect(again.warnings).toEqual([]);
      expect(userPermissions(program.world.state.drive[doc.id])).toEqual(expect.arrayContaining([`user:reader:${MAYA_EMAIL}`]));
      const rows = program.inTeam(ALGEBRA, TUTOR_ANA, () => readReports(SpreadsheetApp.getActiveSpreadsheet()));
      expect(rows[0].status).toBe('Released');
    } finally {
      program.close();
    }
  });

  it('a coordinator who is the Drive owner releases from the master, and the report is shared at once', () => {
    const program = familyProgram({ review: true });
    try {
      makeReports(program, ['00101']);
      const released = program.run(() => releaseProgressReport({ studentId: '00101', reportDate: '2026-09-14' }));
      expect(released).toEqual({ ok: true, value: { message: 'Released and shared with Maya Johnson and their family, view only.' } });
      const { pdf } = filesOf(program, 'Maya Johnson');
      expect(userPermissions(pdf)).toEqual(expect.arrayContaining(MAYA_FAMILY.map((e) => `user:reader:${e}`)));
    } finally {
      program.close();
    }
  });

  it('the team workbook never holds consent or family addresses', () => {
    const program = familyProgram();
    try {
      const headers = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        SpreadsheetApp.getActiveSpreadsheet().getSheetByName(ROSTER_TABLE.name)?.getDataRange().getValues(),
      );
      const text = JSON.stringify(headers);
      for (const hidden of ['Consent to share', 'Family email', 'Student email', MAYA_EMAIL, ...MAYA_FAMILY]) expect(text).not.toContain(hidden);
      expect(text).toContain('Praise preference');
    } finally {
      program.close();
    }
  });
});
