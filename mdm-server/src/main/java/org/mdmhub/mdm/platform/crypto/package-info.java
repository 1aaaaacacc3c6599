/** Encryption of the few secrets the hub must store (target credentials). */
package org.mdmhub.mdm.platform.crypto;
