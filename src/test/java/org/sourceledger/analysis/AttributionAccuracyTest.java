package org.sourceledger.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourceledger.claim.SourcingLevel;

/**
 * Accuracy of the analyser on a labelled corpus written for this project (src/test/resources/attribution/corpus.tsv).
 * Prints precision and recall per level and the confusion matrix; fails below the committed thresholds.
 */
class AttributionAccuracyTest {

    /** Committed thresholds: raise them when the analyser improves, never lower them quietly. */
    static final double MIN_LEVEL_ACCURACY = 0.90;

    static final double MIN_COUNT_ACCURACY = 0.85;
    private static final String NONE = "(none)";

    record Example(List<SourcingLevel> levels, Integer count, String sentence) {}

    @Test
    void sourcingLevelAccuracyMeetsTheThreshold() throws IOException {
        AttributionAnalyser analyser = new AttributionAnalyser();
        List<Example> corpus = corpus();
        List<String> labels = new ArrayList<>();
        for (SourcingLevel level : SourcingLevel.values()) {
            labels.add(level.name());
        }
        labels.add(NONE);
        Map<String, Map<String, Integer>> confusion = new java.util.LinkedHashMap<>();
        labels.forEach(expected -> {
            Map<String, Integer> row = new java.util.LinkedHashMap<>();
            labels.forEach(actual -> row.put(actual, 0));
            confusion.put(expected, row);
        });

        int correctSentences = 0;
        int countsExpected = 0;
        int countsRight = 0;
        List<String> misses = new ArrayList<>();
        for (Example example : corpus) {
            List<Suggestion> suggestions = analyser.analyse(example.sentence());
            List<SourcingLevel> predicted =
                    suggestions.stream().map(Suggestion::sourcingLevel).toList();
            if (predicted.equals(example.levels())) {
                correctSentences++;
            } else {
                misses.add(example.levels() + " got " + predicted + ": " + example.sentence());
            }
            for (int i = 0; i < Math.max(predicted.size(), example.levels().size()); i++) {
                String expected =
                        i < example.levels().size() ? example.levels().get(i).name() : NONE;
                String actual = i < predicted.size() ? predicted.get(i).name() : NONE;
                confusion.get(expected).merge(actual, 1, Integer::sum);
            }
            if (example.count() != null) {
                countsExpected++;
                if (!suggestions.isEmpty()
                        && example.count().equals(suggestions.get(0).sourceCount())) {
                    countsRight++;
                }
            }
        }

        double levelAccuracy = (double) correctSentences / corpus.size();
        double countAccuracy = countsExpected == 0 ? 1 : (double) countsRight / countsExpected;
        System.out.println(
                report(corpus.size(), levelAccuracy, countAccuracy, countsExpected, confusion, labels, misses));
        assertTrue(
                levelAccuracy >= MIN_LEVEL_ACCURACY,
                "sourcing-level accuracy " + levelAccuracy + " is below " + MIN_LEVEL_ACCURACY);
        assertTrue(
                countAccuracy >= MIN_COUNT_ACCURACY,
                "source-count accuracy " + countAccuracy + " is below " + MIN_COUNT_ACCURACY);
    }

    private static String report(
            int sentences,
            double levelAccuracy,
            double countAccuracy,
            int counts,
            Map<String, Map<String, Integer>> confusion,
            List<String> labels,
            List<String> misses) {
        StringBuilder out = new StringBuilder("\n=== Attribution analysis accuracy on ")
                .append(sentences)
                .append(" labelled sentences ===\n");
        out.append(String.format(
                "sourcing level (whole sentence right): %.3f (threshold %.2f)%n", levelAccuracy, MIN_LEVEL_ACCURACY));
        out.append(String.format(
                "source count (%d sentences state one): %.3f (threshold %.2f)%n%n",
                counts, countAccuracy, MIN_COUNT_ACCURACY));
        out.append(String.format("%-20s %9s %9s %8s%n", "level", "precision", "recall", "support"));
        for (String label : labels) {
            if (label.equals(NONE)) {
                continue;
            }
            int truePositives = confusion.get(label).get(label);
            int support = confusion.get(label).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            int predicted =
                    confusion.values().stream().mapToInt(row -> row.get(label)).sum();
            out.append(String.format(
                    "%-20s %9.3f %9.3f %8d%n",
                    label,
                    predicted == 0 ? 0.0 : (double) truePositives / predicted,
                    support == 0 ? 0.0 : (double) truePositives / support,
                    support));
        }
        out.append("\nconfusion matrix (rows: expected, columns: predicted)\n");
        out.append(String.format("%-20s", ""));
        labels.forEach(label -> out.append(String.format(" %5s", label.substring(0, Math.min(5, label.length())))));
        out.append('\n');
        confusion.forEach((expected, row) -> {
            out.append(String.format("%-20s", expected));
            row.values().forEach(n -> out.append(String.format(" %5d", n)));
            out.append('\n');
        });
        if (!misses.isEmpty()) {
            out.append("\nmisclassified:\n");
            misses.forEach(miss -> out.append("  ").append(miss).append('\n'));
        }
        return out.toString();
    }

    static List<Example> corpus() throws IOException {
        try (InputStream in = AttributionAccuracyTest.class.getResourceAsStream("/attribution/corpus.tsv")) {
            List<Example> examples = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                List<SourcingLevel> levels = new ArrayList<>();
                for (String level : fields[0].split("\\+")) {
                    levels.add(SourcingLevel.valueOf(level));
                }
                examples.add(new Example(levels, fields[1].equals("-") ? null : Integer.valueOf(fields[1]), fields[2]));
            }
            return examples;
        }
    }
}
