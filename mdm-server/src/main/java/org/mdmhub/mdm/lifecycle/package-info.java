/** The golden-record lifecycle (DRAFT → IN_REVIEW → APPROVED → RELEASED …) and, later, its workflow port. */
package org.mdmhub.mdm.lifecycle;
