/** Check-digit algorithms of published identifier standards: GS1 GTIN and the ISO 13616 IBAN. */
package org.mdmhub.mdm.quality.checkdigit;
