// User: an editor as Protection.getEditors returns it (only the email is known to the fakes).

import type { FakeWorld } from '../world';
import { expose, type SelfAware } from './handle';

type User = GoogleAppsScript.Base.User;

export function userHandle(world: FakeWorld, email: string): User {
  return expose<User>(world, 'User', new FakeUser(email));
}

export class FakeUser implements Pick<User, 'getEmail'>, SelfAware<User> {
  _self!: User;
  constructor(readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
}
