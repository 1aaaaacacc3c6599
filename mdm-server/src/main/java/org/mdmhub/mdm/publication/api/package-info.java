/** REST for publication: {@code /subscriptions}, {@code /deliveries}, {@code /reconciliations}, {@code /releases}. */
package org.mdmhub.mdm.publication.api;
