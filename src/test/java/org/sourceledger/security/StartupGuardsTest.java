package org.sourceledger.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings that must stop a production start, checked without starting one. */
class StartupGuardsTest {

    @Test
    void theDevelopmentKeyIsRefusedOutsideTheLocalProfiles() {
        var refused = assertThrows(
                IllegalStateException.class,
                () -> SecurityStartup.requireLocalProfileFor(true, "sourceledger.development-key", List.of("prod")));
        assertTrue(refused.getMessage().contains("sourceledger.development-key"));
        assertThrows(
                IllegalStateException.class,
                () -> SecurityStartup.requireLocalProfileFor(true, "x", List.of("staging")));
        assertDoesNotThrow(() -> SecurityStartup.requireLocalProfileFor(true, "x", List.of("embedded")));
        assertDoesNotThrow(() -> SecurityStartup.requireLocalProfileFor(true, "x", List.of("dev")));
        assertDoesNotThrow(() -> SecurityStartup.requireLocalProfileFor(false, "x", List.of("prod")));
    }
}
