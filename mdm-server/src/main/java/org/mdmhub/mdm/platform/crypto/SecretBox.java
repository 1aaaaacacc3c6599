package org.mdmhub.mdm.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the credentials the hub keeps for its targets (Odoo passwords, webhook signing secrets, broker
 * passwords) with AES-256-GCM, so a database dump or backup alone does not give them away. The key comes from
 * {@code MDM_SECRETS_KEY} (environment) or {@code mdm.secrets.key} (system property): 32 bytes, Base64. Without
 * one — a laptop or a test run — a fixed development key is used and a warning logged; deploy/README.md says to
 * set a real key in production.
 *
 * <p>Stored form: {@code v1:} + Base64(12-byte nonce ‖ ciphertext ‖ tag).
 *
 * <p>Key rotation: set the new key as {@code MDM_SECRETS_KEY} and the old one(s) as
 * {@code MDM_SECRETS_KEY_PREVIOUS} (comma-separated). Secrets sealed with an old key still open, and
 * {@link #reseal} re-encrypts them with the current key; the publication module does that for every stored
 * secret when it starts ({@code SecretReencryption}). Once that ran, the old key can be dropped.
 */
@ApplicationScoped
public class SecretBox {
    private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final java.util.List<SecretKey> previous;
    private final SecureRandom random = new SecureRandom();

    public SecretBox() {
        this(configuredKey(), previousKeys());
    }

    SecretBox(byte[] key, byte[]... previousKeys) {
        this.key = aes(key);
        this.previous = java.util.Arrays.stream(previousKeys).map(SecretBox::aes).toList();
    }

    private static SecretKey aes(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("a secrets key must be 32 bytes (Base64 of 32 random bytes)");
        }
        return new SecretKeySpec(key, "AES");
    }

    /** True when {@code sealed} opens with the current key (false: sealed with a previous key, or unreadable). */
    public boolean isCurrent(String sealed) {
        try {
            openWith(key, sealed);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The same secret sealed with the current key. */
    public String reseal(String sealed) {
        return seal(open(sealed));
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    /** The secret, opened with the current key or, failing that, with a previous one. */
    public String open(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown secret format");
        }
        GeneralSecurityException failure = null;
        for (SecretKey candidate : keys()) {
            try {
                return openWith(candidate, sealed);
            } catch (GeneralSecurityException e) {
                failure = e; // the GCM tag does not match: sealed with another key
            }
        }
        throw new IllegalStateException("a stored secret cannot be decrypted with the configured keys", failure);
    }

    private java.util.List<SecretKey> keys() {
        java.util.List<SecretKey> all = new java.util.ArrayList<>(previous.size() + 1);
        all.add(key);
        all.addAll(previous);
        return all;
    }

    private static String openWith(SecretKey candidate, String sealed) throws GeneralSecurityException {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("unknown secret format");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, candidate, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
        return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

    private static byte[][] previousKeys() {
        String configured = System.getenv("MDM_SECRETS_KEY_PREVIOUS");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("mdm.secrets.key.previous");
        }
        if (configured == null || configured.isBlank()) {
            return new byte[0][];
        }
        return java.util.Arrays.stream(configured.split(",")).map(String::trim).filter(k -> !k.isEmpty())
                .map(k -> Base64.getDecoder().decode(k)).toArray(byte[][]::new);
    }

    private static byte[] configuredKey() {
        String configured = System.getenv("MDM_SECRETS_KEY");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("mdm.secrets.key");
        }
        if (configured == null || configured.isBlank()) {
            LOG.warning("MDM_SECRETS_KEY is not set: target credentials are encrypted with the development key");
            try {
                return MessageDigest.getInstance("SHA-256").digest("mdm-hub development key".getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return Base64.getDecoder().decode(configured.trim());
    }
}
