/**
 * Errors as RFC 9457 problem documents: the closed set of {@link org.mdmhub.mdm.platform.problem.ProblemType}s,
 * the exception every deliberate error extends, and the single mapper that renders them for clients
 * (never with a stack trace).
 */
package org.mdmhub.mdm.platform.problem;
