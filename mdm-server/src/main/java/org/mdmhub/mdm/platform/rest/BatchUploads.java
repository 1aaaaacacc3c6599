package org.mdmhub.mdm.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;

/**
 * The one request whose body is neither size-limited nor read whole by the edge's filters: a batch upload
 * ({@code POST /api/v1/inbound/batches}). It can be gigabytes; the inbound feature spools it to disk, enforces its
 * own limit and checks its text record by record.
 */
final class BatchUploads {
    private static final Pattern PATH = Pattern.compile("/?inbound/batches/?");

    private BatchUploads() {
    }

    static boolean isUpload(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && PATH.matcher(request.getUriInfo().getPath()).matches();
    }
}
