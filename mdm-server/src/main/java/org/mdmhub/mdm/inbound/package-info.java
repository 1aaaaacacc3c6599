/**
 * Records entering the hub in bulk from source systems (PLM above all): a batch names its source system and a key
 * of the sender's choosing, carries items and BOMs (and suppliers and customers from other sources) keyed by their
 * source key, and becomes one change request. Idempotent by batch key; per-record results; resumable.
 * See docs/inbound.md.
 */
package org.mdmhub.mdm.inbound;
