package org.sourceledger.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportUrlsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "HTTPS://News.Example.COM/Story|https://news.example.com/Story",
                "https://news.example.com|https://news.example.com/",
                "http://news.example.com:80/a|http://news.example.com/a",
                "https://news.example.com:443/a|https://news.example.com/a",
                "https://news.example.com:8443/a|https://news.example.com:8443/a",
                "https://news.example.com/a#comments|https://news.example.com/a",
                "https://news.example.com/a?utm_source=x&utm_medium=y|https://news.example.com/a",
                "https://news.example.com/a?id=3&UTM_Campaign=z&page=2|https://news.example.com/a?id=3&page=2",
                "https://news.example.com/a?fbclid=1&gclid=2&id=9|https://news.example.com/a?id=9",
                "  https://news.example.com/a%20b  |https://news.example.com/a%20b",
            })
    void normalises(String raw, String expected) {
        assertEquals(expected, ReportUrls.normalise(raw));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "news.example.com/a",
                "ftp://news.example.com/a",
                "mailto:desk@example.com",
                "https://",
                "https:///path",
                "http://exa mple.com/"
            })
    void rejects(String raw) {
        assertThrows(IllegalArgumentException.class, () -> ReportUrls.normalise(raw));
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> ReportUrls.normalise(null));
    }
}
