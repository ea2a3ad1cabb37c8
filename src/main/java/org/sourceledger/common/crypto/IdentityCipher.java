package org.sourceledger.common.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sourceledger.common.SourceLedgerConfig;

/**
 * AES-256-GCM for confidential source identities, under SOURCELEDGER_IDENTITY_KEY, and keyed hashes under keys
 * derived from it. Shared: claims encrypt with it, confidential identity reads decrypt, idempotency fingerprints
 * requests. The claim id is bound in as associated data, so a ciphertext copied onto another claim does not
 * decrypt. Built at startup, so a missing or malformed key stops the service from starting instead of failing the
 * first write.
 */
@Startup
@ApplicationScoped
public class IdentityCipher {

    static final byte FORMAT_V1 = 1;
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public IdentityCipher(SourceLedgerConfig config) {
        this.key = parseKey(config.identityKey());
    }

    static SecretKey parseKey(Optional<String> configured) {
        String encoded = configured
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "SOURCELEDGER_IDENTITY_KEY is not set. It encrypts confidential source "
                                + "identities; generate one with: openssl rand -base64 32"));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "SOURCELEDGER_IDENTITY_KEY is not base64; generate one with: " + "openssl rand -base64 32");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("SOURCELEDGER_IDENTITY_KEY must decode to 32 bytes (AES-256), not "
                    + bytes.length + "; generate one with: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public byte[] encrypt(UUID claimId, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(claimId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(FORMAT_V1)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(UUID claimId, byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES || stored[0] != FORMAT_V1) {
            throw new IllegalStateException("Stored confidential identity has an unknown format");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(claimId));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key, or a ciphertext that was altered or moved to another claim. Never include the bytes.
            throw new IllegalStateException(
                    "Confidential identity of claim " + claimId + " does not decrypt with "
                            + "the configured SOURCELEDGER_IDENTITY_KEY",
                    e);
        }
    }

    /**
     * HMAC-SHA-256 under a key derived from the identity key for one purpose, for fingerprints of data that may
     * contain a confidential identity: without the key, a fingerprint cannot be checked against guessed names.
     */
    public byte[] keyedHash(String purpose, byte[] data) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(key);
            byte[] purposeKey = derive.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 failed", e);
        }
    }

    private static byte[] associatedData(UUID claimId) {
        return claimId.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
