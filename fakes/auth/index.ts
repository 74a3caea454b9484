// OAuth scopes for the fakes: the manifest's scopes, each user's granular consent, and what each call needs.

export { AuthorizationRequired, authSettings, grantedScopes, grantScopes, hasScope, projectScopes, setProjectScopes } from './consent';
export { MANIFEST_SCOPES, scopeUrl } from './manifest';
export { requiredScopes, SCOPES } from './required-scopes';
