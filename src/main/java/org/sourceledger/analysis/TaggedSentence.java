package org.sourceledger.analysis;

import java.util.Locale;
import opennlp.tools.util.Span;

/** One sentence as tokens with character offsets, UD part-of-speech tags and lemmas computed on demand. */
final class TaggedSentence {

    final String text;
    private final NlpPipeline nlp;
    private final String[] tokens;
    private final String[] lower;
    private final Span[] spans;
    private final String[] tags;
    private final String[] lemmas;
    private final boolean[] quoted;

    TaggedSentence(NlpPipeline nlp, String text, String[] tokens, Span[] spans, String[] tags) {
        this.nlp = nlp;
        this.text = text;
        this.tokens = tokens;
        this.spans = spans;
        this.tags = tags;
        this.lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String word = tokens[i].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            lower[i] = word;
        }
        this.lemmas = new String[tokens.length];
        this.quoted = quotedTokens();
    }

    int size() {
        return tokens.length;
    }

    String token(int i) {
        return tokens[i];
    }

    String lower(int i) {
        return lower[i];
    }

    String tag(int i) {
        return tags[i];
    }

    int start(int i) {
        return spans[i].getStart();
    }

    int end(int i) {
        return spans[i].getEnd();
    }

    boolean quoted(int i) {
        return quoted[i];
    }

    /** The lemma for verbs, auxiliaries and nouns (computed once, on demand); the lower-case word otherwise. */
    String lemma(int i) {
        if (lemmas[i] == null) {
            String tag = tags[i];
            lemmas[i] = tag.startsWith("VERB") || tag.startsWith("AUX") || tag.startsWith("NOUN")
                    ? nlp.lemma(lower[i], tag.startsWith("NOUN") ? "NOUN" : tag.startsWith("AUX") ? "AUX" : "VERB")
                    : lower[i];
        }
        return lemmas[i];
    }

    boolean is(int i, String tagPrefix) {
        return i >= 0 && i < tokens.length && tags[i].startsWith(tagPrefix);
    }

    boolean isWord(int i, String word) {
        return i >= 0 && i < tokens.length && lower[i].equals(word);
    }

    boolean isQuote(int i) {
        String t = tokens[i];
        return t.equals("\"") || t.equals("\u201c") || t.equals("\u201d") || t.equals("''") || t.equals("``");
    }

    /** Punctuation that ends a clause for the rules: , ; : quotes, brackets and dashes. */
    boolean isBoundary(int i) {
        if (i < 0 || i >= tokens.length) {
            return true;
        }
        String t = tokens[i];
        return t.equals(",")
                || t.equals(";")
                || t.equals(":")
                || t.equals("(")
                || t.equals(")")
                || t.equals("\u2014")
                || t.equals("\u2013")
                || t.equals("--")
                || isQuote(i)
                || (t.equals(".") || t.equals("?") || t.equals("!"));
    }

    /** True when the token is a noun, proper noun, number, adjective or determiner: words a source phrase is made of. */
    boolean isNominal(int i) {
        return is(i, "NOUN") || is(i, "PROPN") || is(i, "NUM") || is(i, "ADJ") || is(i, "DET") || is(i, "PRON");
    }

    String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(start(from), end(to - 1));
    }

    private boolean[] quotedTokens() {
        boolean[] inside = new boolean[tokens.length];
        boolean open = false;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.equals("\u201c") || t.equals("``")) {
                open = true;
            } else if (t.equals("\u201d") || t.equals("''")) {
                open = false;
            } else if (t.equals("\"")) {
                open = !open;
            } else {
                inside[i] = open;
            }
        }
        if (open) {
            // An opening quote that never closes in this sentence (a quotation running over several sentences):
            // treat nothing as quoted rather than everything.
            java.util.Arrays.fill(inside, false);
        }
        return inside;
    }
}
