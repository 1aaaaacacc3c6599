package org.mdmhub.mdm.publication.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.publication.ReleaseEventFixture;
import org.mdmhub.mdm.publication.application.SubscriptionJson;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.DeliveryResult.Outcome;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;
import org.mdmhub.mdm.publication.domain.TargetType;

class WebhookTargetTest {

    private static final String SECRET = "test-signing-secret";

    private final WebhookTarget target = new WebhookTarget(Clock.systemUTC());
    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start(SECRET);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSignedCloudEventIsDelivered() {
        ReleaseEvent event = ReleaseEventFixture.item().build();

        DeliveryResult result = sendOne(settings(receiver.url(), SECRET), event);

        assertEquals(Outcome.DELIVERED, result.outcome(), result.detail());
        assertEquals(event.eventId(), result.eventId());
        assertEquals(1, receiver.receipts());
        assertEquals(0, receiver.signatureFailures());
        WebhookReceiver.Received received = receiver.events().get(0);
        assertEquals(event.eventId().toString(), received.id());
        assertEquals(event.eventId().toString(), received.header(WebhookSignature.ID_HEADER));
        assertEquals("org.mdmhub.item.released", received.type());
        assertEquals(event.recordId().toString(), received.subject());
        assertEquals("100-200", received.data().get("itemNumber").asText());
        assertEquals("application/cloudevents+json", received.header("Content-Type"));
    }

    @Test
    void aWholeBatchGoesOutConcurrentlyAndEachEventOnce() {
        List<ReleaseEvent> events = IntStream.range(0, 30).mapToObj(i -> ReleaseEventFixture.item().build()).toList();
        receiver.delay(Duration.ofMillis(100)); // long enough for four to overlap

        List<DeliveryResult> results = target.send(settings(receiver.url(), SECRET, Map.of("concurrency", "4")), events);

        assertEquals(30, results.size());
        assertTrue(results.stream().allMatch(r -> r.outcome() == Outcome.DELIVERED));
        assertEquals(events.stream().map(e -> e.eventId()).toList(), results.stream().map(DeliveryResult::eventId).toList());
        assertEquals(30, receiver.receipts());
        assertEquals(30, receiver.distinctEventIds());
        // concurrency 4 is a bound, not a promise: how many overlap depends on the machine's load
        int overlapping = receiver.maxConcurrentRequests();
        assertTrue(overlapping > 1 && overlapping <= 4, "requests in flight at once: " + overlapping);
    }

    @Test
    void aTamperedBodyDoesNotVerifyAtTheReceiver() {
        sendOne(settings(receiver.url(), SECRET), ReleaseEventFixture.item().build());
        WebhookReceiver.Received received = receiver.events().get(0);
        String timestamp = received.header(WebhookSignature.TIMESTAMP_HEADER);
        String signature = received.header(WebhookSignature.SIGNATURE_HEADER);
        byte[] tampered = received.body().clone();
        tampered[tampered.length / 2] ^= 0x20;

        assertTrue(WebhookSignature.verify(SECRET, timestamp, received.body(), signature, Instant.now()));
        assertFalse(WebhookSignature.verify(SECRET, timestamp, tampered, signature, Instant.now()));
        assertFalse(WebhookSignature.verify("a-wrong-secret", timestamp, received.body(), signature, Instant.now()));
        assertFalse(WebhookSignature.verify(SECRET, timestamp, received.body(), signature, Instant.now().plusSeconds(301)));
    }

    @Test
    void aReceiverWithAnotherSecretRefusesAndThatIsPermanent() {
        DeliveryResult result = sendOne(settings(receiver.url(), "not-the-receivers-secret"), ReleaseEventFixture.item().build());

        assertEquals(Outcome.PERMANENT, result.outcome());
        assertTrue(result.detail().startsWith("HTTP 401"), result.detail());
        assertEquals(1, receiver.signatureFailures());
        assertEquals(0, receiver.receipts());
    }

    @Test
    void aSenderClockOutsideTheReplayWindowIsRefused() {
        WebhookTarget late = new WebhookTarget(Clock.fixed(Instant.now().minus(Duration.ofMinutes(6)), java.time.ZoneOffset.UTC));

        DeliveryResult result = late.send(settings(receiver.url(), SECRET), List.of(ReleaseEventFixture.item().build())).get(0);

        assertEquals(Outcome.PERMANENT, result.outcome());
        assertEquals(1, receiver.signatureFailures());
    }

    @ParameterizedTest
    @CsvSource({"503, RETRY", "500, RETRY", "429, RETRY", "408, RETRY", "425, RETRY",
            "400, PERMANENT", "404, PERMANENT", "410, PERMANENT", "422, PERMANENT"})
    void theStatusDecidesBetweenRetryAndPermanent(int status, Outcome expected) {
        receiver.answer(status, 1);

        DeliveryResult result = sendOne(settings(receiver.url(), SECRET), ReleaseEventFixture.item().build());

        assertEquals(expected, result.outcome());
        assertEquals("HTTP " + status + ": {\"error\":\"told to answer " + status + "\"}", result.detail());
        assertEquals(0, receiver.receipts());
    }

