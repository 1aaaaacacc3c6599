/**
 * Reference data that golden records point to, kept as managed tables seeded by migrations (not enums in
 * code): units of measure (UN/CEFACT Rec 20) to begin with.
 */
package org.mdmhub.mdm.quality.referencedata;
