// ScriptApp.getAuthorizationInfo's AuthorizationInfo: whether the user still has to grant some scopes, and where.

import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { grantedScopes, missingScopes, projectScopes } from './consent';
import { scopeUrl } from './manifest';

export const AUTHORIZATION_STATUS = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

type Members = 'getAuthorizationStatus' | 'getAuthorizationUrl';

/** The typings predate granular consent and lack getAuthorizedScopes. */
export type AuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] };

/**
 * Only AuthMode.FULL asks for consent ("no other authorization mode requires that users grant authorization"),
 * so other modes report NOT_REQUIRED. With a scope list, only those scopes are considered.
 * https://developers.google.com/apps-script/reference/script/authorization-info
 * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
 */
class FakeAuthorizationInfo implements Pick<GoogleAppsScript.Script.AuthorizationInfo, Members> {
  private readonly missing: string[];
  private readonly authorized: string[];

  constructor(
    world: FakeWorld,
    authMode: string,
    private readonly scriptId: string,
    wanted?: readonly string[],
  ) {
    const scopes = (wanted ?? projectScopes(world)).map(scopeUrl);
    const granted = grantedScopes(world, world.activeUser);
    this.missing = authMode === 'FULL' ? missingScopes(world, scopes) : [];
    this.authorized = scopes.filter((s) => granted.includes(s));
  }

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    const status = this.missing.length ? AUTHORIZATION_STATUS.REQUIRED : AUTHORIZATION_STATUS.NOT_REQUIRED;
    return status as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  /** Null when nothing needs authorizing, as documented. */
  getAuthorizationUrl(): string {
    if (!this.missing.length) return null as unknown as string;
    const scope = encodeURIComponent(this.missing.join(' '));
    return `https://script.google.com/macros/d/${this.scriptId}/authorize?scope=${scope}`;
  }

  getAuthorizedScopes(): string[] {
    return [...this.authorized];
  }
}

export function authorizationInfo(world: FakeWorld, authMode: string, scriptId: string, wanted?: readonly string[]): AuthorizationInfo {
  return surface(new FakeAuthorizationInfo(world, authMode, scriptId, wanted), 'AuthorizationInfo', world) as unknown as AuthorizationInfo;
}
