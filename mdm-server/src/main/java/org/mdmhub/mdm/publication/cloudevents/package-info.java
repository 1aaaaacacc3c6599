/**
 * The one wire shape of a published event: a CloudEvents 1.0 envelope in structured JSON mode around the
 * released record. Webhooks, the AMQP target and the pull feed all send these bytes, so a consumer parses
 * every channel the same way.
 */
package org.mdmhub.mdm.publication.cloudevents;
