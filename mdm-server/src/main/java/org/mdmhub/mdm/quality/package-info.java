/** Data quality: check digits, format checks, reference data and, later, duplicate detection. */
package org.mdmhub.mdm.quality;
