// Weekly clock triggers as Apps Script makes them: onWeekDay(ScriptApp.WeekDay.X).atHour(h).everyWeeks(1), in the
// script's time zone; each user sees and deletes only their own; the simulated clock fires them when due.
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder
// https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGlobals, type FakeGlobals } from '../../fakes';
import { nextFiring, SCRIPT_TIME_ZONE } from '../../fakes/script/script-app';
import { FakeWorld } from '../../fakes/world';
import { advanceFiringTriggers } from '../support/clock';

const ME = 'coordinator@school.example';
const OTHER = 'second.coordinator@school.example';
// Monday 14 Sep 2026, 11:00 in New York.
const START = Date.UTC(2026, 8, 14, 15, 0, 0);

function setup(): { world: FakeWorld; g: FakeGlobals } {
  const world = new FakeWorld({ users: [ME, OTHER] });
  return { world, g: createGlobals(world, { html: () => undefined }) };
}

describe('weekly clock triggers', () => {
  it('uses the manifest’s time zone', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8')) as { timeZone: string };
    expect(SCRIPT_TIME_ZONE).toBe(manifest.timeZone);
  });

  it('runs on the chosen weekday and hour in the script’s time zone, every week', () => {
    const { world, g } = setup();
    world.run({ user: ME }, () =>
      g.ScriptApp.newTrigger('weeklyRun').timeBased().onWeekDay(g.ScriptApp.WeekDay.FRIDAY).atHour(7).everyWeeks(1).create(),
    );
    const trigger = world.state.triggers[0];
    expect(trigger).toMatchObject({ weekDay: 'FRIDAY', atHour: 7, everyWeeks: 1, owner: ME });
    // Friday 18 Sep 2026, 07:00 EDT = 11:00 UTC; a week later the same.
    const first = nextFiring(trigger, START);
    expect(new Date(first ?? 0).toISOString()).toBe('2026-09-18T11:00:00.000Z');
    expect(new Date(nextFiring(trigger, first ?? 0) ?? 0).toISOString()).toBe('2026-09-25T11:00:00.000Z');
    // After daylight saving ends (1 Nov), 07:00 EST = 12:00 UTC.
    expect(new Date(nextFiring(trigger, Date.UTC(2026, 10, 2)) ?? 0).toISOString()).toBe('2026-11-06T12:00:00.000Z');
  });

  it('refuses an hour outside 0–23 and a weekly trigger without a day', () => {
    const { world, g } = setup();
    world.run({ user: ME }, () => {
      expect(() => g.ScriptApp.newTrigger('x').timeBased().onWeekDay(g.ScriptApp.WeekDay.MONDAY).atHour(24)).toThrow('Invalid argument: hour');
      expect(() => g.ScriptApp.newTrigger('x').timeBased().atHour(9).everyWeeks(1).create()).toThrow('needs onWeekDay');
      expect(() => g.ScriptApp.newTrigger('x').timeBased().everyHours(1).onWeekDay(g.ScriptApp.WeekDay.MONDAY).create()).toThrow('one schedule');
    });
    expect(world.state.triggers).toEqual([]);
  });

  it('shows each user only their own triggers, and deleteTrigger removes only one’s own', () => {
    const { world, g } = setup();
    world.run({ user: ME }, () => g.ScriptApp.newTrigger('weeklyRun').timeBased().onWeekDay(g.ScriptApp.WeekDay.MONDAY).atHour(8).create());
    world.run({ user: OTHER }, () => {
      g.ScriptApp.newTrigger('weeklyRun').timeBased().onWeekDay(g.ScriptApp.WeekDay.MONDAY).atHour(9).create();
      const mine = g.ScriptApp.getProjectTriggers();
      expect(mine).toHaveLength(1);
      g.ScriptApp.deleteTrigger(mine[0]);
      expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
    });
    expect(world.state.triggers.map((t) => t.owner)).toEqual([ME]);
  });

  it('fires due triggers as their owner, with no container, when the test moves the clock', () => {
    const { world, g } = setup();
    world.clock.advance(START - world.clock.now());
    world.run({ user: ME }, () => g.ScriptApp.newTrigger('weeklyRun').timeBased().onWeekDay(g.ScriptApp.WeekDay.WEDNESDAY).atHour(6).create());
    const seen: string[] = [];
    const ran = advanceFiringTriggers(world, START + 21 * 86_400_000, {
      weeklyRun: () =>
        seen.push(`${g.Session.getActiveUser().getEmail()} ${g.LockService.getDocumentLock() === null ? 'no container' : 'container'}`),
    });
    expect(ran.map((r) => new Date(r.at).toISOString())).toEqual([
      '2026-09-16T10:00:00.000Z',
      '2026-09-23T10:00:00.000Z',
      '2026-09-30T10:00:00.000Z',
    ]);
    expect(seen).toEqual([`${ME} no container`, `${ME} no container`, `${ME} no container`]);
  });
});
