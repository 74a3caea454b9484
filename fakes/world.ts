// The fake Google Workspace: one JSON-serializable state, a call counter, a clock, and the execution now running.

import { requireCallScopes } from './auth/consent';
import type { Clock } from './clock';
import { ManualClock } from './clock';
import { CallCounter, type LatencyModel } from './counter';
import type { DocumentState } from './docs/state';
import { effectiveRole } from './drive/items';
import type { DriveItemState } from './drive/state';
import { EXCEEDED_MAXIMUM_EXECUTION_TIME, FakeServiceError, InjectedFault } from './errors';
import type { SpreadsheetState } from './sheets/state';
import type { CallSink } from './surface';

export type Host = 'sheets' | 'docs' | 'drive';
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export interface TriggerState {
  id: string;
  handler: string;
  kind: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
  /** For clock triggers: every N hours / after N ms. */
  everyHours?: number;
  afterMs?: number;
  /** Weekly clock triggers: the day (ScriptApp.WeekDay name), the hour (0-23), every N weeks. */
  weekDay?: string;
  atHour?: number;
  everyWeeks?: number;
  /** Daily clock triggers: every N days at `atHour`. */
  everyDays?: number;
  /** When the trigger was made (the first weekly run is the next matching day and hour after it). */
  createdAt?: number;
  owner: string;
}

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  from: string;
  at: number;
  /** Addresses counted against the sender's daily quota (to, cc and bcc). */
  recipients?: number;
}

export interface ShownHtml {
  kind: 'sidebar' | 'modalDialog' | 'modelessDialog';
  title: string;
  html: string;
  width?: number;
  height?: number;
  host: Host;
}

export interface MenuState {
  host: Host;
  title: string;
  items: ({ caption: string; functionName: string } | { separator: true })[];
}

export interface UiState {
  menus: MenuState[];
  shown: ShownHtml[];
  alerts: { title: string; prompt: string; buttons: string; answered: string }[];
  toasts: { message: string; title: string }[];
}

export interface WorldState {
  version: 1;
  nextId: number;
  users: string[];
  domain: string;
  /** Every Drive item (folders, files, spreadsheets, documents, shortcuts), by id. */
  drive: Record<string, DriveItemState>;
  /** Each user's My Drive root folder id. */
  roots: Record<string, string>;
  spreadsheets: Record<string, SpreadsheetState>;
  documents: Record<string, DocumentState>;
  properties: {
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
    document: Record<string, Record<string, string>>;
  };
  cache: Record<string, { value: string; expires: number }>;
  triggers: TriggerState[];
  mail: SentMail[];
  ui: UiState;
  locks: Record<string, { execution: number; until: number } | undefined>;
}

export interface Execution {
  id: number;
  user: string;
  authMode: AuthModeName;
  host: Host | null;
  activeSpreadsheetId: string | null;
  activeDocumentId: string | null;
  startedAt: number;
  /** Apps Script's limit for one execution: 6 minutes (30 s for a simple trigger, not modelled). */
  limitMs: number;
  /** Answers queued for Ui.alert/prompt, consumed in order (default: OK / empty text). */
  uiAnswers: { button: string; text?: string }[];
}

export interface ExecutionOptions {
  user?: string;
  authMode?: AuthModeName;
  host?: Host | null;
  spreadsheetId?: string | null;
  documentId?: string | null;
  uiAnswers?: { button: string; text?: string }[];
}

export interface WorldOptions {
  clock?: Clock;
  latency?: LatencyModel;
  users?: string[];
  domain?: string;
  state?: WorldState;
}

export const SIX_MINUTES_MS = 6 * 60 * 1000;

export function emptyState(users: string[], domain: string): WorldState {
  return {
    version: 1,
    nextId: 1,
    users,
    domain,
    drive: {},
    roots: {},
    spreadsheets: {},
    documents: {},
    properties: { script: {}, user: {}, document: {} },
    cache: {},
    triggers: [],
    mail: [],
    ui: { menus: [], shown: [], alerts: [], toasts: [] },
    locks: {},
  };
}

/** One fake Workspace shared by every service fake; executions run one at a time, as one user each. */
export class FakeWorld implements CallSink {
  state: WorldState;
  readonly counter: CallCounter;
  readonly clock: Clock;
  private exec: Execution | null = null;
  private executionSeq = 0;
  private faultAtCall: number | null = null;
  private callsInWorld = 0;
  /** Hooks run after each charged call; tests use them to interleave a second user mid-operation. */
  readonly afterCall: ((type: string, method: string) => void)[] = [];

  constructor(options: WorldOptions = {}) {
    this.clock = options.clock ?? new ManualClock();
    this.counter = new CallCounter(options.latency);
    this.state = options.state ?? emptyState(options.users ?? ['coordinator@school.example'], options.domain ?? 'school.example');
  }

