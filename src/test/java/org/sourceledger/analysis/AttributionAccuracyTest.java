package org.sourceledger.analysis;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceledger.claim.SourcingLevel;

/**
 * Accuracy of the analyser on three labelled sets, each scored the same way and printed with per-level recall and
 * precision and a confusion matrix:
 *
 * <ul>
 *   <li>the synthetic regression corpus written for this project (corpus.tsv);
 *   <li>the tune part of the real-news corpus (real-corpus.tsv, part "tune"), with its misses listed;
 *   <li>the test part of the real-news corpus: aggregate figures and matrix only, never the individual sentences, so
 *       that nobody tunes on it.
 * </ul>
 *
 * <p>A sentence is right ("set-exact") when the set of levels the analyser proposes equals the labelled set (a level
 * labelled twice counts once: real-corpus decision 2). Source-count accuracy on the real corpus is measured over every
 * sentence labelled ANONYMOUS: the first ANONYMOUS suggestion must carry the labelled count (none for "-").
 */
class AttributionAccuracyTest {

    /** Committed thresholds: raise them when the analyser improves, never lower them quietly. */
    static final double MIN_SYNTHETIC_SET_EXACT = 0.90;

    /**
     * Issue #14's targets for the real test part. Not met yet (docs/attribution.md, Accuracy): the test prints where
     * the analyser stands against them, and fails below the floors, which hold what has been reached.
     */
    static final double TARGET_TEST_SET_EXACT = 0.88;

    static final double TARGET_TEST_LEVEL_RECALL = 0.75;
    static final double TARGET_TEST_COUNT_ACCURACY = 0.90;

    /** Floors at the figures reached (0.708, 0.500, 0.621): a change that loses ground fails the build. */
    static final double MIN_TEST_SET_EXACT = 0.70;

    static final double MIN_TEST_LEVEL_RECALL = 0.50;
    static final double MIN_TEST_COUNT_ACCURACY = 0.60;
    static final String REAL_CORPUS = "/attribution/real-corpus.tsv";
    private static final String NONE = "(none)";

    /** One labelled sentence; document is null for independent sentences (the synthetic corpus). */
    record Example(Set<SourcingLevel> levels, Integer count, String sentence, String document) {}

    record Score(
            int sentences,
            double setExact,
            int counts,
            double countAccuracy,
            Map<SourcingLevel, int[]> perLevel,
            Map<String, Map<String, Integer>> confusion,
            List<String> misses) {

        /** [true positives, labelled, predicted] of a level. */
        double recall(SourcingLevel level) {
            int[] n = perLevel.get(level);
            return n[1] == 0 ? Double.NaN : (double) n[0] / n[1];
        }

        double precision(SourcingLevel level) {
            int[] n = perLevel.get(level);
            return n[2] == 0 ? Double.NaN : (double) n[0] / n[2];
        }
    }

    private static AttributionAnalyser analyser;

    @BeforeAll
    static void loadModels() {
        analyser = new AttributionAnalyser();
    }

    @Test
    void syntheticCorpusStaysAboveItsThreshold() throws IOException {
        Score score = score(synthetic(), false);
        System.out.println(report("synthetic corpus (corpus.tsv)", score, true));
        assertTrue(
                score.setExact() >= MIN_SYNTHETIC_SET_EXACT,
                "synthetic set-exact accuracy " + score.setExact() + " is below " + MIN_SYNTHETIC_SET_EXACT);
    }

    @Test
    void realTunePartIsReported() throws IOException {
        List<Example> tune = real("tune");
        Score score = score(tune, true);
        System.out.println(report("real corpus, tune part", score, true));
        assertTrue(score.sentences() > 0, "the tune part of " + REAL_CORPUS + " is empty");
    }

