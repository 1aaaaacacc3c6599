/** Publication use cases: writing the outbox, administering subscriptions, replay, the pull feed, reconciliation. */
package org.mdmhub.mdm.publication.application;
