/**
 * The item aggregate: its attributes as value objects, the rules it must satisfy, and the {@code Items}
 * repository interface. No framework beyond JPA mapping annotations lives here (an ArchUnit test checks).
 */
package org.mdmhub.mdm.item.domain;