    @Test
    void realTestPartStaysAboveItsFloors() throws IOException {
        Score score = score(real("test"), true);
        // Aggregates only: the test part's sentences and misses are never printed.
        System.out.println(report("real corpus, test part", score, false));
        System.out.printf(
                "issue #14 targets on the test part: set-exact %.3f (target %.2f), source counts %.3f (target %.2f),"
                        + " lowest level recall target %.2f: %s%n",
                score.setExact(),
                TARGET_TEST_SET_EXACT,
                score.countAccuracy(),
                TARGET_TEST_COUNT_ACCURACY,
                TARGET_TEST_LEVEL_RECALL,
                score.setExact() >= TARGET_TEST_SET_EXACT && score.countAccuracy() >= TARGET_TEST_COUNT_ACCURACY
                        ? "met"
                        : "NOT met");
        List<String> failures = new ArrayList<>();
        if (score.setExact() < MIN_TEST_SET_EXACT) {
            failures.add(String.format("set-exact %.3f < %.2f", score.setExact(), MIN_TEST_SET_EXACT));
        }
        for (SourcingLevel level : SourcingLevel.values()) {
            double recall = score.recall(level);
            if (!Double.isNaN(recall) && recall < MIN_TEST_LEVEL_RECALL) {
                failures.add(String.format("%s recall %.3f < %.2f", level, recall, MIN_TEST_LEVEL_RECALL));
            }
        }
        if (score.countAccuracy() < MIN_TEST_COUNT_ACCURACY) {
            failures.add(
                    String.format("source-count accuracy %.3f < %.2f", score.countAccuracy(), MIN_TEST_COUNT_ACCURACY));
        }
        assertTrue(failures.isEmpty(), "real test part below its floor: " + String.join("; ", failures));
    }

    static Score score(List<Example> corpus, boolean countFirstAnonymous) {
        List<String> labels = new ArrayList<>();
        for (SourcingLevel level : SourcingLevel.values()) {
            labels.add(level.name());
        }
        labels.add(NONE);
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        labels.forEach(expected -> {
            Map<String, Integer> row = new LinkedHashMap<>();
            labels.forEach(actual -> row.put(actual, 0));
            confusion.put(expected, row);
        });
        Map<SourcingLevel, int[]> perLevel = new LinkedHashMap<>();
        for (SourcingLevel level : SourcingLevel.values()) {
            perLevel.put(level, new int[3]);
        }
        int right = 0;
        int counts = 0;
        int countsRight = 0;
        List<String> misses = new ArrayList<>();
        List<List<Suggestion>> analysed = analyseByDocument(corpus);
        for (int e = 0; e < corpus.size(); e++) {
            Example example = corpus.get(e);
            List<Suggestion> suggestions = analysed.get(e);
            Set<SourcingLevel> predicted = EnumSet.noneOf(SourcingLevel.class);
            suggestions.forEach(s -> predicted.add(s.sourcingLevel()));
            if (predicted.equals(example.levels())) {
                right++;
            } else {
                misses.add(example.levels() + " got " + predicted + ": " + example.sentence());
            }
            List<String> missed = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            for (SourcingLevel level : SourcingLevel.values()) {
                boolean labelled = example.levels().contains(level);
                boolean found = predicted.contains(level);
                int[] n = perLevel.get(level);
                n[0] += labelled && found ? 1 : 0;
                n[1] += labelled ? 1 : 0;
                n[2] += found ? 1 : 0;
                if (labelled && found) {
                    confusion.get(level.name()).merge(level.name(), 1, Integer::sum);
                } else if (labelled) {
                    missed.add(level.name());
                } else if (found) {
                    extra.add(level.name());
                }
            }
            for (int i = 0; i < Math.max(missed.size(), extra.size()); i++) {
                String expected = i < missed.size() ? missed.get(i) : NONE;
                String actual = i < extra.size() ? extra.get(i) : NONE;
                confusion.get(expected).merge(actual, 1, Integer::sum);
            }
            if (countFirstAnonymous) {
                if (example.levels().contains(SourcingLevel.ANONYMOUS)) {
                    counts++;
                    Suggestion anonymous = suggestions.stream()
                            .filter(s -> s.sourcingLevel() == SourcingLevel.ANONYMOUS)
                            .findFirst()
                            .orElse(null);
                    if (anonymous != null && Objects.equals(example.count(), anonymous.sourceCount())) {
                        countsRight++;
                    } else if (anonymous != null) {
                        misses.add("count " + example.count() + " got " + anonymous.sourceCount() + ": "
                                + example.sentence());
                    }
                }
            } else if (example.count() != null) {
                counts++;
                if (!suggestions.isEmpty()
                        && example.count().equals(suggestions.get(0).sourceCount())) {
                    countsRight++;
                }
            }
        }
        return new Score(
                corpus.size(),
                corpus.isEmpty() ? 0 : (double) right / corpus.size(),
                counts,
                counts == 0 ? 1 : (double) countsRight / counts,
                perLevel,
                confusion,
                misses);
    }

