// The project's OAuth scopes, read once from appsscript.json: the scopes every fake execution is granted by default.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Every Google OAuth scope is this prefix plus a short name ("drive.file"). */
export const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';

/** "drive.file" or a full scope URL, as the full URL Apps Script prints. */
export function scopeUrl(scope: string): string {
  return scope.startsWith('https://') ? scope : `${SCOPE_PREFIX}${scope}`;
}

/**
 * The manifest is found by walking up from this file, so the fakes load it both from source (jest) and when
 * bundled elsewhere (the playground and benches bundle into .tmp/).
 */
function findManifest(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'appsscript.json');
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`fakes: no appsscript.json above ${start}`);
    dir = up;
  }
}

/**
 * An add-on that lists `oauthScopes` gets exactly those scopes and no others (no automatic detection), so the
 * manifest is the ceiling of what any user can grant.
 * https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
 */
function readManifestScopes(): readonly string[] {
  const manifest = JSON.parse(readFileSync(findManifest(__dirname), 'utf8')) as { oauthScopes?: unknown };
  if (!Array.isArray(manifest.oauthScopes)) throw new Error('fakes: appsscript.json has no oauthScopes list');
  return Object.freeze(manifest.oauthScopes.map((s) => scopeUrl(String(s))));
}

export const MANIFEST_SCOPES: readonly string[] = readManifestScopes();
