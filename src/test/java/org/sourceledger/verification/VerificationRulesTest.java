package org.sourceledger.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerificationRulesTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0, UNVERIFIED",
        "1, 0, CORROBORATED",
        "5, 0, CORROBORATED",
        "1, 1, DISPUTED",
        "3, 2, DISPUTED",
        "0, 1, CONTRADICTED",
        "0, 4, CONTRADICTED",
    })
    void statusFollowsDesignSection2(int independent, int conflicting, VerificationStatus expected) {
        assertEquals(expected, VerificationRules.status(independent, conflicting));
    }
}
