package org.sourceledger.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.sourceledger.common.crypto.IdentityCipher;

/**
 * Signing secrets in the Standard Webhooks format, {@code whsec_} and base64 of 32 random bytes. They are stored
 * AES-GCM encrypted under SOURCELEDGER_IDENTITY_KEY, bound to their subscription's id, since signing needs them back.
 */
@ApplicationScoped
class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final IdentityCipher cipher;

    WebhookSecrets(IdentityCipher cipher) {
        this.cipher = cipher;
    }

    String generate() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    byte[] seal(UUID subscriptionId, String secret) {
        return cipher.encrypt(subscriptionId, secret);
    }

    String open(UUID subscriptionId, byte[] sealed) {
        return cipher.decrypt(subscriptionId, sealed);
    }
}