  /** A fresh id, shaped like Drive's (long, URL-safe) so code never relies on short ids. */
  newId(prefix = ''): string {
    const n = this.state.nextId++;
    return `${prefix}1${n.toString(36).padStart(6, '0')}Xq${(n * 7919).toString(36)}Tz${'a'.repeat(20)}`.slice(0, 33);
  }

  /** The execution now running; service calls outside one fail, as they cannot happen in Apps Script. */
  get execution(): Execution {
    if (!this.exec) throw new Error('fake world: no execution is running (wrap the call in world.run)');
    return this.exec;
  }

  get running(): boolean {
    return this.exec !== null;
  }

  get activeUser(): string {
    return this.execution.user;
  }

  /** The spreadsheet or document the execution is bound to (document properties, cache and lock scope), or null. */
  get activeContainerId(): string | null {
    const exec = this.execution;
    return exec.activeSpreadsheetId ?? exec.activeDocumentId;
  }

  /** Runs `fn` as one Apps Script execution: one user, one auth mode, locks released at the end. */
  run<T>(options: ExecutionOptions, fn: () => T): T {
    const outer = this.exec;
    const user = options.user ?? this.state.users[0];
    if (!this.state.users.includes(user)) this.state.users.push(user);
    this.requireOpenable(user, options.spreadsheetId ?? null, options.documentId ?? null);
    this.exec = {
      id: ++this.executionSeq,
      user,
      authMode: options.authMode ?? 'FULL',
      host: options.host === undefined ? 'sheets' : options.host,
      activeSpreadsheetId: options.spreadsheetId ?? null,
      activeDocumentId: options.documentId ?? null,
      startedAt: this.clock.now(),
      limitMs: SIX_MINUTES_MS,
      uiAnswers: [...(options.uiAnswers ?? [])],
    };
    const id = this.exec.id;
    try {
      return fn();
    } finally {
      this.releaseLocksOf(id);
      this.exec = outer;
    }
  }

  /**
   * An execution bound to a spreadsheet or document runs from that file's editor, which the user can only have open if
   * Drive shares it with them: a test that binds someone to a file they cannot open models something Google cannot do.
   */
  private requireOpenable(user: string, ...ids: (string | null)[]): void {
    // An empty user models Google withholding the email (a consumer account in a Workspace file): not checkable here.
    if (!user) return;
    for (const fileId of ids) {
      if (!fileId || !this.state.drive[fileId]) continue;
      if (effectiveRole(this, fileId, user) === null) {
        throw new Error(`fake world: ${user} cannot have ${this.state.drive[fileId].name} open: Drive does not share it with them`);
      }
    }
  }

  /** Makes the n-th charged call from now throw, as if the execution were killed there. */
  failAtCall(n: number | null): void {
    this.faultAtCall = n === null ? null : this.callsInWorld + n;
  }

  /**
   * Counts a call, advances the clock by its cost, and enforces the auth mode, the OAuth scopes the user granted,
   * the execution time limit and injected faults. A call refused for want of a scope never reaches the service, so
   * it is not counted.
   */
  charge(type: string, method: string): void {
    const exec = this.execution;
    if (exec.authMode === 'NONE' && !ALLOWED_IN_AUTH_NONE.has(`${type}.${method}`) && !ALLOWED_IN_AUTH_NONE.has(`${type}.*`)) {
      throw new FakeServiceError(
        `You do not have permission to call ${type}.${method} in AuthMode.NONE (an add-on's onOpen before it is used in this document).`,
      );
    }
    requireCallScopes(this, type, method);
    this.callsInWorld++;
    if (this.faultAtCall !== null && this.callsInWorld >= this.faultAtCall) {
      this.faultAtCall = null;
      throw new InjectedFault(`${type}.${method}`);
    }
    const cost = this.counter.record(type, method);
    this.clock.advance(cost);
    if (this.clock.now() - exec.startedAt > exec.limitMs) throw new FakeServiceError(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    for (const hook of this.afterCall) hook(type, method);
  }

  private releaseLocksOf(executionId: number): void {
    for (const [key, holder] of Object.entries(this.state.locks)) {
      if (holder?.execution === executionId) delete this.state.locks[key];
    }
  }

  /** A JSON snapshot of the whole world (dates become ISO strings: see `reviveWorldState`). */
  serialize(): string {
    return JSON.stringify(this.state);
  }
}

/** In AuthMode.NONE an add-on may only build its menu. */
const ALLOWED_IN_AUTH_NONE = new Set(['SpreadsheetApp.getUi', 'DocumentApp.getUi', 'Ui.*', 'Menu.*', 'ScriptApp.getAuthorizationInfo']);
