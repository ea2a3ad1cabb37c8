package org.sourceledger.common.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without a usable SOURCELEDGER_IDENTITY_KEY the cipher (built at startup) cannot be made. */
class IdentityKeyTest {

    @Test
    void aMissingShortOrGarbledKeyStopsTheStart() {
        assertTrue(assertThrows(IllegalStateException.class, () -> IdentityCipher.parseKey(Optional.empty()))
                .getMessage()
                .contains("SOURCELEDGER_IDENTITY_KEY is not set"));
        assertThrows(IllegalStateException.class, () -> IdentityCipher.parseKey(Optional.of("  ")));
        assertThrows(IllegalStateException.class, () -> IdentityCipher.parseKey(Optional.of("not base64 at all!")));
        assertThrows(
                IllegalStateException.class,
                () -> IdentityCipher.parseKey(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))));
        assertEquals(
                "AES",
                IdentityCipher.parseKey(Optional.of(Base64.getEncoder().encodeToString(new byte[32])))
                        .getAlgorithm());
    }
}
