// LockService fake: real mutual exclusion between executions of one world. An execution cannot block while another
// runs (tests are single-threaded), so waiting on a held lock burns the timeout on the clock and then fails, as it would
// when the holder outlives the wait.

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import type { FakeWorld } from '../world';

/** Apps Script's message when waitLock gives up. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly world: FakeWorld,
    private readonly key: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    const holder = this.world.state.locks[this.key];
    const mine = this.world.execution.id;
    if (!holder || holder.execution === mine || holder.until <= this.world.clock.now()) {
      this.world.state.locks[this.key] = { execution: mine, until: Number.MAX_SAFE_INTEGER };
      return true;
    }
    this.world.clock.advance(Math.max(0, timeoutInMillis));
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new FakeServiceError(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    if (this.hasLock()) delete this.world.state.locks[this.key];
  }

  hasLock(): boolean {
    return this.world.state.locks[this.key]?.execution === this.world.execution.id;
  }
}

class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getUserLock' | 'getDocumentLock'> {
  constructor(private readonly world: FakeWorld) {}
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.wrap('script');
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.wrap(`user:${this.world.activeUser}`);
  }
  /**
   * One lock per spreadsheet or document: executions bound to different files never block each other. Null where
   * the execution has no container (a time-driven trigger, a standalone run), as documented; the typings omit the null.
   * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
   */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    const docId = this.world.activeContainerId;
    return docId ? this.wrap(`doc:${docId}`) : (null as unknown as GoogleAppsScript.Lock.Lock);
  }
  private wrap(key: string): GoogleAppsScript.Lock.Lock {
    return surface(new FakeLock(this.world, key), 'Lock', this.world) as unknown as GoogleAppsScript.Lock.Lock;
  }
}

export function createLockService(world: FakeWorld): GoogleAppsScript.Lock.LockService {
  return surface(new FakeLockService(world), 'LockService', world) as unknown as GoogleAppsScript.Lock.LockService;
}
