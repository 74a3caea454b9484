// ScriptApp fake: AuthMode, authorization checks (granular consent), and triggers run at most once an hour for add-ons.

import { AUTHORIZATION_STATUS, type AuthorizationInfo, authorizationInfo } from '../auth/authorization-info';
import { promptForMissing } from '../auth/consent';
import { FakeServiceError } from '../errors';
import { wallClock } from '../sheets/tz';
import { surface } from '../surface';
import type { FakeWorld, TriggerState } from '../world';

const HOUR_MS = 3_600_000;
/** Apps Script quota: 20 triggers per user per script. */
const MAX_TRIGGERS_PER_USER = 20;

export const AUTH_MODE = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

/**
 * ScriptApp.WeekDay. A weekly trigger runs on that day at the hour given, in the script's time zone (the manifest's
 * `timeZone`, which `test/fakes/script-triggers.test.ts` holds equal to this), every N weeks.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#onWeekDay(Weekday)
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer)
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyWeeks(Integer)
 */
export const WEEK_DAY = {
  SUNDAY: 'SUNDAY',
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
} as const;
const WEEK_DAYS: readonly string[] = Object.values(WEEK_DAY);
export const SCRIPT_TIME_ZONE = 'America/New_York';

class FakeClockTriggerBuilder {
  private everyHoursValue?: number;
  private afterMsValue?: number;
  private weekDayValue?: string;
  private atHourValue?: number;
  private everyWeeksValue?: number;
  private everyDaysValue?: number;
  constructor(
    private readonly world: FakeWorld,
    private readonly handler: string,
  ) {}
  everyHours(n: number): this {
    if (n < 1) throw new FakeServiceError('Add-ons can only create time-driven triggers that run at most once per hour.');
    this.everyHoursValue = n;
    return this;
  }
  everyMinutes(_n: number): this {
    throw new FakeServiceError('Add-ons can only create time-driven triggers that run at most once per hour.');
  }
  after(ms: number): this {
    if (ms < HOUR_MS) throw new FakeServiceError('Add-ons can only create time-driven triggers that run at most once per hour.');
    this.afterMsValue = ms;
    return this;
  }
  /** The wording of these argument errors is ours; the accepted values are the documented ones. */
  onWeekDay(day: unknown): this {
    if (!WEEK_DAYS.includes(String(day))) throw new FakeServiceError(`Invalid argument: day (${String(day)}); use ScriptApp.WeekDay.`);
    this.weekDayValue = String(day);
    return this;
  }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new FakeServiceError(`Invalid argument: hour (${hour}); it must be 0 to 23.`);
    this.atHourValue = hour;
    return this;
  }
  everyDays(n: number): this {
    if (!Number.isInteger(n) || n < 1) throw new FakeServiceError(`Invalid argument: everyDays (${n}).`);
    this.everyDaysValue = n;
    return this;
  }
  everyWeeks(n: number): this {
    if (!Number.isInteger(n) || n < 1) throw new FakeServiceError(`Invalid argument: everyWeeks (${n}).`);
    this.everyWeeksValue = n;
    return this;
  }
  create(): GoogleAppsScript.Script.Trigger {
    const daily = this.everyDaysValue !== undefined;
    const weekly = !daily && (this.weekDayValue !== undefined || this.everyWeeksValue !== undefined || this.atHourValue !== undefined);
    if (
      daily &&
      (this.weekDayValue !== undefined || this.everyWeeksValue !== undefined || this.everyHoursValue !== undefined || this.afterMsValue !== undefined)
    )
      throw new FakeServiceError(
        'A clock trigger runs on one schedule: weekly (onWeekDay/atHour/everyWeeks) or every N hours or once after a delay.',
      );
    if (weekly && (this.everyHoursValue !== undefined || this.afterMsValue !== undefined))
      throw new FakeServiceError(
        'A clock trigger runs on one schedule: weekly (onWeekDay/atHour/everyWeeks) or every N hours or once after a delay.',
      );
    if (weekly && this.weekDayValue === undefined) throw new FakeServiceError('A weekly trigger needs onWeekDay(ScriptApp.WeekDay).');
    const owner = this.world.activeUser;
    const mine = this.world.state.triggers.filter((t) => t.owner === owner);
    if (mine.length >= MAX_TRIGGERS_PER_USER)
      throw new FakeServiceError('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    const trigger: TriggerState = { id: this.world.newId('trg'), handler: this.handler, kind: 'CLOCK', owner };
    if (this.everyHoursValue !== undefined) trigger.everyHours = this.everyHoursValue;
    if (this.afterMsValue !== undefined) trigger.afterMs = this.afterMsValue;
    if (daily) {
      trigger.everyDays = this.everyDaysValue;
      trigger.atHour = this.atHourValue ?? 0;
    }
    if (this.weekDayValue !== undefined) {
      trigger.weekDay = this.weekDayValue;
      trigger.atHour = this.atHourValue ?? 0;
      trigger.everyWeeks = this.everyWeeksValue ?? 1;
    }
    trigger.createdAt = this.world.clock.now();
    this.world.state.triggers.push(trigger);
    return triggerView(this.world, trigger);
  }
}

class FakeTriggerBuilder {
  constructor(
    private readonly world: FakeWorld,
    private readonly handler: string,
  ) {}
  timeBased(): FakeClockTriggerBuilder {
    return surface(new FakeClockTriggerBuilder(this.world, this.handler), 'ClockTriggerBuilder', this.world);
  }
}

