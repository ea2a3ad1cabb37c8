package org.sourceledger.common.problem;

import io.quarkus.arc.All;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a database constraint that caught a race (two requests passing the service's checks at once)
 * into the same problem the service check would have answered. The features name their constraints
 * (ConstraintProblems); this collects them at startup, so a constraint named twice stops the start.
 */
@Startup
@Singleton
class DatabaseConstraints {

    private final Map<String, ProblemException> byConstraint;

    DatabaseConstraints(@All List<ConstraintProblems> features) {
        this.byConstraint = collect(features);
    }

    static Map<String, ProblemException> collect(Collection<? extends ConstraintProblems> features) {
        Map<String, ProblemException> all = new HashMap<>();
        for (ConstraintProblems feature : features) {
            feature.byConstraint().forEach((name, problem) -> {
                if (all.putIfAbsent(name.toLowerCase(Locale.ROOT), problem) != null) {
                    throw new IllegalStateException("The database constraint " + name + " is mapped twice");
                }
            });
        }
        return Map.copyOf(all);
    }

    /** For the exception mappers, which are static: the constraints collected by the running application. */
    static ProblemException describe(String constraintName, String sqlState) {
        ArcContainer container = Arc.container();
        Map<String, ProblemException> known = container == null
                ? Map.of()
                : container.instance(DatabaseConstraints.class).get().byConstraint;
        return describe(known, constraintName, sqlState);
    }

    static ProblemException describe(Map<String, ProblemException> known, String constraintName, String sqlState) {
        if (constraintName != null) {
            ProblemException problem = known.get(constraintName.toLowerCase(Locale.ROOT));
            if (problem != null) {
                return problem;
            }
        }
        if ("23514".equals(sqlState) || "23502".equals(sqlState)) {
            return new ProblemException(ProblemType.VALIDATION_FAILED, "The request breaks a data rule.");
        }
        return new ProblemException(ProblemType.CONFLICT, "The request conflicts with the current state of the data.");
    }
}
