// ScriptApp fake: AuthMode, authorization checks (granular consent), and triggers run at most once an hour for add-ons.

import { AUTHORIZATION_STATUS, type AuthorizationInfo, authorizationInfo } from '../auth/authorization-info';
import { promptForMissing } from '../auth/consent';
import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import type { FakeWorld, TriggerState } from '../world';

const HOUR_MS = 3_600_000;
/** Apps Script quota: 20 triggers per user per script. */
const MAX_TRIGGERS_PER_USER = 20;

export const AUTH_MODE = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

class FakeClockTriggerBuilder {
  private everyHoursValue?: number;
  private afterMsValue?: number;
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
  create(): GoogleAppsScript.Script.Trigger {
    const owner = this.world.activeUser;
    const mine = this.world.state.triggers.filter((t) => t.owner === owner);
    if (mine.length >= MAX_TRIGGERS_PER_USER)
      throw new FakeServiceError('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    const trigger: TriggerState = { id: this.world.newId('trg'), handler: this.handler, kind: 'CLOCK', owner };
    if (this.everyHoursValue !== undefined) trigger.everyHours = this.everyHoursValue;
    if (this.afterMsValue !== undefined) trigger.afterMs = this.afterMsValue;
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

  /** Only the active user's triggers are visible, as in Apps Script. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.world.state.triggers.filter((t) => t.owner === this.world.activeUser).map((t) => triggerView(this.world, t));
  }
  getUserTriggers(_document: unknown): GoogleAppsScript.Script.Trigger[] {
    return this.getProjectTriggers();
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = trigger.getUniqueId();
    this.world.state.triggers = this.world.state.triggers.filter((t) => t.id !== id);
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
