/** Servlet-level pieces of the web edge that run outside JAX-RS (error pages of the security layer). */
package org.mdmhub.mdm.platform.web;
