/** Liveness and readiness checks, served by WildFly at {@code /health/live} and {@code /health/ready}. */
package org.mdmhub.mdm.platform.health;
