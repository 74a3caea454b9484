// Session fake: the active user is the execution's user; the effective user too (add-ons run as the user).

import { surface } from '../surface';
import type { FakeWorld } from '../world';

class FakeUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

class FakeSession
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale'
    >
{
  constructor(private readonly world: FakeWorld) {}
  getActiveUser(): GoogleAppsScript.Base.User {
    return surface(new FakeUser(this.world.activeUser), 'User', this.world) as unknown as GoogleAppsScript.Base.User;
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.getActiveUser();
  }
  getScriptTimeZone(): string {
    return 'America/New_York';
  }
  getTemporaryActiveUserKey(): string {
    return `key-${Buffer.from(this.world.activeUser).toString('base64url')}`;
  }
  getActiveUserLocale(): string {
    return 'en';
  }
}

export function createSession(world: FakeWorld): GoogleAppsScript.Base.Session {
  return surface(new FakeSession(world), 'Session', world) as unknown as GoogleAppsScript.Base.Session;
}
