package org.mdmhub.mdm.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;

/**
 * The requests whose body is neither size-limited nor read whole by the edge's filters: a batch upload
 * ({@code POST /api/v1/inbound/batches}) and a steward's CSV import ({@code POST /api/v1/inbound/csv/{domain}}). They
 * can be gigabytes; the inbound feature spools them to disk, enforces its own limit and checks their text record by
 * record (row by row).
 */
final class BatchUploads {
    private static final Pattern PATH = Pattern.compile("/?inbound/(batches|csv/[^/]+)/?");

    private BatchUploads() {
    }

    static boolean isUpload(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && PATH.matcher(request.getUriInfo().getPath()).matches();
    }
}
