package org.mdmhub.mdm.security;

/** What the hub knows of its service accounts beyond their roles. */
public final class ServiceAccounts {
    /**
     * The source system the PLM service account ({@code plm-publisher}, role {@link Roles#PLM_PUBLISHER}) speaks for:
     * it sends batches of this system only, and reads keys and batches of this system only.
     */
    public static final String PLM_SOURCE_SYSTEM = "PLM";

    private ServiceAccounts() {
    }
}
