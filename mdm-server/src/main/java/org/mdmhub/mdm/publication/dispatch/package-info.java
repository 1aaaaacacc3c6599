/**
 * The dispatcher: worker threads on every node claim due deliveries, hand them to the target adapters and
 * record the outcome; a listener wakes them when an outbox transaction commits. See docs/publication.md.
 */
package org.mdmhub.mdm.publication.dispatch;
