package org.mdmhub.mdm.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Every resource below needs a bearer token (see web.xml) and a role. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "MDM Hub API", version = "1",
                description = "Golden records for items, BOMs, suppliers and customers, governed by approval workflows.",
                license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class MdmApplication extends Application {
}
