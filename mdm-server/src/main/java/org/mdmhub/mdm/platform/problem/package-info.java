/**
 * What can go wrong, said without HTTP: the closed set of {@link org.mdmhub.mdm.platform.problem.ProblemType}s,
 * {@link org.mdmhub.mdm.platform.problem.FieldError} and the exception every deliberate error extends. The REST
 * edge ({@code platform.rest}: {@code ProblemStatus}, {@code Problem}, the mappers) turns them into RFC 9457 problem
 * documents with their HTTP status, never with a stack trace.
 */
package org.mdmhub.mdm.platform.problem;
