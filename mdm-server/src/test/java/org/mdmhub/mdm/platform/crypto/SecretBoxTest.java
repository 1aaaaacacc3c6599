package org.mdmhub.mdm.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void aSealedSecretOpensAndDoesNotShowTheSecret() {
        SecretBox box = new SecretBox(key());
        String sealed = box.seal("odoo-api-key-123");
        assertFalse(sealed.contains("odoo-api-key-123"));
        assertNotEquals(sealed, box.seal("odoo-api-key-123"), "a fresh nonce each time");
        assertEquals("odoo-api-key-123", box.open(sealed));
    }

    @Test
    void afterARotationOldSecretsStillOpenAndAreResealedWithTheNewKey() {
        byte[] oldKey = key();
        byte[] newKey = key();
        String sealedWithOld = new SecretBox(oldKey).seal("whsec-1");

        SecretBox rotated = new SecretBox(newKey, oldKey);
        assertFalse(rotated.isCurrent(sealedWithOld));
        assertEquals("whsec-1", rotated.open(sealedWithOld));

        String resealed = rotated.reseal(sealedWithOld);
        assertTrue(rotated.isCurrent(resealed));
        SecretBox newKeyOnly = new SecretBox(newKey);
        assertEquals("whsec-1", newKeyOnly.open(resealed), "once resealed, the old key can be dropped");
        assertThrows(IllegalStateException.class, () -> newKeyOnly.open(sealedWithOld), "without the old key, old ciphertext is unreadable");
    }

    @Test
    void aTamperedCiphertextDoesNotOpen() {
        SecretBox box = new SecretBox(key());
        String sealed = box.seal("broker-password");
        // flip one bit of the ciphertext itself (not a Base64 padding bit, which would decode to the same bytes)
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("v1:".length()));
        bytes[bytes.length / 2] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> box.open(tampered));
    }
}
