/**
 * The REST edge shared by every feature: the JAX-RS application, the Jackson configuration, the request
 * size limit, and the exception mappers that render every error as {@code application/problem+json}.
 */
package org.mdmhub.mdm.platform.rest;
