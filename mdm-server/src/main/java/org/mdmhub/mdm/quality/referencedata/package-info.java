/**
 * Reference data that golden records point to, kept as managed tables seeded by migrations (not enums in
 * code): units of measure (UN/CEFACT Rec 20), ISO 3166-1 countries with their IBAN lengths, ISO 4217
 * currencies with their minor units, Incoterms and plants.
 */
package org.mdmhub.mdm.quality.referencedata;
