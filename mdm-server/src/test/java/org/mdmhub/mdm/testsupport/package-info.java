/** Test fixtures: the deployment, real Keycloak tokens, an HTTP client and direct database reads. */
package org.mdmhub.mdm.testsupport;
