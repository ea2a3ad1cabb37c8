package org.sourceledger.common.problem;

import java.util.Map;

/**
 * A feature's database constraints that can catch a race (two requests passing the service's checks at once), each
 * with the problem the service's own check would have answered. Each feature that owns such constraints implements
 * this as a bean; DatabaseConstraints collects them, so common names no feature's table.
 */
public interface ConstraintProblems {

    /** Constraint names, as PostgreSQL reports them, and the problem each answers. */
    Map<String, ProblemException> byConstraint();
}
