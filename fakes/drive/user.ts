// DriveApp's User: an email address with a display name derived from it (the fakes keep no profiles).

import { surface } from '../surface';
import type { FakeWorld } from '../world';

class FakeUser implements Pick<GoogleAppsScript.Drive.User, 'getEmail' | 'getName' | 'getDomain'> {
  constructor(readonly _email: string) {}

  getEmail(): string {
    return this._email;
  }

  getName(): string {
    const local = this._email.split('@')[0];
    return local
      .split(/[._-]+/)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(' ');
  }

  getDomain(): string {
    return this._email.split('@')[1] ?? '';
  }
}

export function wrapUser(world: FakeWorld, email: string): GoogleAppsScript.Drive.User {
  return surface(new FakeUser(email), 'User', world) as unknown as GoogleAppsScript.Drive.User;
}
