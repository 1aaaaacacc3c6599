import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { RuntimeConfig } from '../config';
import type { Me } from './roles';

/**
 * Sign-in with Keycloak through oidc-client-ts: authorization code + PKCE (public client, no secret), tokens
 * renewed before they expire with the refresh token (no hidden iframe, which the CSP's frame rules would make
 * brittle), and logout at Keycloak's end-session endpoint. Tokens live in sessionStorage: gone with the tab.
 */
export function createUserManager(config: RuntimeConfig): UserManager {
  const base = `${window.location.origin}${import.meta.env.BASE_URL}`;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${base}callback`,
    post_logout_redirect_uri: base,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** The realm roles are in the access token (Keycloak's realm_access claim), not in the ID token's profile. */
export function meOf(user: User): Me {
  const claims = decodeJwt(user.access_token);
  const realm = claims.realm_access as { roles?: string[] } | undefined;
  const username = (claims.preferred_username as string) ?? user.profile.preferred_username ?? '';
  return {
    username,
    name: (claims.name as string) ?? user.profile.name ?? username,
    roles: realm?.roles ?? [],
  };
}

export function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(
    Array.from(atob(base64), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
  );
  return JSON.parse(json) as Record<string, unknown>;
}
