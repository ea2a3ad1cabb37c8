package org.sourceledger.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One cue list from src/main/resources/attribution. Entries are words or phrases, one a line, matched against the
 * tokens of a sentence: a word of an entry matches a token when it equals the token (ignoring case) or the token's
 * lemma, so "decline to comment" matches "declined to comment" and "officials" matches "official".
 */
final class Lexicon {

    private final List<String> entries;
    private final Set<String> words;
    /** Entries by their first word, longest first. */
    private final Map<String, List<String[]>> byFirstWord;

    private final Pattern pattern;

    private Lexicon(List<String> entries) {
        this.entries = List.copyOf(entries);
        this.words = Set.copyOf(entries);
        Map<String, List<String[]>> index = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\s+");
            index.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
        }
        index.values()
                .forEach(list -> list.sort(
                        Comparator.comparingInt((String[] p) -> p.length).reversed()));
        this.byFirstWord = Map.copyOf(index);
        String alternatives = entries.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(entry -> Pattern.quote(entry).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Lexicon load(String name) {
        return new Lexicon(lines(name).stream()
                .map(line -> line.toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                .toList());
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

    /** The regular expression of all entries as words, for plain text. */
    Pattern pattern() {
        return pattern;
    }

    boolean contains(String entry) {
        return words.contains(entry.toLowerCase(Locale.ROOT));
    }

    /** Whether the token at i is a one-word entry, as written or by its lemma. */
    boolean containsToken(TaggedSentence s, int i) {
        return words.contains(s.lower(i)) || words.contains(s.lemma(i));
    }

    /** The number of tokens of the longest entry that starts at token i (not past limit), or 0. */
    int matchAt(TaggedSentence s, int i, int limit) {
        int best = matchFirst(s, i, limit, byFirstWord.get(s.lower(i)));
        if (best == 0) {
            String lemma = s.lemma(i);
            if (!lemma.equals(s.lower(i))) {
                best = matchFirst(s, i, limit, byFirstWord.get(lemma));
            }
        }
        return best;
    }

    private static int matchFirst(TaggedSentence s, int i, int limit, List<String[]> candidates) {
        if (candidates == null) {
            return 0;
        }
        for (String[] words : candidates) {
            if (i + words.length > limit) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < words.length && all; k++) {
                all = words[k].equals(s.lower(i + k)) || words[k].equals(s.lemma(i + k));
            }
            if (all) {
                return words.length;
            }
        }
        return 0;
    }

    /** The first token index in [from, to) where an entry starts, or -1; its length goes to length[0]. */
    int find(TaggedSentence s, int from, int to, int[] length) {
        for (int i = Math.max(0, from); i < to; i++) {
            int n = matchAt(s, i, to);
            if (n > 0) {
                if (length != null) {
                    length[0] = n;
                }
                return i;
            }
        }
        return -1;
    }

    boolean foundIn(TaggedSentence s, int from, int to) {
        return find(s, from, to, null) >= 0;
    }

    boolean foundIn(CharSequence text) {
        return pattern.matcher(text).find();
    }

    List<String> entries() {
        return entries;
    }
}