    @Test
    void afterTheForcedAnswersTheReceiverAcceptsAgain() {
        receiver.answer(503, 2);
        ReleaseEvent event = ReleaseEventFixture.item().build();
        TargetSettings settings = settings(receiver.url(), SECRET);

        assertEquals(Outcome.RETRY, sendOne(settings, event).outcome());
        assertEquals(Outcome.RETRY, sendOne(settings, event).outcome());
        assertEquals(Outcome.DELIVERED, sendOne(settings, event).outcome());
        assertEquals(3, receiver.attempts());
        assertEquals(1, receiver.receipts());
    }

    @Test
    void aReceiverThatIsDownIsRetriedAndReachedOnceItIsBack() {
        ReleaseEvent event = ReleaseEventFixture.item().build();
        TargetSettings settings = settings(receiver.url(), SECRET);
        receiver.down();

        DeliveryResult whileDown = sendOne(settings, event);
        receiver.up();
        DeliveryResult afterwards = sendOne(settings, event);

        assertEquals(Outcome.RETRY, whileDown.outcome());
        assertTrue(whileDown.detail().startsWith("could not connect"), whileDown.detail());
        assertEquals(Outcome.DELIVERED, afterwards.outcome(), afterwards.detail());
        assertEquals(1, receiver.receipts());
    }

    @Test
    void aPortNobodyListensOnIsRetried() throws IOException {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }

        DeliveryResult result = sendOne(settings("http://127.0.0.1:" + unused + "/hooks", SECRET),
                ReleaseEventFixture.item().build());

        assertEquals(Outcome.RETRY, result.outcome());
    }

    @Test
    void aReceiverSlowerThanTheTimeoutIsRetried() {
        receiver.delay(Duration.ofMillis(2500));

        DeliveryResult result = sendOne(settings(receiver.url(), SECRET, Map.of("timeoutSeconds", "1")),
                ReleaseEventFixture.item().build());

        assertEquals(Outcome.RETRY, result.outcome());
        assertEquals("no answer within 1 s", result.detail());
    }

    @Test
    void aDocumentThatIsNotJsonIsPermanentWithoutARequest() {
        DeliveryResult result = sendOne(settings(receiver.url(), SECRET),
                ReleaseEventFixture.item().document("not json").build());

        assertEquals(Outcome.PERMANENT, result.outcome());
        assertEquals(0, receiver.attempts());
    }

    @Test
    void settingsThatDoNotCheckAreNotSent() {
        List<DeliveryResult> results = target.send(
                new TargetSettings(null, "hook", TargetType.WEBHOOK, Map.of("url", receiver.url()), Map.of(), null),
                List.of(ReleaseEventFixture.item().build()));

        assertEquals(Outcome.PERMANENT, results.get(0).outcome());
        assertEquals(0, receiver.attempts());
    }

    @Test
    void goodSettingsCheckClean() {
        assertEquals(List.of(), target.check(Map.of("url", "https://erp.example.com/hooks/mdm"), Map.of(), true));
        assertEquals(List.of(), target.check(Map.of("url", "http://10.0.0.5:8080/in", "timeoutSeconds", "120",
                "concurrency", "64"), Map.of(), true));
    }

    @Test
    void numbersSentAsJsonNumbersCheckLikeTheirText() {
        assertEquals(List.of(), target.check(SubscriptionJson.asText(Map.of("url", "https://example.com/in",
                "timeoutSeconds", 30, "concurrency", 4)), Map.of(), true));
        assertEquals(List.of("config.timeoutSeconds", "config.concurrency"), fields(target.check(SubscriptionJson.asText(
                Map.of("url", "https://example.com/in", "timeoutSeconds", 2.5, "concurrency", true)), Map.of(), true)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                              | config.url",
            "ftp://example.com/in          | config.url",
            "/hooks/mdm                    | config.url",
            "example.com/hooks             | config.url",
            "http://                       | config.url",
            "https://user:pw@example.com/x | config.url",
            "http://exa mple.com/          | config.url"})
    void badUrlsAreNamed(String url, String field) {
        Map<String, String> config = new HashMap<>();
        if (url != null) {
            config.put("url", url);
        }
        assertEquals(List.of(field), fields(target.check(config, Map.of(), true)));
    }

    @Test
    void everyOtherMistakeIsNamedAtOnce() {
        List<FieldError> errors = target.check(Map.of("url", "https://example.com/in", "timeoutSeconds", "0",
                "concurrency", "65"), Map.of("unit", Map.of("C62", "x")), false);

        assertEquals(List.of("config.timeoutSeconds", "config.concurrency", "secret", "mappings.unit"), fields(errors));
        assertFalse(target.check(Map.of("url", "https://example.com/in", "timeoutSeconds", "ten"), Map.of(), true).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"200, DELIVERED", "204, DELIVERED", "299, DELIVERED", "301, PERMANENT", "401, PERMANENT",
            "403, PERMANENT", "409, PERMANENT", "408, RETRY", "425, RETRY", "429, RETRY", "502, RETRY", "599, RETRY"})
    void retryPolicyByStatus(int status, Outcome expected) {
        assertEquals(expected, WebhookTarget.outcome(status));
    }

    private DeliveryResult sendOne(TargetSettings settings, ReleaseEvent event) {
        List<DeliveryResult> results = target.send(settings, List.of(event));
        assertEquals(1, results.size());
        return results.get(0);
    }

    private static TargetSettings settings(String url, String secret) {
        return settings(url, secret, Map.of());
    }

    private static TargetSettings settings(String url, String secret, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(extra);
        config.put("url", url);
        return new TargetSettings(java.util.UUID.randomUUID(), "test hook", TargetType.WEBHOOK, config, Map.of(), secret);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
