package org.mdmhub.mdm.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes before anything parses them, whether the client
 * declared the length or streams it chunked. Golden-record documents are a few kilobytes; bulk input goes
 * through the batch endpoints, which have their own limits.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (BatchUploads.isUpload(request)) {
            return; // spooled to disk under a limit of its own, and checked record by record (docs/inbound.md)
        }
        int declared = request.getLength();
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        if (declared < 0 && request.hasEntity()) {
            request.setEntityStream(new ByteArrayInputStream(readAtMost(request.getEntityStream())));
        }
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        return body;
    }

    private static MdmException tooLarge() {
        return new MdmException(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body exceeds the limit of " + MAX_BYTES + " bytes");
    }
}
