// Who granted what: the project's scopes (the manifest, unless a test overrides Drive) and each user's granular consent.

import { FakeServiceError } from '../errors';
import type { FakeWorld, WorldState } from '../world';
import { MANIFEST_SCOPES, scopeUrl } from './manifest';
import { AUTHORIZATION_REQUIRED, notGranted, notInManifest } from './messages';
import { requiredScopes, SCOPES } from './required-scopes';

/** A consent prompt Apps Script would have shown (requireScopes with a scope missing). */
export interface ConsentPrompt {
  user: string;
  scopes: string[];
  at: number;
}

/** Kept under an extra key of world.state, so older snapshots load unchanged and the world stays JSON. */
export interface AuthSettings {
  /** The project's scopes when a test replaced the manifest's (setDriveScope); null: the manifest's own. */
  project: string[] | null;
  /** Per user (lower-cased): the scopes they granted; absent means every scope of the project (the default). */
  granted: Record<string, string[]>;
  prompts: ConsentPrompt[];
}

type WithAuth = WorldState & { auth?: AuthSettings };

export function authSettings(world: FakeWorld): AuthSettings {
  const state = world.state as WithAuth;
  state.auth ??= { project: null, granted: {}, prompts: [] };
  return state.auth;
}

/** The scopes the add-on asks for: the manifest's oauthScopes unless a test replaced them. */
export function projectScopes(world: FakeWorld): string[] {
  return [...(authSettings(world).project ?? MANIFEST_SCOPES)];
}

/** Replaces the project's scopes (test setup: e.g. a test that wants full Drive). */
export function setProjectScopes(world: FakeWorld, scopes: readonly string[]): void {
  authSettings(world).project = [...new Set(scopes.map(scopeUrl))];
}

/**
 * Granular consent: with the consent screen's checkboxes a user may grant only some of the project's scopes.
 * `'all'` (the default for every user) grants every scope the project asks for.
 * https://developers.google.com/apps-script/concepts/scopes#handle-granular
 */
export function grantScopes(world: FakeWorld, user: string, scopes: string[] | 'all'): void {
  const settings = authSettings(world);
  const key = user.toLowerCase();
  if (scopes === 'all') {
    delete settings.granted[key];
    return;
  }
  const project = projectScopes(world);
  const urls = scopes.map(scopeUrl);
  const unknown = urls.filter((s) => !project.includes(s));
  if (unknown.length) throw new Error(`fake world: the project does not ask for ${unknown.join(', ')}, so no user can grant it`);
  settings.granted[key] = [...new Set(urls)];
}

/** The scopes `user` has in effect: what they granted, within what the project asks for. */
export function grantedScopes(world: FakeWorld, user: string): string[] {
  const project = projectScopes(world);
  const granted = authSettings(world).granted[user.toLowerCase()];
  return granted ? project.filter((s) => granted.includes(s)) : project;
}

/** Whether `scope` (a full URL) is in effect for `user`; allocation-free, since every charged call asks. */
function inEffect(world: FakeWorld, user: string, scope: string): boolean {
  const settings = authSettings(world);
  if (!(settings.project ?? MANIFEST_SCOPES).includes(scope)) return false;
  const granted = settings.granted[user.toLowerCase()];
  return !granted || granted.includes(scope);
}

export function hasScope(world: FakeWorld, user: string, scope: string): boolean {
  return inEffect(world, user, scopeUrl(scope));
}

/** True when the active user's add-on has full Drive; otherwise it reaches only items granted under drive.file. */
export function hasFullDrive(world: FakeWorld): boolean {
  return inEffect(world, world.activeUser, SCOPES.drive);
}

/** Fails the call as Apps Script does when none of the scopes it needs is in effect for the active user. */
export function requireCallScopes(world: FakeWorld, type: string, method: string): void {
  const needed = requiredScopes(type, method);
  if (!needed) return;
  const user = world.activeUser;
  if (needed.some((s) => inEffect(world, user, s))) return;
  const call = `${type}.${method}`;
  const project = projectScopes(world);
  throw new FakeServiceError(needed.some((s) => project.includes(s)) ? notGranted(call, needed) : notInManifest(call, needed));
}

/** The scopes of `wanted` the active user has not granted. */
export function missingScopes(world: FakeWorld, wanted: readonly string[]): string[] {
  const granted = grantedScopes(world, world.activeUser);
  return wanted.map(scopeUrl).filter((s) => !granted.includes(s));
}

/** ScriptApp.requireScopes: records the consent prompt and ends the execution when any scope is missing. */
export function promptForMissing(world: FakeWorld, wanted: readonly string[]): void {
  const missing = missingScopes(world, wanted);
  if (!missing.length) return;
  authSettings(world).prompts.push({ user: world.activeUser, scopes: missing, at: world.clock.now() });
  throw new AuthorizationRequired(missing);
}

/** Thrown by requireScopes; carries the scopes the prompt asked for. */
export class AuthorizationRequired extends FakeServiceError {
  constructor(readonly missing: string[]) {
    super(AUTHORIZATION_REQUIRED);
  }
}
