/** What a publication is, independent of how it travels: events, subscriptions, deliveries and the target port. */
package org.mdmhub.mdm.publication.domain;
