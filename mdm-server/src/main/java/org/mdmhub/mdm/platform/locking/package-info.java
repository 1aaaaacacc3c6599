/**
 * Optimistic locking at the use-case level: the one lock-version check that turns a stale {@code If-Match} into a
 * 412, shared by every use case that updates a record a client read earlier.
 */
package org.mdmhub.mdm.platform.locking;
