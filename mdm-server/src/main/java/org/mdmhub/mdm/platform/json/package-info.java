/**
 * JSON for the whole hub: the one configured Jackson mapper ({@link org.mdmhub.mdm.platform.json.Json}) that
 * the API, the outbox, stored documents and the adapters share, and JSON Schema validation of request
 * documents against the shapes published in {@code schemas/}.
 */
package org.mdmhub.mdm.platform.json;
