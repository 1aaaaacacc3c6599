/**
 * Publication: released records leave the hub through a transactional outbox, one delivery per matching
 * subscription, a dispatcher that keeps order per record and BOM-after-components, and one adapter per target
 * type (Odoo JSON-RPC, signed CloudEvents webhooks, AMQP). See docs/publication.md.
 */
package org.mdmhub.mdm.publication;
