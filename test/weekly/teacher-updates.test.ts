// Teacher updates: opt-in per team, what each privacy setting lets the email carry, the daily recipient limit (what
// does not fit waits and goes on a later run, never dropped), and a coordinator who has not granted send_mail.

import { grantScopes } from '../../fakes';
import { authSettings, MANIFEST_SCOPES } from '../../fakes/auth';
import { setMailQuota } from '../../fakes/script/mail';
import {
  getWeeklyState,
  prepareWeekNow,
  requestMailPermission,
  saveTeacherUpdates,
  saveWeeklySchedule,
  teacherUpdatesTrigger,
} from '../../src/server/weekly';
import { useSimulatedTime } from '../support/clock';
import { ALGEBRA, BIOLOGY, COORDINATOR, TEACHER_OKAFOR, TEACHER_RIVERA, TUTOR_ANA, TUTOR_CHEN } from '../support/program';
import { createWeeklyProgram, keepWorld, logNotes, setTeacherUpdates, type WeeklyProgram } from './support';

const DAY = 86_400_000;
// Wednesday 16 Sep 2026, 12:00 in New York: the week under review is 14–20 Sep.
const WEDNESDAY = Date.UTC(2026, 8, 16, 16, 0, 0);

function withNotes(p: WeeklyProgram): void {
  logNotes(p, ALGEBRA, [
    {
      studentId: '00101',
      date: '2026-09-14',
      tutorEmail: TUTOR_ANA,
      objective: 'Solve two-step equations',
      degreeAccomplished: 3,
      engagement: 'Asked great questions',
      studentShared: 'Worried about the group project',
    },
  ]);
  logNotes(p, BIOLOGY, [{ studentId: '00201', date: '2026-09-15', tutorEmail: TUTOR_CHEN, objective: 'Cell membranes', degreeAccomplished: 2 }]);
}