    /**
     * The suggestions for each example. Sentences of one document are analysed together, as the service receives a
     * whole article: joined by line breaks (which always end a sentence) in corpus order, so that a speaker introduced
     * earlier ("Defence Minister Ana Lund" ... "Lund said", "she said") is known; each suggestion goes back to the
     * sentence its span starts in. Examples without a document are analysed alone.
     */
    static List<List<Suggestion>> analyseByDocument(List<Example> corpus) {
        List<List<Suggestion>> result = new ArrayList<>();
        int i = 0;
        while (i < corpus.size()) {
            String document = corpus.get(i).document();
            int j = i + 1;
            while (document != null
                    && j < corpus.size()
                    && document.equals(corpus.get(j).document())) {
                j++;
            }
            StringBuilder text = new StringBuilder();
            int[] starts = new int[j - i];
            for (int k = i; k < j; k++) {
                starts[k - i] = text.length();
                text.append(corpus.get(k).sentence()).append('\n');
            }
            List<List<Suggestion>> perSentence = new ArrayList<>();
            for (int k = i; k < j; k++) {
                perSentence.add(new ArrayList<>());
            }
            for (Suggestion suggestion : analyser.analyse(text.toString())) {
                int k = starts.length - 1;
                while (k > 0 && starts[k] > suggestion.span().start()) {
                    k--;
                }
                perSentence.get(k).add(suggestion);
            }
            result.addAll(perSentence);
            i = j;
        }
        return result;
    }

    static String report(String title, Score score, boolean showMisses) {
        StringBuilder out = new StringBuilder("\n=== Attribution accuracy: ")
                .append(title)
                .append(", ")
                .append(score.sentences())
                .append(" sentences ===\n");
        out.append(String.format("set-exact (the set of levels right): %.3f%n", score.setExact()));
        out.append(String.format("source count (%d sentences): %.3f%n%n", score.counts(), score.countAccuracy()));
        out.append(String.format("%-20s %9s %9s %8s%n", "level", "recall", "precision", "support"));
        score.perLevel()
                .forEach((level, n) -> out.append(String.format(
                        "%-20s %9s %9s %8d%n", level, fmt(score.recall(level)), fmt(score.precision(level)), n[1])));
        out.append("\nconfusion matrix (rows: labelled, columns: proposed; unmatched levels paired in order)\n");
        out.append(String.format("%-20s", ""));
        score.confusion().keySet().forEach(label -> out.append(String.format(" %5s", label.substring(0, 5))));
        out.append('\n');
        score.confusion().forEach((expected, row) -> {
            out.append(String.format("%-20s", expected));
            row.values().forEach(n -> out.append(String.format(" %5d", n)));
            out.append('\n');
        });
        if (showMisses && !score.misses().isEmpty()) {
            out.append("\nmisses:\n");
            score.misses().forEach(miss -> out.append("  ").append(miss).append('\n'));
        }
        return out.toString();
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.3f", value);
    }

    static List<Example> synthetic() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String line : read("/attribution/corpus.tsv")) {
            String[] fields = line.split("\t", 3);
            examples.add(new Example(levels(fields[0]), count(fields[1]), fields[2], null));
        }
        return examples;
    }

    /** Rows of one part of the real corpus; fails (not skips) when the file is missing or the part is empty. */
    static List<Example> real(String part) throws IOException {
        assertNotNull(
                AttributionAccuracyTest.class.getResource(REAL_CORPUS),
                "the real-news corpus " + REAL_CORPUS + " is missing: the real-part checks cannot run (issue 14)");
        List<Example> examples = new ArrayList<>();
        for (String line : read(REAL_CORPUS)) {
            String[] fields = line.split("\t");
            if (fields.length >= 4 && fields[0].equals(part)) {
                examples.add(new Example(
                        levels(fields[1]), count(fields[2]), fields[3], fields.length > 5 ? fields[5] : null));
            }
        }
        assertTrue(!examples.isEmpty(), "the " + part + " part of " + REAL_CORPUS + " has no rows");
        return examples;
    }

    private static Set<SourcingLevel> levels(String field) {
        Set<SourcingLevel> levels = EnumSet.noneOf(SourcingLevel.class);
        for (String level : field.split("\\+")) {
            levels.add(SourcingLevel.valueOf(level.strip()));
        }
        return levels;
    }

    private static Integer count(String field) {
        return field.strip().equals("-") ? null : Integer.valueOf(field.strip());
    }

    private static List<String> read(String resource) throws IOException {
        try (InputStream in = AttributionAccuracyTest.class.getResourceAsStream(resource)) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }
}
