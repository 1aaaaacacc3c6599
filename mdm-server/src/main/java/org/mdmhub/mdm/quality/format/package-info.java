/**
 * Format checks for identifiers and contact data that partners and bank details carry: BICs, VAT ids,
 * e-mail addresses and phone numbers, plus the ISO country codes they refer to. Each check is a pure
 * function, so the same rule runs in a REST request, an import and a test.
 */
package org.mdmhub.mdm.quality.format;
