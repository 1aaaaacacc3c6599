package org.mdmhub.mdm.lifecycle.api;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mdmhub.mdm.security.Roles;

/** The caller's approver groups: the realm roles that tasks name as candidate groups. */
final class Callers {
    private static final Set<String> GROUP_ROLES = Set.of(Roles.STEWARD, Roles.APPROVER_ENGINEERING,
            Roles.APPROVER_PROCUREMENT, Roles.APPROVER_QUALITY, Roles.APPROVER_FINANCE, Roles.APPROVER_SALES, Roles.ADMIN);

    private Callers() {
    }

    /** Whether the caller sees sensitive data (bank accounts) in clear: finance and admins (DESIGN.md, Security). */
    static boolean seesSensitiveData(SecurityContext security) {
        return security.isUserInRole(Roles.APPROVER_FINANCE) || security.isUserInRole(Roles.ADMIN);
    }

    static Set<String> groups(SecurityContext security) {
        return Stream.of(GROUP_ROLES.toArray(String[]::new)).filter(security::isUserInRole).collect(Collectors.toSet());
    }
}
