/** {@code /api/v1/keys}: the key cross-reference for stewards, admins and the PLM service account (its own system only). */
package org.mdmhub.mdm.keys.api;
