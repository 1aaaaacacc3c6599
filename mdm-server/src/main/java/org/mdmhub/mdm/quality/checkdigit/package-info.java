/** Check-digit algorithms of published identifier standards (GS1 GTIN; IBAN follows). */
package org.mdmhub.mdm.quality.checkdigit;
