/**
 * Roles and the current user. Authentication itself is WildFly's elytron-oidc-client validating Keycloak
 * bearer tokens (signature, expiry, issuer, audience {@code mdm-api}); authorisation is {@code @RolesAllowed}.
 */
package org.mdmhub.mdm.security;
