package org.mdmhub.mdm.publication.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureTest {

    private static final String SECRET = "whsec-example";
    private static final long SENT = 1_767_225_600L; // 2026-01-01T00:00:00Z
    private static final Instant NOW = Instant.ofEpochSecond(SENT + 30);
    private static final byte[] BODY = "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAnIndependentlyComputedHmac() { // value computed with another HMAC implementation; also in docs/webhooks.md
        assertEquals("v1=c08f4c44ff59eeb08abaf94e7327968b1dbb40afacd1d00a9a8246e6dc92abfe",
                WebhookSignature.sign(SECRET, SENT, BODY));
    }

    @Test
    void verifiesWhatItSigned() {
        assertTrue(WebhookSignature.verify(SECRET, Long.toString(SENT), BODY, WebhookSignature.sign(SECRET, SENT, BODY), NOW));
    }

    @Test
    void oneAlteredByteFails() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);
        byte[] tampered = BODY.clone();
        tampered[3] ^= 0x01;
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(SENT), tampered, header, NOW));
    }

    @Test
    void anotherSecretFails() {
        assertFalse(WebhookSignature.verify("other-secret", Long.toString(SENT), BODY,
                WebhookSignature.sign(SECRET, SENT, BODY), NOW));
    }

    @Test
    void aTimestampChangedAfterSigningFails() { // the timestamp is signed: it cannot be refreshed to replay a request
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(SENT + 1), BODY,
                WebhookSignature.sign(SECRET, SENT, BODY), NOW));
    }

    @Test
    void staleAndFutureTimestampsFailOutsideTheWindow() {
        String header = WebhookSignature.sign(SECRET, SENT, BODY);
        String timestamp = Long.toString(SENT);
        assertTrue(WebhookSignature.verify(SECRET, timestamp, BODY, header, Instant.ofEpochSecond(SENT + 300)));
        assertFalse(WebhookSignature.verify(SECRET, timestamp, BODY, header, Instant.ofEpochSecond(SENT + 301)));
        assertTrue(WebhookSignature.verify(SECRET, timestamp, BODY, header, Instant.ofEpochSecond(SENT - 300)));
        assertFalse(WebhookSignature.verify(SECRET, timestamp, BODY, header, Instant.ofEpochSecond(SENT - 301)));
        assertTrue(WebhookSignature.verify(SECRET, timestamp, BODY, header, Instant.ofEpochSecond(SENT + 3600),
                Duration.ofHours(1)));
    }

    @Test
    void acceptsAnyOfSeveralSignaturesWhileASecretIsRotated() {
        String both = WebhookSignature.sign("old-secret", SENT, BODY) + ", " + WebhookSignature.sign(SECRET, SENT, BODY);
        assertTrue(WebhookSignature.verify(SECRET, Long.toString(SENT), BODY, both, NOW));
        assertTrue(WebhookSignature.verify("old-secret", Long.toString(SENT), BODY, both, NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"c08f4c44ff59eeb08abaf94e7327968b1dbb40afacd1d00a9a8246e6dc92abfe",
            "v0=c08f4c44ff59eeb08abaf94e7327968b1dbb40afacd1d00a9a8246e6dc92abfe",
            "v1=C08F4C44", "v1=zz8f4c44ff59eeb08abaf94e7327968b1dbb40afacd1d00a9a8246e6dc92abfe", "v1="})
    void malformedSignatureHeadersFail(String header) {
        assertFalse(WebhookSignature.verify(SECRET, Long.toString(SENT), BODY, header, NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-1767225600", "1767225600.0", "17672256OO", "2026-01-01T00:00:00Z"})
    void malformedTimestampsFail(String timestamp) {
        assertFalse(WebhookSignature.verify(SECRET, timestamp, BODY, WebhookSignature.sign(SECRET, SENT, BODY), NOW));
    }
}
