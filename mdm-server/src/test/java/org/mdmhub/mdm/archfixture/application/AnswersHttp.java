package org.mdmhub.mdm.archfixture.application;

import jakarta.ws.rs.core.Response;

/** Breaks "only api packages use JAX-RS": a use case that builds an HTTP response. */
public class AnswersHttp {
    Response ok() {
        return Response.ok().build();
    }
}
