package org.sourceledger.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into sentences, keeping character offsets. A sentence ends at . ! or ? (after any closing quotes)
 * followed by white space and a capital, digit or opening quote, or at a line break; not after an abbreviation
 * from abbreviations.txt ("U.S.", "Mr.", "Jan."), an initial ("John F. Kennedy") or inside a number ("3.5").
 */
final class SentenceSplitter {

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    private static final String CLOSERS = "\"'\u201d\u2019)]";
    private static final String OPENERS = "\"'\u201c\u2018([";

    private final Set<String> abbreviations;

    SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    static SentenceSplitter fromLexicon() {
        return new SentenceSplitter(Set.copyOf(Lexicon.lines("abbreviations.txt").stream()
                .map(entry -> entry.toLowerCase(Locale.ROOT))
                .toList()));
    }

    List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, sentences);
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < length && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end < length && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < length && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            boolean lineBreak = next < length && (text.charAt(next) == '\n' || text.charAt(next) == '\r');
            boolean startsSentence = next >= length || lineBreak || startsSentence(text.charAt(next));
            if (startsSentence && (c != '.' || lineBreak || next >= length || !abbreviationBefore(text, i))) {
                add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, length, sentences);
        return sentences;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private boolean abbreviationBefore(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0
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
