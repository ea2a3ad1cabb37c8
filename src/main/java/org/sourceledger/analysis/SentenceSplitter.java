package org.sourceledger.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into sentences, keeping character offsets. Line breaks always end a sentence; within a line, the
 * OpenNLP sentence model proposes the boundaries, and a boundary right after an abbreviation from
 * abbreviations.txt ("U.S.", "Mr.", "Jan."), an initial ("John F. Kennedy") or a dotted acronym is dropped when
 * the next sentence would not start with a capital, digit or quote, or when the abbreviation never ends a sentence.
 */
final class SentenceSplitter {

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    private static final String OPENERS = "\"'\u201c\u2018([";

    private final Set<String> abbreviations;
    private final NlpPipeline nlp;

    SentenceSplitter(Set<String> abbreviations, NlpPipeline nlp) {
        this.abbreviations = abbreviations;
        this.nlp = nlp;
    }

    static SentenceSplitter fromLexicon() {
        return new SentenceSplitter(
                Set.copyOf(Lexicon.lines("abbreviations.txt").stream()
                        .map(entry -> entry.toLowerCase(Locale.ROOT))
                        .toList()),
                NlpPipeline.shared());
    }

    List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int lineStart = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                splitLine(text, lineStart, i, sentences);
                lineStart = i + 1;
            }
        }
        return sentences;
    }

    private void splitLine(String text, int from, int to, List<Span> sentences) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        int start = -1;
        int end = -1;
        for (opennlp.tools.util.Span proposed : nlp.sentences(line)) {
            int s = from + proposed.getStart();
            int e = from + proposed.getEnd();
            if (start >= 0 && continues(text, start, end, s)) {
                end = e;
                continue;
            }
            if (start >= 0) {
                add(text, start, end, sentences);
            }
            start = s;
            end = e;
        }
        if (start >= 0) {
            add(text, start, end, sentences);
        }
    }

    /** Whether the model's boundary between [start, end) and a sentence at next is a false one. */
    private boolean continues(String text, int start, int end, int next) {
        int last = end;
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last == start) {
            return true;
        }
        char c = text.charAt(last - 1);
        if (c != '.') {
            // The model may split after ! ? or a closing quote; the old rules kept a sentence going into a lower-case
            // word ("Is it over?" he asked).
            return next < text.length() && Character.isLowerCase(text.charAt(next));
        }
        if (next < text.length() && !startsSentence(text.charAt(next))) {
            return true;
        }
        return abbreviationBefore(text, start, last - 1);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private boolean abbreviationBefore(String text, int from, int dot) {
        int wordStart = dot;
        while (wordStart > from
                && !Character.isWhitespace(text.charAt(wordStart - 1))
                && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT))
                || DOTTED_ACRONYM.matcher(word).matches();
    }

    private static void add(String text, int start, int end, List<Span> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Span(start, end));
        }
    }
}
