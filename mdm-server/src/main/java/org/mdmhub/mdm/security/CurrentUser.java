package org.mdmhub.mdm.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * Who is calling: the {@code preferred_username} of the bearer token (WildFly's principal attribute).
 * Work without a caller (start-up, timers) runs as {@value #SYSTEM}.
 */
@RequestScoped
public class CurrentUser {
    public static final String SYSTEM = "system";

    @Inject
    Principal principal;

    public String name() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }

    /** The caller's name where no request scope may be active (e.g. inside Hibernate callbacks). */
    public static String nameOrSystem() {
        try {
            return CDI.current().select(CurrentUser.class).get().name();
        } catch (RuntimeException noRequestOrNoCaller) {
            return SYSTEM;
        }
    }
}