class FakeTrigger implements Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId' | 'getEventType'> {
  constructor(private readonly trigger: TriggerState) {}
  getHandlerFunction(): string {
    return this.trigger.handler;
  }
  getUniqueId(): string {
    return this.trigger.id;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.trigger.kind as unknown as GoogleAppsScript.Script.EventType;
  }
}

function triggerView(world: FakeWorld, trigger: TriggerState): GoogleAppsScript.Script.Trigger {
  return surface(new FakeTrigger(trigger), 'Trigger', world) as unknown as GoogleAppsScript.Script.Trigger;
}

type ScriptAppMember =
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'getAuthorizationInfo'
  | 'getOAuthToken'
  | 'requireScopes';

const SCRIPT_ID = 'fake-script-id';

class FakeScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, ScriptAppMember> {
  readonly AuthMode = AUTH_MODE;
  readonly AuthorizationStatus = AUTHORIZATION_STATUS;
  readonly WeekDay = WEEK_DAY;
  readonly EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE' };

  constructor(private readonly world: FakeWorld) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return surface(
      new FakeTriggerBuilder(this.world, functionName),
      'TriggerBuilder',
      this.world,
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  /**
   * The OAuth 2.0 access token of the active user for the script's scopes (what a page hands the Google Picker); the
   * fake token names its user so a test can tell whose it is.
   * https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()
   */
  getOAuthToken(): string {
    return `ya29.fake-token-for-${this.world.activeUser}`;
  }

  /**
   * "Gets all installable triggers associated with the current project and current user": another user's triggers on
   * the same project are invisible (and so cannot be deleted).
   * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
   */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.world.state.triggers.filter((t) => t.owner === this.world.activeUser).map((t) => triggerView(this.world, t));
  }
  getUserTriggers(_document: unknown): GoogleAppsScript.Script.Trigger[] {
    return this.getProjectTriggers();
  }
  /** Removes one of the active user's triggers; a trigger already gone is a no-op. */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = trigger.getUniqueId();
    this.world.state.triggers = this.world.state.triggers.filter((t) => t.id !== id || t.owner !== this.world.activeUser);
  }
  getScriptId(): string {
    return SCRIPT_ID;
  }

  /**
   * Whether the user still has to grant some of the project's scopes (or of `oAuthScopes`), and the URL that asks.
   * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
   */
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): AuthorizationInfo {
    return authorizationInfo(this.world, String(authMode), SCRIPT_ID, oAuthScopes);
  }

  /**
   * Ends the execution with a consent prompt when any of the scopes is not granted; returns when all are.
   * Only AuthMode.FULL asks for consent, so other modes return at once.
   * https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
   */
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void {
    if (String(authMode) !== 'FULL') return;
    promptForMissing(this.world, oAuthScopes);
  }
}

export function createScriptApp(world: FakeWorld): GoogleAppsScript.Script.ScriptApp {
  return surface(new FakeScriptApp(world), 'ScriptApp', world) as unknown as GoogleAppsScript.Script.ScriptApp;
}

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/**
 * When a clock trigger next runs strictly after `after` (null for a one-off already due or run): a weekly one at the
 * start of its hour on its day in the script's time zone (Google runs it somewhere in that hour; the fake takes its
 * start), every N weeks from its first run; an hourly one every N hours from its creation.
 */
export function nextFiring(trigger: TriggerState, after: number): number | null {
  const created = trigger.createdAt ?? 0;
  if (trigger.kind !== 'CLOCK') return null;
  if (trigger.everyHours !== undefined) {
    const period = trigger.everyHours * HOUR;
    return created + (Math.floor((after - created) / period) + 1) * period;
  }
  if (trigger.afterMs !== undefined) {
    const at = created + trigger.afterMs;
    return at > after ? at : null;
  }
  if (trigger.everyDays !== undefined) return nextDaily(trigger.everyDays, trigger.atHour ?? 0, created, Math.max(after, created));
  if (trigger.weekDay === undefined) return null;
  const weeks = trigger.everyWeeks ?? 1;
  // Every week: the next matching wall-clock hour, so daylight-saving changes keep the hour the coordinator chose.
  if (weeks === 1) return firstWeekly(trigger.weekDay, trigger.atHour ?? 0, Math.max(after, created));
  const first = firstWeekly(trigger.weekDay, trigger.atHour ?? 0, created);
  const period = weeks * WEEK;
  if (first > after) return first;
  return first + (Math.floor((after - first) / period) + 1) * period;
}

/** The next start of the chosen hour on a day that is a multiple of N days from the trigger's first day. */
function nextDaily(days: number, hour: number, created: number, after: number): number {
  let t = Math.floor(after / HOUR) * HOUR + HOUR;
  const firstDay = Math.floor(created / (24 * HOUR));
  for (let i = 0; i < (days + 1) * 24 + 2; i++, t += HOUR) {
    const w = wallClock(t, SCRIPT_TIME_ZONE);
    if (w.hour === hour && w.minute === 0 && (Math.floor(t / (24 * HOUR)) - firstDay) % days === 0) return t;
  }
  throw new Error('fakes: no daily firing found');
}

function firstWeekly(day: string, hour: number, after: number): number {
  // Walk hour starts forward (at most one week) until the wall clock shows that day and hour.
  let t = Math.floor(after / HOUR) * HOUR + HOUR;
  for (let i = 0; i < 8 * 24; i++, t += HOUR) {
    const w = wallClock(t, SCRIPT_TIME_ZONE);
    const weekDay = WEEK_DAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()];
    if (weekDay === day && w.hour === hour && w.minute === 0) return t;
  }
  throw new Error(`fakes: no ${day} ${hour}:00 within a week of ${new Date(after).toISOString()}`);
}
