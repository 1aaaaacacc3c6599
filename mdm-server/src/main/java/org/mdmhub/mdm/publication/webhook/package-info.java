/**
 * The webhook target: each released event is POSTed as a signed CloudEvent to the subscriber's URL, and the
 * signature scheme is public here so receivers (and our tests) verify with the same code. See docs/webhooks.md.
 */
package org.mdmhub.mdm.publication.webhook;
