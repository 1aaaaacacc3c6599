/** {@code KeyCrossReference}: the two reads of the key cross-reference, each one transaction, under a caller's visibility. */
package org.mdmhub.mdm.keys.application;
