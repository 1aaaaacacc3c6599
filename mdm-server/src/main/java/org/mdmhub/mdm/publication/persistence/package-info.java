/** The outbox, delivery queue and subscriptions in PostgreSQL: plain SQL where locking and batching matter. */
package org.mdmhub.mdm.publication.persistence;
