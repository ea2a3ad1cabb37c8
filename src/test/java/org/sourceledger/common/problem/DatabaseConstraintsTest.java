package org.sourceledger.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Collecting the features' constraint names, and answering the ones nobody named. */
class DatabaseConstraintsTest {

    private static final ProblemException TAKEN = new ProblemException(ProblemType.CONFLICT, "Taken.");

    @Test
    void aNamedConstraintAnswersItsFeaturesProblemWhateverTheCase() {
        var known = DatabaseConstraints.collect(List.of(() -> Map.of("things_name_unique", TAKEN)));
        assertSame(TAKEN, DatabaseConstraints.describe(known, "THINGS_NAME_UNIQUE", "23505"));
    }

    @Test
    void anUnnamedCheckIsABadRequestAndAnythingElseAConflict() {
        assertEquals(
                400,
                DatabaseConstraints.describe(Map.of(), "things_size_check", "23514")
                        .problem()
                        .status());
        assertEquals(
                400,
                DatabaseConstraints.describe(Map.of(), null, "23502").problem().status());
        assertEquals(
                409,
                DatabaseConstraints.describe(Map.of(), "things_other_fkey", "23503")
                        .problem()
                        .status());
    }

    @Test
    void aConstraintNamedByTwoFeaturesStopsTheStart() {
        assertThrows(
                IllegalStateException.class,
                () -> DatabaseConstraints.collect(
                        List.of(() -> Map.of("things_name_unique", TAKEN), () -> Map.of("Things_Name_Unique", TAKEN))));
    }
}