describe('teacher updates', () => {
  let p: WeeklyProgram;
  let restore: () => void;
  beforeAll(() => {
    p = createWeeklyProgram({ clock: useSimulatedTime(WEDNESDAY) });
    restore = keepWorld(p);
  });
  beforeEach(() => {
    restore();
    jest.setSystemTime(WEDNESDAY);
    setMailQuota(p.world, COORDINATOR, 1_500);
    grantScopes(p.world, COORDINATOR, 'all');
  });
  afterAll(() => {
    p.close();
    jest.useRealTimers();
  });

  const mailTo = (who: string) => p.world.state.mail.filter((m) => m.to === who);

  it('a program that does not opt in never sends mail', () => {
    withNotes(p);
    p.run(() => prepareWeekNow());
    expect(p.world.state.mail).toEqual([]);
    expect(p.world.counter.count('MailApp.sendEmail')).toBe(0);
  });

  it('names only: who had sessions and the workbook link, no objectives or notes', () => {
    setTeacherUpdates(p, { mode: 'Weekly', teams: [ALGEBRA, BIOLOGY], privacy: 'Names only' });
    withNotes(p);
    p.run(() => prepareWeekNow());
    const [rivera] = mailTo(TEACHER_RIVERA);
    expect(rivera.body).toContain('- Maya Johnson');
    expect(rivera.body).toContain(`https://docs.google.com/spreadsheets/d/${p.teamWorkbookId(ALGEBRA)}/edit`);
    expect(rivera.body).not.toContain('Solve two-step equations');
    expect(rivera.body).not.toContain('Zoe');
    expect(mailTo(TEACHER_OKAFOR)[0].body).toContain('- Zoe Carter');
  });

  it('summary: attendance, objectives and degree, but not what the student shared', () => {
    setTeacherUpdates(p, { mode: 'Weekly', teams: [ALGEBRA], privacy: 'Summary' });
    withNotes(p);
    p.run(() => prepareWeekNow());
    const [rivera] = mailTo(TEACHER_RIVERA);
    expect(rivera.body).toContain('Maya Johnson — attended 1 of 1 session');
    expect(rivera.body).toContain('Mon 14 Sep 2026: Solve two-step equations (3 — Mostly)');
    expect(rivera.body).not.toContain('Worried about the group project');
    expect(mailTo(TEACHER_OKAFOR)).toEqual([]);
  });

  it('full notes: every team field of each note, never the family contact', () => {
    setTeacherUpdates(p, { mode: 'Weekly', teams: [ALGEBRA], privacy: 'Full notes' });
    withNotes(p);
    p.run(() => prepareWeekNow());
    const [rivera] = mailTo(TEACHER_RIVERA);
    expect(rivera.body).toContain('Worried about the group project');
    expect(rivera.body).toContain('Asked great questions');
    expect(rivera.body).toContain(`Tutor email: ${TUTOR_ANA}`);
    expect(rivera.body).not.toContain('555-0101');
  });

  it('respects the daily recipient limit: what does not fit waits, is reported, and goes the next day', () => {
    setTeacherUpdates(p, { mode: 'Weekly', teams: [ALGEBRA, BIOLOGY], privacy: 'Summary' });
    withNotes(p);
    setMailQuota(p.world, COORDINATOR, 1);
    p.run(() => prepareWeekNow());
    expect(p.world.state.mail).toHaveLength(1);
    const state = p.run(() => getWeeklyState());
    expect(state.waitingMail).toBe(1);
    expect(state.runs[0].remaining).toMatch(/teacher update to .* waits \(daily mail quota reached\)/);
    expect(state.runs[0].status).toBe('Done');
    // The next day's run (the same week) sends what waited, once, and composes nothing new.
    p.world.clock.advance(DAY);
    p.run(() => prepareWeekNow());
    expect(mailTo(TEACHER_RIVERA)).toHaveLength(1);
    expect(mailTo(TEACHER_OKAFOR)).toHaveLength(1);
    expect(p.run(() => getWeeklyState()).waitingMail).toBe(0);
  });

  it('a coordinator who left send_mail unchecked is asked when turning updates on, and the weekly run defers instead of failing', () => {
    withNotes(p);
    grantScopes(
      p.world,
      COORDINATOR,
      MANIFEST_SCOPES.filter((s) => !s.endsWith('script.send_mail')),
    );
    const refused = p.run(() => saveTeacherUpdates({ mode: 'Weekly', teams: [ALGEBRA], privacy: 'Summary' }));
    expect(refused).toMatchObject({ ok: false, needsMailPermission: true });
    expect(refused.ok ? '' : refused.message).toContain('Send email as you');
    expect(p.run(() => getWeeklyState()).updates.mode).toBe('Off');
    // "Allow sending email": Google's consent prompt for that scope.
    expect(() => p.run(() => requestMailPermission())).toThrow('Authorization is required');
    expect(authSettings(p.world).prompts.at(-1)).toMatchObject({ user: COORDINATOR });
    // Granted, then taken back later: the run still prepares agendas and keeps the mail for later.
    grantScopes(p.world, COORDINATOR, 'all');
    expect(p.run(() => saveTeacherUpdates({ mode: 'Weekly', teams: [ALGEBRA], privacy: 'Summary' })).ok).toBe(true);
    grantScopes(
      p.world,
      COORDINATOR,
      MANIFEST_SCOPES.filter((s) => !s.endsWith('script.send_mail')),
    );
    const run = p.run(() => prepareWeekNow());
    expect(run.progress.finished).toBe(true);
    const [latest] = p.run(() => getWeeklyState()).runs;
    expect(latest).toMatchObject({ status: 'Done', failed: '' });
    expect(latest.remaining).toContain('waits (mail not authorized)');
    expect(latest.done).toContain(`${ALGEBRA}: agenda created`);
    expect(p.world.state.mail).toEqual([]);
    grantScopes(p.world, COORDINATOR, 'all');
    p.run(() => prepareWeekNow());
    expect(mailTo(TEACHER_RIVERA)).toHaveLength(1);
  });

  it('after each session: the daily trigger mails the notes logged since, once each', () => {
    setTeacherUpdates(p, { mode: 'After each session', teams: [ALGEBRA], privacy: 'Summary' });
    p.run(() => saveWeeklySchedule({ on: true, weekDay: 'FRIDAY', hour: 7 }));
    expect(p.world.state.triggers.map((t) => t.handler).sort()).toEqual(['teacherUpdatesTrigger', 'weeklyPreparationTrigger']);
    withNotes(p);
    const trigger = { user: COORDINATOR, spreadsheetId: null, host: null } as const;
    p.run(() => teacherUpdatesTrigger(), trigger);
    p.run(() => teacherUpdatesTrigger(), trigger);
    expect(mailTo(TEACHER_RIVERA)).toHaveLength(1);
    expect(mailTo(TEACHER_RIVERA)[0].subject).toContain('the session of Mon 14 Sep 2026');
    logNotes(p, ALGEBRA, [{ studentId: '00102', date: '2026-09-16', tutorEmail: TUTOR_ANA, objective: 'Ratios' }]);
    p.run(() => teacherUpdatesTrigger(), trigger);
    expect(mailTo(TEACHER_RIVERA).map((m) => m.subject.split(', ').at(-1))).toEqual([
      'the session of Mon 14 Sep 2026',
      'the session of Wed 16 Sep 2026',
    ]);
    expect(mailTo(TEACHER_RIVERA)[1].body).toContain('Ratios');
    expect(mailTo(TEACHER_RIVERA)[1].body).not.toContain('Solve two-step equations');
    // Back to weekly: the daily trigger goes.
    p.run(() => saveTeacherUpdates({ mode: 'Weekly', teams: [ALGEBRA], privacy: 'Summary' }));
    expect(p.world.state.triggers.map((t) => t.handler)).toEqual(['weeklyPreparationTrigger']);
  });

  it('refuses a team that is not a Tier 3 team of the program, naming it', () => {
    const result = p.run(() => saveTeacherUpdates({ mode: 'Weekly', teams: ['Chemistry - Period 9'], privacy: 'Summary' }));
    expect(result).toMatchObject({ ok: false, errors: { teams: 'Teams: Chemistry - Period 9 is not a Tier 3 team of this program.' } });
  });
});
