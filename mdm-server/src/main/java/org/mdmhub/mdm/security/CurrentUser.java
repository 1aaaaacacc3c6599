package org.mdmhub.mdm.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * Who is calling: the {@code preferred_username} of the bearer token (WildFly's principal attribute).
 * Work without a caller (start-up, timers) runs as {@value #SYSTEM}, or as the user it is done for
 * ({@link #actingFor}: a batch processed in the background is written by who sent it).
 */
@RequestScoped
public class CurrentUser {
    public static final String SYSTEM = "system";
    private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

    @Inject
    Principal principal;

    public String name() {
        String actingFor = ACTING_FOR.get();
        if (actingFor != null) {
            return actingFor;
        }
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }

    /** The caller's name where no request scope may be active (e.g. inside Hibernate callbacks). */
    public static String nameOrSystem() {
        String actingFor = ACTING_FOR.get();
        if (actingFor != null) {
            return actingFor;
        }
        try {
            return CDI.current().select(CurrentUser.class).get().name();
        } catch (RuntimeException noRequestOrNoCaller) {
            return SYSTEM;
        }
    }

    /**
     * Runs {@code work} on this thread as done by {@code user}, who is not the caller of any request: for work a user
     * started that goes on without them (a batch processed in the background). Who changed what in history is then
     * that user, as if the work had been done during their request.
     */
    public static void actingFor(String user, Runnable work) {
        String before = ACTING_FOR.get();
        ACTING_FOR.set(user);
        try {
            work.run();
        } finally {
            if (before == null) {
                ACTING_FOR.remove();
            } else {
                ACTING_FOR.set(before);
            }
        }
    }
}
