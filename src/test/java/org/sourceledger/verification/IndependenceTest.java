package org.sourceledger.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IndependenceTest {

    private static final UUID CLAIM = new UUID(0, 0);
    private static final UUID WIRE = new UUID(0, 1);
    private static final UUID OTHER_WIRE = new UUID(0, 2);
    private static final UUID COPY_A = new UUID(0, 3);
    private static final UUID COPY_B = new UUID(0, 4);

    private static LinkOrigin corroborating(UUID report, UUID origin, String outlet) {
        return new LinkOrigin(CLAIM, LinkRelation.CORROBORATES, report, origin, outlet);
    }

    @Test
    void copiesOfOneWireAreOneSourceAndCircular() {
        Independence result = Independence.of(
                List.of(corroborating(COPY_A, WIRE, "Example Wire"), corroborating(COPY_B, WIRE, "Example Wire")));
        assertEquals(1, result.independentCorroborations());
        assertTrue(result.circular());
        assertEquals(Set.of(COPY_A, COPY_B), result.circles().get(0).corroboratingReportIds());
    }

    @Test
    void originsOfOneOutletCountOnceButAreNotCircular() {
        Independence result = Independence.of(List.of(
                corroborating(WIRE, WIRE, "Example Wire"), corroborating(OTHER_WIRE, OTHER_WIRE, " example WIRE")));
        assertEquals(1, result.independentCorroborations());
        assertFalse(result.circular());
        assertEquals(Set.of(WIRE, OTHER_WIRE), result.groups().get(0).originReportIds());
    }

    @Test
    void conflictingReportsNeverCount() {
        Independence result = Independence.of(List.of(
                new LinkOrigin(CLAIM, LinkRelation.CONFLICTS, COPY_A, WIRE, "Example Wire"),
                new LinkOrigin(CLAIM, LinkRelation.CONFLICTS, COPY_B, WIRE, "Example Wire")));
        assertEquals(0, result.independentCorroborations());
        assertFalse(result.circular());
    }

    @Test
    void explanationNamesSourcesAndCircles() {
        Independence result = Independence.of(
                List.of(corroborating(COPY_A, WIRE, "Example Wire"), corroborating(COPY_B, WIRE, "Example Wire")));
        assertEquals(
                "Corroborated by 1 independent source (Example Wire) across 2 corroborating reports; no report "
                        + "conflicts. Circular reporting: 2 reports repeat one Example Wire report.",
                Explanations.of(VerificationStatus.CORROBORATED, result, 2, 0));
        assertEquals(
                "Contradicted: 1 report conflicts with it and none corroborates it.",
                Explanations.of(VerificationStatus.CONTRADICTED, Independence.of(List.of()), 0, 1));
    }
}
