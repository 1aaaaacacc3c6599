/** Data quality: check digits, reference data and, later, duplicate detection. */
package org.mdmhub.mdm.quality;
