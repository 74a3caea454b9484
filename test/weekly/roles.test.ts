// Who may schedule and prepare: coordinators only, Drive actions only as the Drive owner, and a trigger whose
// installer is no longer a coordinator refuses, records it in Runs and turns itself off. An agenda someone typed
// into is kept on a re-run.

import { shareInDrive } from '../../fakes';
import { getWeeklyState, prepareWeekNow, saveWeeklySchedule, weeklyPreparationTrigger } from '../../src/server/weekly';
import { readSettings, writeSettings } from '../../src/workspace/program';
import { useSimulatedTime } from '../support/clock';
import { ALGEBRA, BIOLOGY, COORDINATOR, TUTOR_ANA } from '../support/program';
import { agendasIn, createWeeklyProgram, keepWorld, logNotes, type WeeklyProgram } from './support';

const WEDNESDAY = Date.UTC(2026, 8, 16, 16, 0, 0);
const SECOND = 'second.coordinator@school.example';

describe('weekly preparation roles', () => {
  let p: WeeklyProgram;
  let restore: () => void;
  beforeAll(() => {
    p = createWeeklyProgram({ clock: useSimulatedTime(WEDNESDAY) });
    restore = keepWorld(p);
  });
  beforeEach(() => {
    restore();
    jest.setSystemTime(WEDNESDAY);
  });
  afterAll(() => {
    p.close();
    jest.useRealTimers();
  });

  it('refuses a tutor in the master, with the rule’s words', () => {
    shareInDrive(p.world, COORDINATOR, p.masterId, TUTOR_ANA, 'writer');
    expect(() => p.as(TUTOR_ANA, () => prepareWeekNow())).toThrow("Only the program's coordinators can schedule and prepare the weekly meetings.");
    expect(() => p.as(TUTOR_ANA, () => saveWeeklySchedule({ on: true, weekDay: 'FRIDAY', hour: 7 }))).toThrow('Only the program');
  });

  it('lets only the Drive-owner coordinator prepare or schedule, and says who that is', () => {
    p.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      writeSettings(ss, { ...readSettings(ss), coordinators: [COORDINATOR, SECOND] });
    });
    shareInDrive(p.world, COORDINATOR, p.masterId, SECOND, 'writer');
    expect(() => p.as(SECOND, () => prepareWeekNow())).toThrow(`Only ${COORDINATOR} (Settings › Drive folders made by) can prepare`);
    const saved = p.as(SECOND, () => saveWeeklySchedule({ on: true, weekDay: 'FRIDAY', hour: 7 }));
    expect(saved).toMatchObject({ ok: false });
    expect(p.world.state.triggers).toEqual([]);
    expect(p.as(SECOND, () => getWeeklyState()).driveRefusal).toContain(COORDINATOR);
  });

  it('checks the weekday and hour, naming the field', () => {
    expect(p.run(() => saveWeeklySchedule({ on: true, weekDay: 'FUNDAY', hour: 25 }))).toMatchObject({
      ok: false,
      errors: { weekDay: 'Day: choose a day of the week.', hour: 'Hour: choose an hour from 0:00 to 23:00.' },
    });
  });

  it('turning the schedule off deletes the coordinator’s trigger', () => {
    p.run(() => saveWeeklySchedule({ on: true, weekDay: 'MONDAY', hour: 6 }));
    expect(p.run(() => getWeeklyState()).schedule).toEqual({ on: true, weekDay: 'MONDAY', hour: 6 });
    p.run(() => saveWeeklySchedule({ on: false, weekDay: 'MONDAY', hour: 6 }));
    expect(p.world.state.triggers).toEqual([]);
    expect(p.run(() => getWeeklyState()).schedule.on).toBe(false);
  });

  it('a trigger whose installer is no longer a coordinator refuses, records it in Runs, and turns itself off', () => {
    p.run(() => saveWeeklySchedule({ on: true, weekDay: 'FRIDAY', hour: 7 }));
    p.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      writeSettings(ss, { ...readSettings(ss), coordinators: [SECOND] });
    });
    p.run(() => weeklyPreparationTrigger(), { spreadsheetId: null, host: null });
    expect(p.world.state.triggers).toEqual([]);
    expect(agendasIn(p, ALGEBRA)).toEqual([]);
    const runs = p.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Runs');
      return sheet?.getDataRange().getValues() ?? [];
    });
    const refused = runs.find((r) => r.includes('Refused'));
    expect(refused?.join(' ')).toContain(`${COORDINATOR} is no longer a coordinator of this program`);
  });

  it('keeps an agenda someone typed into, and says so in Runs', () => {
    logNotes(p, ALGEBRA, [{ studentId: '00101', date: '2026-09-14', tutorEmail: TUTOR_ANA, objective: 'Fractions' }]);
    p.run(() => prepareWeekNow());
    const [agenda] = agendasIn(p, ALGEBRA);
    // The teacher writes Monday's lesson into the agenda.
    p.world.run({ user: 'ms.rivera@school.example', documentId: agenda.id, host: 'docs', spreadsheetId: null }, () =>
      DocumentApp.getActiveDocument().getBody().appendParagraph('Monday: slope-intercept form'),
    );
    logNotes(p, ALGEBRA, [{ studentId: '00102', date: '2026-09-15', tutorEmail: TUTOR_ANA, objective: 'Ratios' }]);
    p.run(() => prepareWeekNow());
    const [kept] = agendasIn(p, ALGEBRA);
    expect(kept.id).toBe(agenda.id);
    expect(kept.text).toContain('Monday: slope-intercept form');
    expect(kept.text).not.toContain('Ratios');
    expect(p.run(() => getWeeklyState()).runs[0].done).toContain(`${ALGEBRA}: agenda kept (edited by someone since it was prepared)`);
  });

  it('a team without a Weekly Meetings folder is reported as failed, the other team is prepared, and the dialog shows it', () => {
    p.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Drive Folders');
      const values = sheet?.getDataRange().getValues() ?? [];
      const row = values.findIndex((r) => r.join(' ').includes(`${BIOLOGY} / Weekly Meetings`));
      sheet?.getRange(row + 1, 1, 1, values[0].length).clearContent();
    });
    const run = p.run(() => prepareWeekNow());
    expect(run.progress.finished).toBe(true);
    expect(agendasIn(p, ALGEBRA)).toHaveLength(1);
    const state = p.run(() => getWeeklyState());
    expect(state.runs[0]).toMatchObject({ status: 'Done with failures' });
    expect(state.runs[0].failed).toBe(`${BIOLOGY}: no Weekly Meetings folder: run Provision Drive folders (Tier 3 makes one per team).`);
    expect(state.runs[0].done).toContain(`${ALGEBRA}: agenda created`);
  });
});
