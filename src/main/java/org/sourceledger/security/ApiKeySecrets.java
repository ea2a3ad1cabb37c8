package org.sourceledger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Making and hashing keys. A key carries 256 random bits, so a single SHA-256 is enough to store it safely:
 * unlike a password, it cannot be guessed from a dictionary, and a fast hash keeps every request cheap.
 */
public final class ApiKeySecrets {

    static final String PREFIX = "slk_";
    static final int RANDOM_BYTES = 32;
    static final int SHOWN_PREFIX_LENGTH = PREFIX.length() + 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String shownPrefix(String key) {
        return key.substring(0, Math.min(SHOWN_PREFIX_LENGTH, key.length()));
    }

    /** Compares in constant time, so response times say nothing about how much of a key was right. */
    public static boolean sameKey(String candidate, String expected) {
        return MessageDigest.isEqual(hash(candidate), hash(expected));
    }
}
