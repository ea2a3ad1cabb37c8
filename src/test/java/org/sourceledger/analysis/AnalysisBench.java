package org.sourceledger.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Latency and throughput of the analyser alone, in process, on one thread (bench/analysis/run.sh): a 20,000-character
 * article built from the synthetic corpus, warmed up until throughput is stable, then timed. Not a unit test.
 */
public final class AnalysisBench {

    private static final int ARTICLE = 20_000;

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String article = article();
        long loadStart = System.nanoTime();
        AttributionAnalyser analyser = new AttributionAnalyser();
        analyser.analyse("The ministry said the port would reopen.");
        double loadMs = (System.nanoTime() - loadStart) / 1e6;

        // Warm-up: batches of 20 until two consecutive batch rates are within 3 % (at most 100 batches).
        double previous = 0;
        int batches = 0;
        while (batches++ < 100) {
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                analyser.analyse(article);
            }
            double rate = 20.0 / ((System.nanoTime() - start) / 1e9);
            if (previous > 0 && Math.abs(rate - previous) / previous < 0.03) {
                break;
            }
            previous = rate;
        }

        long[] nanos = new long[rounds];
        int suggestions = 0;
        long total = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            suggestions = analyser.analyse(article).size();
            nanos[i] = System.nanoTime() - start;
        }
        double seconds = (System.nanoTime() - total) / 1e9;
        Arrays.sort(nanos);
        double kb = article.getBytes(StandardCharsets.UTF_8).length / 1000.0;
        System.out.printf("model load + first call: %.0f ms; warm-up batches: %d%n", loadMs, batches);
        System.out.printf(
                "| article | rounds | suggestions | p50 ms | p99 ms | max ms | KB/s |%n|---|---:|---:|---:|---:|---:|---:|%n");
        System.out.printf(
                "| %,d chars | %d | %d | %.1f | %.1f | %.1f | %.0f |%n",
                article.length(),
                rounds,
                suggestions,
                nanos[rounds / 2] / 1e6,
                nanos[(int) Math.ceil(rounds * 0.99) - 1] / 1e6,
                nanos[rounds - 1] / 1e6,
                kb * rounds / seconds);
    }

    /** Sentences of the synthetic corpus (written for the project) in paragraphs, cut at 20,000 characters. */
    static String article() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (InputStream in = AnalysisBench.class.getResourceAsStream("/attribution/corpus.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sentences.add(line.split("\t", 3)[2]);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < ARTICLE; i++) {
            text.append(sentences.get(i % sentences.size())).append(i % 4 == 3 ? "\n\n" : " ");
        }
        return text.substring(0, ARTICLE);
    }
}
