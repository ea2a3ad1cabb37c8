package org.sourceledger.support;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Seeded samples of QuickTheories generators, for the property tests that send every generated case through the HTTP
 * API and then assert once over all of them. QuickTheories' own runner would stop at the first failure, shrink with
 * further API calls, and skip a case it has already run, so a run would not always send the same number of cases.
 * <p>
 * Every run draws a fresh seed unless {@code -DQT_SEED=...} is given; the tests print the seed on failure, and the
 * same seed gives the same cases again.
 */
public final class Samples {

    private Samples() {}

    /** The seed for this run: {@code QT_SEED} (the property QuickTheories itself reads) or a random one. */
    public static long seed() {
        String given = System.getProperty(Configuration.SEED);
        return given != null
                ? Long.parseLong(given)
                : ThreadLocalRandom.current().nextLong();
    }

    /** How to replay a run, for failure messages. */
    public static String replay(long seed) {
        return "seed " + seed + " (replay with -D" + Configuration.SEED + "=" + seed + ")";
    }

    /**
     * {@code count} values of {@code gen}, all drawn from QuickTheories' PRNG seeded with {@code seed}.
     * <p>
     * QuickTheories only hands a {@link RandomnessSource} to a generator (it cannot be built outside the library: its
     * {@code Constraint} hides the bounds), so a generator that draws nothing passes the source through. That single
     * example draws nothing, so no boundary value is forced on it and every value below comes from the seeded PRNG.
     */
    public static <T> List<T> draw(Gen<T> gen, int count, long seed) {
        List<T> values = new ArrayList<>(count);
        Gen<RandomnessSource> source = in -> in;
        qt().withExamples(1)
                .withFixedSeed(seed)
                .withShrinkCycles(0)
                .forAll(source)
                .checkAssert(in -> {
                    for (int i = 0; i < count; i++) {
                        values.add(gen.generate(in));
                    }
                });
        return values;
    }
}
