package org.mdmhub.mdm.inbound.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.mdmhub.mdm.inbound.application.BatchReception;
import org.mdmhub.mdm.inbound.application.BatchReception.Answer;
import org.mdmhub.mdm.inbound.domain.InboundBatch;

/**
 * How a received batch is answered: 200 with the batch once it is done; 202 Accepted when it is processed in the background,
 * with {@code Location} naming its status resource and {@code Retry-After} saying when to look. A sender asks for 202
 * whatever the size with {@code Prefer: respond-async} (RFC 7240), and is told it was honoured by
 * {@code Preference-Applied}.
 */
final class BatchAnswers {
    static final String RESPOND_ASYNC = "respond-async";
    static final int LOOK_AGAIN_SECONDS = 5;

    private BatchAnswers() {
    }

    /** What the {@code Prefer} header asks for; preferences the hub does not know are ignored, as RFC 7240 says. */
    static Answer wanted(String prefer) {
        boolean async = prefer != null && Arrays.stream(prefer.split(","))
                .map(preference -> preference.split(";", 2)[0].split("=", 2)[0].trim().toLowerCase(Locale.ROOT))
                .anyMatch(RESPOND_ASYNC::equals);
        return async ? Answer.AT_ONCE : Answer.WHEN_DONE_IF_SMALL;
    }

    static Response of(BatchReception.Received received, Answer wanted) {
        InboundBatch batch = received.batch();
        URI status = URI.create("inbound/batches/" + batch.id());
        if (!received.inBackground()) {
            return Response.ok(BatchView.of(batch), MediaType.APPLICATION_JSON).contentLocation(status).build();
        }
        Response.ResponseBuilder accepted = Response.accepted(BatchView.of(batch)).type(MediaType.APPLICATION_JSON)
                .location(status).header("Retry-After", LOOK_AGAIN_SECONDS);
        if (wanted == Answer.AT_ONCE) {
            accepted.header("Preference-Applied", RESPOND_ASYNC);
        }
        return accepted.build();
    }
}
