/**
 * JSON Schema validation of request documents against the shapes published in {@code schemas/}.
 */
package org.mdmhub.mdm.platform.json;
