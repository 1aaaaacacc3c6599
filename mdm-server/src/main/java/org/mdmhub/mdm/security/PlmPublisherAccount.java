package org.mdmhub.mdm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PLM service account ({@link Roles#PLM_PUBLISHER}) speaks for one source system: the records it sends carry
 * that {@code source_system}, and it may read keys of that system only. Which system that is is configured here
 * alone: MicroProfile Config property {@value #SYSTEM_PROPERTY} (a system property or the environment variable
 * {@code MDM_INBOUND_PLM_PUBLISHER_SYSTEM}), default {@value #DEFAULT_SYSTEM}.
 */
@ApplicationScoped
public class PlmPublisherAccount {
    public static final String SYSTEM_PROPERTY = "mdm.inbound.plm-publisher.system";
    public static final String DEFAULT_SYSTEM = "PLM";

    @Inject
    @ConfigProperty(name = SYSTEM_PROPERTY, defaultValue = DEFAULT_SYSTEM)
    String system;

    /** The source system the account's records come from and whose keys it may read. */
    public String system() {
        return system;
    }
}
