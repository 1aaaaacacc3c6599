package org.mdmhub.mdm.publication.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.publication.cloudevents.CloudEventJson;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.DeliveryTarget;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;
import org.mdmhub.mdm.publication.domain.TargetType;

/**
 * Delivers events to a subscriber's HTTP endpoint: one signed POST per event, the body a CloudEvent in
 * structured JSON mode (docs/webhooks.md).
 *
 * <p>Events of one batch go out concurrently, up to {@code concurrency} at a time: the dispatcher hands over
 * at most one event per record per batch, so no two requests in flight can overtake each other for the same
 * record. The outcome follows the HTTP status only: 2xx delivered; 408, 425, 429 and 5xx (the receiver is
 * slow, not ready, rate-limiting or broken) and any connection failure or timeout are worth retrying; every
 * other status (other 4xx, and 3xx, since redirects are not followed: a signed event is not re-sent to
 * another address) means the receiver refused the content and retrying will not help. Headers such as
 * {@code Retry-After} are not honoured: the dispatcher's backoff decides when to try again.
 */
@ApplicationScoped
public class WebhookTarget implements DeliveryTarget {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final int DETAIL_BODY_CHARS = 300;
    private static final String USER_AGENT = "mdm-hub-webhook/1";

    /**
     * One client for all subscriptions and instances (CDI may construct a proxy too): it pools connections per
     * host, is safe to share, and each client starts a selector thread of its own.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // receivers are often small servers that speak nothing else
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    // signs each request with the time it is sent; a test may choose it, to send requests that look old or new
    @Inject
    Clock clock;

    public WebhookTarget() {
        // for CDI
    }

    WebhookTarget(Clock clock) {
        this.clock = clock;
    }

    @Override
    public TargetType type() {
        return TargetType.WEBHOOK;
    }

    @Override
    public List<FieldError> check(Map<String, String> config, Map<String, Map<String, String>> mappings, boolean secretSet) {
        return WebhookConfig.parse(config, mappings, secretSet).errors();
    }

    @Override
    public List<DeliveryResult> send(TargetSettings target, List<ReleaseEvent> events) {
        WebhookConfig.Parsed parsed = WebhookConfig.parse(target.config(), target.mappings(), target.secret() != null);
        if (!parsed.valid()) {
            String why = "the subscription's settings are not valid: " + parsed.errors();
            return events.stream().map(event -> DeliveryResult.permanent(event, why)).toList();
        }
        WebhookConfig config = parsed.config();
        Semaphore slots = new Semaphore(config.concurrency());
        List<CompletableFuture<DeliveryResult>> results = new ArrayList<>(events.size());
        for (ReleaseEvent event : events) {
            if (!slots.tryAcquire() && !awaitSlot(slots)) {
                results.add(CompletableFuture.completedFuture(DeliveryResult.retry(event, "interrupted before sending")));
                continue;
            }
            results.add(post(config, target.secret(), event).whenComplete((result, failure) -> slots.release()));
        }
        return results.stream().map(CompletableFuture::join).toList();
    }

    private static boolean awaitSlot(Semaphore slots) {
        try {
            slots.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping: what was not sent is retried later
            return false;
        }
    }

    /** Never completes exceptionally: every failure is a result. */
    private CompletableFuture<DeliveryResult> post(WebhookConfig config, String secret, ReleaseEvent event) {
        HttpRequest request;
        try {
            request = request(config, secret, event);
        } catch (RuntimeException unsendable) { // e.g. a document that is not JSON: sending again will not fix it
            return CompletableFuture.completedFuture(DeliveryResult.permanent(event, unsendable.getMessage()));
        }
        // the request timeout ends the wait for the response headers; this one also bounds reading the body
        long overallSeconds = config.timeout().toSeconds() * 2 + CONNECT_TIMEOUT.toSeconds();
        return CLIENT.sendAsync(request, WebhookTarget::bodyOnlyOnFailure)
                .handle((response, failure) -> failure == null ? result(event, response) : failed(event, failure, config))
                .completeOnTimeout(DeliveryResult.retry(event, "no complete answer within " + overallSeconds + " s"),
                        overallSeconds, TimeUnit.SECONDS);
    }

    private HttpRequest request(WebhookConfig config, String secret, ReleaseEvent event) {
        byte[] body = CloudEventJson.toJson(event).getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(config.url())
                .timeout(config.timeout())
                .header("Content-Type", CloudEventJson.MEDIA_TYPE)
                .header("User-Agent", USER_AGENT)
                .header(WebhookSignature.ID_HEADER, event.eventId().toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** A success's body is of no use; a failure's start goes into the delivery's detail for the admin. */
    private static HttpResponse.BodySubscriber<String> bodyOnlyOnFailure(HttpResponse.ResponseInfo info) {
        return info.statusCode() / 100 == 2
                ? BodySubscribers.replacing(null)
                : BodySubscribers.ofString(StandardCharsets.UTF_8);
    }

    private static DeliveryResult result(ReleaseEvent event, HttpResponse<String> response) {
        int status = response.statusCode();
        String detail = "HTTP " + status + excerpt(response.body());
        return switch (outcome(status)) {
            case DELIVERED -> new DeliveryResult(event.eventId(), DeliveryResult.Outcome.DELIVERED, "HTTP " + status);
            case RETRY -> DeliveryResult.retry(event, detail);
            case PERMANENT, IDENTIFIER_HELD -> DeliveryResult.permanent(event, detail); // a webhook holds no identifiers
        };
    }

    /** The whole retry policy of webhooks, by status. */
    static DeliveryResult.Outcome outcome(int status) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.Outcome.DELIVERED;
        }
        if (status == 408 || status == 425 || status == 429 || (status >= 500 && status < 600)) {
            return DeliveryResult.Outcome.RETRY;
        }
        return DeliveryResult.Outcome.PERMANENT;
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip().replaceAll("\\s+", " ");
        return ": " + (text.length() > DETAIL_BODY_CHARS ? text.substring(0, DETAIL_BODY_CHARS) : text);
    }

    private static DeliveryResult failed(ReleaseEvent event, Throwable failure, WebhookConfig config) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String detail;
        if (cause instanceof HttpConnectTimeoutException) {
            detail = "could not connect within " + CONNECT_TIMEOUT.toSeconds() + " s";
        } else if (cause instanceof HttpTimeoutException) {
            detail = "no answer within " + config.timeout().toSeconds() + " s";
        } else if (cause instanceof ConnectException) {
            detail = "could not connect: " + (cause.getMessage() == null ? "connection refused" : cause.getMessage());
        } else {
            detail = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        // anything that went wrong on the way (network, TLS, a reset connection) may work next time
        return DeliveryResult.retry(event, detail);
    }
}
