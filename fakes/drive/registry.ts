// Late-bound view constructors, so the shared base view can hand out Folders and Files without an import cycle.

import type { FakeWorld } from '../world';

type Factory<T> = (world: FakeWorld, id: string) => T;

function notLoaded(): never {
  throw new Error('fake Drive views are not loaded: import them through fakes/drive/index');
}

/** Filled in by folder.ts and file.ts when they load. */
export const views: { folder: Factory<GoogleAppsScript.Drive.Folder>; file: Factory<GoogleAppsScript.Drive.File> } = {
  folder: notLoaded,
  file: notLoaded,
};

/** The id behind a Folder/File argument, read without a counted getId() call. */
export function idOf(item: GoogleAppsScript.Drive.Folder | GoogleAppsScript.Drive.File): string {
  return (item as unknown as { _id?: string })._id ?? item.getId();
}

/** The address behind an email-or-User argument, read without a counted getEmail() call. */
export function emailOf(user: string | GoogleAppsScript.Base.User | GoogleAppsScript.Drive.User): string {
  if (typeof user === 'string') return user;
  return (user as unknown as { _email?: string })._email ?? user.getEmail();
}
