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
  /** The user's language setting as Google reports it ("en", "nl"): https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale() */
  getActiveUserLocale(): string {
    return USER_LOCALES.get(this.world)?.get(this.world.activeUser.toLowerCase()) ?? 'en';
  }
}

/** Each world's users' language settings (their Google account's language); 'en' for anyone not set. */
const USER_LOCALES = new WeakMap<FakeWorld, Map<string, string>>();

/** Sets the language of `user`'s Google account, as Session.getActiveUserLocale() reports it in their executions. */
export function setUserLocale(world: FakeWorld, user: string, locale: string): void {
  const locales = USER_LOCALES.get(world) ?? new Map<string, string>();
  locales.set(user.toLowerCase(), locale);
  USER_LOCALES.set(world, locales);
}

export function createSession(world: FakeWorld): GoogleAppsScript.Base.Session {
  return surface(new FakeSession(world), 'Session', world) as unknown as GoogleAppsScript.Base.Session;
}
