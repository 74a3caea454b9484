// Acting as a person in Google's own UI (Drive, Sheets), not through the add-on: no service call, no OAuth scope.

import type { FakeWorld } from './world';

/**
 * Runs `fn` as `user` outside any container. Helpers built on this touch world state directly (never a counted
 * surface), so call counts, scopes and drive.file grants of the add-on are untouched, while the sharing and
 * protection checks that read the active user still apply to that person.
 */
export function asPerson<T>(world: FakeWorld, user: string, fn: () => T): T {
  return world.run({ user, host: null, spreadsheetId: null, documentId: null }, fn);
}
