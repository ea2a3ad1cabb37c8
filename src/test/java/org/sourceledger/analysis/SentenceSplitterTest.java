package org.sourceledger.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.fromLexicon();

    private List<String> sentences(String text) {
        return splitter.split(text).stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndSentences() {
        assertEquals(
                List.of(
                        "Mr. Petrov met U.S. officials on Jan. 5 in Washington.",
                        "Growth slowed to 2.4 percent, said John F. Avery of the bank.",
                        "Talks resume at 9 a.m. on Monday."),
                sentences("Mr. Petrov met U.S. officials on Jan. 5 in Washington. Growth slowed to 2.4 percent, "
                        + "said John F. Avery of the bank. Talks resume at 9 a.m. on Monday."));
    }

    @Test
    void quotationsAndLineBreaks() {
        assertEquals(
                List.of(
                        "\"We will rebuild.\"",
                        "The mayor said so twice.",
                        "A headline without a full stop",
                        "Is it over?",
                        "Nobody knows!"),
                sentences("\"We will rebuild.\" The mayor said so twice.\nA headline without a full stop\n\n"
                        + "Is it over? Nobody knows!"));
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  First one.   Second one.  ";
        assertEquals(List.of(new Span(2, 12), new Span(15, 26)), splitter.split(text));
    }
}
