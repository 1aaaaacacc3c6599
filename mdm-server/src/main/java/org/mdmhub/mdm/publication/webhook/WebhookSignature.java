package org.mdmhub.mdm.publication.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies and verifies them, the one scheme described in docs/webhooks.md:
 * <pre>
 * Webhook-Timestamp: &lt;unix seconds&gt;
 * Webhook-Signature: v1=&lt;lower-case hex of HMAC-SHA256(secret, timestamp + "." + body)&gt;
 * </pre>
 * The timestamp is inside the signed text so a captured request cannot be replayed later with a fresh
 * timestamp, and the receiver refuses old timestamps so it cannot be replayed as it is. The secret is used as
 * its UTF-8 bytes; the body as the exact bytes sent. A header may carry several space- or comma-separated
 * {@code v1=} values (one per secret while a secret is being rotated); any one matching is enough.
 *
 * <p>Lives in main code, not test code, so a Java receiver can use it as it is and our tests verify with
 * exactly what the hub signs with.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Webhook-Signature";
    /** The version tag before the hex value; a future scheme gets a new tag and both can be sent together. */
    public static final String SCHEME = "v1";
    /** How far a timestamp may be from the receiver's clock, either way, before the request counts as a replay. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The value of the {@code Webhook-Signature} header for {@code body} sent at {@code timestamp}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return SCHEME + "=" + HexFormat.of().formatHex(hmac(secret, Long.toString(timestamp), body));
    }

    /** {@link #verify(String, String, byte[], String, Instant, Duration)} with the default five-minute window. */
    public static boolean verify(String secret, String timestamp, byte[] body, String signatureHeader, Instant now) {
        return verify(secret, timestamp, body, signatureHeader, now, DEFAULT_TOLERANCE);
    }

    /**
     * Whether a request is authentic and fresh: {@code timestamp} is within {@code tolerance} of {@code now}
     * and one {@code v1=} value of {@code signatureHeader} is the HMAC of {@code timestamp + "." + body}.
     * Compares in constant time, so the answer's timing tells an attacker nothing about the expected value.
     * Any malformed input is simply not authentic (false), never an exception.
     */
    public static boolean verify(String secret, String timestamp, byte[] body, String signatureHeader,
                                 Instant now, Duration tolerance) {
        Objects.requireNonNull(now);
        Objects.requireNonNull(tolerance);
        if (secret == null || secret.isEmpty() || body == null || signatureHeader == null || !isUnixSeconds(timestamp)) {
            return false;
        }
        long sentAt = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - sentAt) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, timestamp, body);
        boolean match = false;
        for (String part : signatureHeader.trim().split("[,\\s]+")) {
            byte[] candidate = candidate(part);
            // no early exit: every candidate costs the same whether or not an earlier one matched
            match |= candidate != null && MessageDigest.isEqual(expected, candidate);
        }
        return match;
    }

    private static byte[] candidate(String part) {
        String prefix = SCHEME + "=";
        if (!part.startsWith(prefix) || part.length() != prefix.length() + 64) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(part, prefix.length(), part.length());
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private static boolean isUnixSeconds(String timestamp) {
        return timestamp != null && !timestamp.isEmpty() && timestamp.length() <= 12
                && timestamp.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static byte[] hmac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
