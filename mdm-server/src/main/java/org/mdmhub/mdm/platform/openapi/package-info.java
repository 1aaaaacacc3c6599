/**
 * The API contract as served at {@code /openapi}: an {@link org.eclipse.microprofile.openapi.OASFilter} completes
 * what SmallRye scans from the JAX-RS resources with what annotations cannot say once for all operations — the
 * record JSON Schemas of {@code schemas/v1} as components (read from the classpath, never copied), the problem
 * responses each operation can give, typed parameters, stable operation ids and the roles each operation needs.
 * {@code schemas/openapi.json} is a snapshot of the result that a test keeps equal to what the server serves.
 */
package org.mdmhub.mdm.platform.openapi;
