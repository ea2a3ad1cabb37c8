package org.sourceledger.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One cue list from src/main/resources/attribution: its entries, and a pattern that finds any of them as words. */
final class Lexicon {

    private final List<String> entries;
    private final Pattern pattern;

    private Lexicon(List<String> entries) {
        this.entries = List.copyOf(entries);
        // Longest first, so "did not immediately respond" wins over "did not respond" at the same place.
        String alternatives = entries.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(entry -> Pattern.quote(entry).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Lexicon load(String name) {
        return new Lexicon(
                lines(name).stream().map(line -> line.toLowerCase(Locale.ROOT)).toList());
    }

    static List<String> lines(String name) {
        String resource = "/attribution/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        lines.add(trimmed);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Pattern pattern() {
        return pattern;
    }

    boolean contains(String entry) {
        return entries.contains(entry.toLowerCase(Locale.ROOT));
    }

    boolean foundIn(CharSequence text) {
        return pattern.matcher(text).find();
    }
}
