/**
 * The {@code Supplier} and {@code Customer} aggregates, the value objects they share (addresses, contacts)
 * and the supplier's bank accounts, the rules both must satisfy, and their repository interfaces. No
 * framework beyond JPA mapping annotations lives here (an ArchUnit test checks).
 */
package org.mdmhub.mdm.partner.domain;
