// A 12-week Tier 3 term on a simulated clock: the coordinator schedules Friday 7:00 preparation once; each Friday the
// trigger makes each team's agenda for next week from that week's notes, and the opted-in teacher gets one update.

import { addDays } from '../../src/core/dates';
import { resumeJobs } from '../../src/server/jobs';
import { getWeeklyState, prepareWeekNow, saveWeeklySchedule, teacherUpdatesTrigger, weeklyPreparationTrigger } from '../../src/server/weekly';
import { advanceFiringTriggers, useSimulatedTime } from '../support/clock';
import { ALGEBRA, BIOLOGY, COORDINATOR, TEACHER_OKAFOR, TEACHER_RIVERA, TUTOR_ANA, TUTOR_CHEN } from '../support/program';
import { addGoals, agendasIn, createWeeklyProgram, logNotes, type WeeklyProgram } from './support';

const DAY = 86_400_000;
const TERM_START = '2026-09-07';
const handlers = { weeklyPreparationTrigger, teacherUpdatesTrigger, resumeJobs };

describe('a 12-week Tier 3 term', () => {
  let p: WeeklyProgram;
  const start = Date.UTC(2026, 8, 7, 12, 0, 0);

  beforeAll(() => {
    const clock = useSimulatedTime(start);
    p = createWeeklyProgram({ clock, updates: { mode: 'Weekly', teams: [ALGEBRA], privacy: 'Summary' } });
    // The coordinator turns the schedule on, and (changing their mind about nothing) saves it again.
    p.run(() => saveWeeklySchedule({ on: true, weekDay: 'FRIDAY', hour: 7 }));
    p.run(() => saveWeeklySchedule({ on: true, weekDay: 'FRIDAY', hour: 7 }));
    addGoals(p, ALGEBRA, [{ studentId: '00101', assessment: 'Unit 3 test', dueDate: '2026-10-07' }]);
    for (let w = 0; w < 12; w++) {
      const monday = addDays(TERM_START, 7 * w);
      logNotes(p, ALGEBRA, [
        { studentId: '00101', date: monday, tutorEmail: TUTOR_ANA, objective: `Maya week ${w} objective`, degreeAccomplished: w % 2 ? 4 : 2 },
        { studentId: '00102', date: addDays(monday, 2), tutorEmail: TUTOR_ANA, objective: `Luis week ${w} objective`, degreeAccomplished: 3 },
      ]);
      logNotes(p, BIOLOGY, [
        { studentId: '00201', date: addDays(monday, 1), tutorEmail: TUTOR_CHEN, objective: `Zoe week ${w} objective`, degreeAccomplished: 3 },
      ]);
      advanceFiringTriggers(p.world, start + (7 * w + 6) * DAY, handlers);
    }
  });
  afterAll(() => {
    p.close();
    jest.useRealTimers();
  });

  it('leaves one weekly trigger however often the schedule was saved', () => {
    const mine = p.world.state.triggers.filter((t) => t.owner === COORDINATOR && t.handler === 'weeklyPreparationTrigger');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ weekDay: 'FRIDAY', atHour: 7, everyWeeks: 1 });
  });

  it('makes one agenda per team per week, each from that week and team only', () => {
    for (const [team, name] of [
      [ALGEBRA, 'Maya'],
      [BIOLOGY, 'Zoe'],
    ] as const) {
      const agendas = agendasIn(p, team);
      expect(agendas).toHaveLength(12);
      agendas.forEach((a) => {
        const w = agendas.indexOf(a);
        // Week w's Friday run plans the week after: its highlights are week w's notes, no other week's.
        expect(a.name).toBe(`Weekly meeting — ${team} — week of ${a.name.split('week of ')[1]}`);
        const weeks = [...a.text.matchAll(new RegExp(`${name} week (\\d+) objective`, 'g'))].map((m) => Number(m[1]));
        expect(new Set(weeks)).toEqual(new Set([w]));
      });
    }
    const biology = agendasIn(p, BIOLOGY)
      .map((a) => a.text)
      .join('\n');
    expect(biology).not.toMatch(/Maya|Luis/);
    expect(agendasIn(p, ALGEBRA)[0].text).toContain("Next Week's Sequence of Lesson Objectives");
    expect(agendasIn(p, ALGEBRA)[0].text).toContain('Stretch questions for students who have mastered the topic');
  });

  it('proposes next week’s roster: who did not accomplish the objective, who has an assessment coming', () => {
    const [week0, , , week3] = agendasIn(p, ALGEBRA);
    const roster = (text: string) => text.slice(text.indexOf('Proposed Student Roster'), text.indexOf('Tutor Objectives'));
    expect(roster(week0.text)).toContain('Maya Johnson');
    expect(roster(week0.text)).toContain("did not accomplish last week's objective “Maya week 0 objective” (2 — Partly)");
    expect(roster(week0.text)).not.toContain('Luis Ortega');
    // Week 3 (Fri 2 Oct): the Unit 3 test on 7 Oct is next week.
    expect(roster(week3.text)).toContain('assessment coming: Unit 3 test on Wed 7 Oct 2026');
  });

  it('emails the opted-in teacher once a week with the summary, and nobody else', () => {
    const toRivera = p.world.state.mail.filter((m) => m.to === TEACHER_RIVERA);
    expect(toRivera).toHaveLength(12);
    expect(p.world.state.mail.filter((m) => m.to === TEACHER_OKAFOR)).toEqual([]);
    expect(p.world.state.mail.every((m) => m.from === COORDINATOR)).toBe(true);
    toRivera.forEach((m, w) => {
      expect(m.body).toContain(`Maya week ${w} objective`);
      expect(m.body).not.toContain(`Maya week ${w + 1} objective`);
      expect(m.body).toContain(`https://docs.google.com/spreadsheets/d/${p.teamWorkbookId(ALGEBRA)}/edit`);
      // Family contacts are on the Roster for the team, but a teacher update is about the notes only.
      expect(m.body).not.toContain('555-');
    });
  });

  it('records every run in the Runs sheet, done for both teams', () => {
    const { runs } = p.run(() => getWeeklyState());
    expect(runs).toHaveLength(5);
    for (const run of runs) {
      expect(run).toMatchObject({ trigger: 'Scheduled', runBy: COORDINATOR, status: 'Done', failed: '' });
      expect(run.done).toContain(`${ALGEBRA}: agenda created`);
      expect(run.done).toContain(`${BIOLOGY}: agenda created`);
    }
  });

  it('a second run the same week updates the same doc with the new note, never a second doc', () => {
    const before = agendasIn(p, ALGEBRA);
    const last = before[before.length - 1];
    logNotes(p, ALGEBRA, [{ studentId: '00103', date: addDays(TERM_START, 7 * 11 + 3), tutorEmail: TUTOR_ANA, objective: 'Aisha late note' }]);
    const result = p.run(() => prepareWeekNow());
    expect(result.progress.finished).toBe(true);
    const after = agendasIn(p, ALGEBRA);
    expect(after.map((a) => a.id)).toEqual(before.map((a) => a.id));
    expect(after[after.length - 1].text).toContain('Aisha late note');
    expect(last.text).not.toContain('Aisha late note');
    // The week's teacher update went out on Friday: the re-run does not send it again.
    expect(p.world.state.mail.filter((m) => m.to === TEACHER_RIVERA)).toHaveLength(12);
    expect(p.run(() => getWeeklyState()).runs[0]).toMatchObject({ trigger: 'Manual', status: 'Done' });
    expect(p.run(() => getWeeklyState()).runs[0].done).toContain(`${ALGEBRA}: agenda updated`);
  });
});
