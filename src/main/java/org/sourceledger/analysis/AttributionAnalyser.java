package org.sourceledger.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceledger.claim.SourcingLevel;

/**
 * Rule-based attribution analysis: splits a story into sentences and classifies how each is attributed, using the
 * cue lexicons in src/main/resources/attribution. Pure and thread-safe; no model is loaded, nothing is downloaded.
 */
@ApplicationScoped
public class AttributionAnalyser {

    private static final int MAX_STATEMENT = 2000;
    private static final int MAX_SUBJECT = 160;
    /** Words that make an unnamed plural group ("officials said") anonymous rather than official. */
    private static final Pattern UNNAMED_GROUP = Pattern.compile(
            "(?i)\\b(officials|diplomats|aides|executives|advisers|advisors|people|lawmakers|negotiators|staffers|"
                    + "employees|investigators|analysts|bankers|traders|residents)\\b");
    /** A person's name: two or more capitalised words ("Jane Doe", "John F. Coale"). */
    private static final Pattern PERSON_NAME =
            Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)+\\b");

    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}&.'\u2019-]*(?:\\s+(?:of|for|and|de|the)?\\s*\\p{Lu}[\\p{L}&.'\u2019-]*)*");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\s+([^,.;]+)");
    private static final Pattern QUOTE_THEN_SPEAKER = Pattern.compile(
            "^[\"\u201c](.+?)[,.!?]?[\"\u201d],?\\s+(.+?)\\s+(said|says|added|told\\s+[^.]+?)\\.?$", Pattern.DOTALL);
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile(",\\s+(?:and|but|while)\\s+|;\\s+|\\s+and\\s+(?=the\\s)");
    /** "Jane Doe, a shop owner" / "Peter Holm, who runs a ferry" : a name, a comma, then who or what they are. */
    private static final Pattern NAME_WITH_APPOSITION =
            Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)+,\\s+[^,]+");

    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)\\s+(?:who|with|familiar|briefed|close|in|at|from|involved|for|of|on|to|speaking|requesting)\\b");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|a|an)\\s+");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)^(?:at least|more than|about|some)\\s+");

    private final SentenceSplitter splitter = SentenceSplitter.fromLexicon();
    private final Lexicon verbs = Lexicon.load("attribution-verbs.txt");
    private final Lexicon declined = Lexicon.load("declined.txt");
    private final Lexicon noResponse = Lexicon.load("no-response.txt");
    private final Lexicon anonymous = Lexicon.load("anonymous-sources.txt");
    private final Lexicon reasons = Lexicon.load("anonymity-reasons.txt");
    private final Lexicon officials = Lexicon.load("official-roles.txt");
    private final Lexicon documents = Lexicon.load("documents.txt");
    private final Lexicon secondary = Lexicon.load("secondary-reports.txt");
    private final Lexicon witnessed = Lexicon.load("witnessed.txt");
    private final Map<String, Integer> numbers = numbers();

    public List<Suggestion> analyse(String text) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Span span : splitter.split(text)) {
            suggestions.addAll(analyseSentence(text.substring(span.start(), span.end()), span));
        }
        return suggestions;
    }

    List<Suggestion> analyseSentence(String sentence, Span span) {
        List<Suggestion> responses = responses(sentence, span);
        if (!responses.isEmpty()) {
            return responses;
        }
        return List.of(classify(sentence, span));
    }

    /** "X declined to comment, and Y did not respond": one suggestion per clause that carries a response cue. */
    private List<Suggestion> responses(String sentence, Span span) {
        if (!declined.foundIn(sentence) && !noResponse.foundIn(sentence)) {
            return List.of();
        }
        List<Suggestion> found = new ArrayList<>();
        for (String clause : CLAUSE_BREAK.split(sentence)) {
            Matcher declinedCue = declined.pattern().matcher(clause);
            Matcher silentCue = noResponse.pattern().matcher(clause);
            boolean isDeclined = declinedCue.find();
            boolean isSilent = !isDeclined && silentCue.find();
            if (!isDeclined && !isSilent) {
                continue;
            }
            Matcher cue = isDeclined ? declinedCue : silentCue;
            String subject = trimClause(clause.substring(0, cue.start()));
            String statement = trimClause(clause);
            found.add(new Suggestion(
                    sentenceCase(statement),
                    isDeclined ? SourcingLevel.DECLINED_TO_COMMENT : SourcingLevel.NO_RESPONSE,
                    emptyToNull(subject),
                    count(subject),
                    null,
                    organisation(subject),
                    null,
                    span,
                    0.9));
        }
        return found;
    }

    private Suggestion classify(String sentence, Span span) {
        Attribution attribution = attribution(sentence);
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (witnessed.foundIn(sentence)) {
            return suggestion(sentence, attribution, SourcingLevel.WITNESSED, span, 0.85);
        }
        if (secondary.foundIn(sentence)) {
            return suggestion(sentence, attribution, SourcingLevel.SECONDARY_REPORT, span, 0.85);
        }
        if (documents.foundIn(sentence)) {
            return suggestion(sentence, attribution, SourcingLevel.DOCUMENT, span, 0.85);
        }
        if (attribution == null) {
            boolean anonymityCue = lower.contains("anonymity")
                    || lower.contains("not to be named")
                    || lower.contains("not to be identified");
            return anonymityCue
                    ? suggestion(sentence, null, SourcingLevel.ANONYMOUS, span, 0.6)
                    : suggestion(sentence, null, SourcingLevel.UNATTRIBUTED, span, 0.6);
        }
        String subject = attribution.subject();
        boolean named = PERSON_NAME.matcher(subject).find();
        if (anonymous.foundIn(subject)
                || anonymous.foundIn(sentence) && !named
                || !named && UNNAMED_GROUP.matcher(headNoun(subject)).matches()) {
            return suggestion(sentence, attribution, SourcingLevel.ANONYMOUS, span, 0.85);
        }
        if (officials.foundIn(subject) || lower.contains("in a statement")) {
            return suggestion(sentence, attribution, SourcingLevel.OFFICIAL, span, 0.8);
        }
        if (named) {
            return suggestion(sentence, attribution, SourcingLevel.ON_RECORD, span, 0.75);
        }
        if (LEADING_ARTICLE.matcher(subject).lookingAt()) {
            // "The company said", "The club said": an institution speaking for itself.
            return suggestion(sentence, attribution, SourcingLevel.OFFICIAL, span, 0.6);
        }
        return suggestion(sentence, attribution, SourcingLevel.UNATTRIBUTED, span, 0.5);
    }

    /** The noun a subject is about: "the president's aides" → aides; "officials briefed on the plan" → officials. */
    private static String headNoun(String subject) {
        String core = QUALIFIER.split(subject, 2)[0].strip();
        String[] words = core.split("\\s+");
        return words[words.length - 1];
    }

    /** Who the sentence attributes its statement to, and the statement without that attribution. */
    record Attribution(String subject, String statement) {}

    Attribution attribution(String sentence) {
        String body = stripFinalStop(sentence);
        Matcher quote = QUOTE_THEN_SPEAKER.matcher(body);
        if (quote.matches()) {
            return new Attribution(quote.group(2).strip(), quote.group(1).strip());
        }
        Matcher according = ACCORDING_TO.matcher(body);
        if (according.find()) {
            String subject = according.group(1).strip();
            String statement = (body.substring(0, according.start()) + body.substring(according.end()))
                    .replaceAll("\\s*,\\s*,", ",")
                    .replaceAll("^\\s*,\\s*|\\s*,\\s*$", "");
            return new Attribution(subject, statement);
        }
        Matcher verb = verbs.pattern().matcher(body);
        boolean[] quoted = quotedCharacters(body);
        while (verb.find()) {
            if (quoted[verb.start()]) {
                continue; // "Nobody warned us," said ... : a verb inside a quotation attributes nothing
            }
            int clauseStart = Math.max(
                    body.lastIndexOf(',', verb.start()),
                    Math.max(body.lastIndexOf('\u201d', verb.start()), body.lastIndexOf('"', verb.start())));
            String left = body.substring(clauseStart + 1, verb.start()).strip();
            String before =
                    clauseStart < 0 ? "" : body.substring(0, clauseStart).strip();
            String after = body.substring(verb.end())
                    .replaceFirst("(?i)^\\s*(?:on \\p{Lu}\\w+\\s+)?(?:in a statement\\s*,?\\s*)?(?:that\\s+)?", "")
                    .strip();
            Matcher apposition = NAME_WITH_APPOSITION.matcher(before);
            if (apposition.matches()) {
                // "Jane Doe, a shop owner, said the ..." : a name and its apposition open the sentence.
                String subject = (before + (left.isEmpty() ? "" : ", " + left)).strip();
                return new Attribution(subject, after.isEmpty() ? body : after);
            }
            if (!left.isEmpty() && left.length() <= MAX_SUBJECT) {
                if (clauseStart < 0) {
                    // "The ministry said the plan ..." : the subject opens the sentence.
                    return new Attribution(left, after.isEmpty() ? body : after.replaceFirst("^on \\w+\\s+", ""));
                }
                // "..., three sources familiar with the matter said, ..." : the subject sits between commas.
                return new Attribution(left, trimClause(before + body.substring(verb.end())));
            }
            if (left.isEmpty() && !after.isEmpty() && after.length() <= MAX_SUBJECT) {
                // "..., said Jane Doe, a shop owner." : the subject follows the verb.
                return new Attribution(after, before.isEmpty() ? body : trimClause(before));
            }
        }
        return null;
    }

    private static boolean[] quotedCharacters(String text) {
        boolean[] quoted = new boolean[text.length() + 1];
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                inside = c == '\u201c' || (c == '"' && !inside);
                continue;
            }
            quoted[i] = inside;
        }
        return quoted;
    }

    private Suggestion suggestion(
            String sentence, Attribution attribution, SourcingLevel level, Span span, double confidence) {
        String subject = attribution == null ? null : attribution.subject();
        String statement = attribution == null ? stripFinalStop(sentence) : attribution.statement();
        double sure = statement.equals(stripFinalStop(sentence)) && attribution != null ? confidence - 0.1 : confidence;
        String name = level == SourcingLevel.ON_RECORD && subject != null ? personName(subject) : null;
        String organisation = level == SourcingLevel.OFFICIAL || level == SourcingLevel.DECLINED_TO_COMMENT
                ? organisation(subject)
                : null;
        String reason = level == SourcingLevel.ANONYMOUS ? reason(sentence) : null;
        if (reason != null && statement.contains(reason)) {
            statement = trimClause(statement.replace(reason, "").replaceAll("\\s*,\\s*,", ","));
        }
        Integer count = level == SourcingLevel.ANONYMOUS || level == SourcingLevel.OFFICIAL ? count(subject) : null;
        return new Suggestion(
                truncate(sentenceCase(statement), MAX_STATEMENT),
                level,
                truncate(subject, 500),
                count,
                truncate(name, 200),
                truncate(organisation, 200),
                truncate(reason, 1000),
                span,
                Math.max(0.1, Math.min(1.0, sure)));
    }

    private String reason(String sentence) {
        Matcher cue = reasons.pattern().matcher(sentence);
        if (!cue.find()) {
            return null;
        }
        String rest = sentence.substring(cue.start());
        int end = rest.length();
        for (String stop : new String[] {";", ". ", ", said", ", according"}) {
            int at = rest.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return stripFinalStop(rest.substring(0, end).strip());
    }

    /** "three sources" → 3, "a spokesperson" → 1, "sources" → unknown. */
    Integer count(String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        String[] words = AT_LEAST.matcher(subject.strip()).replaceFirst("").split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (first.matches("\\d{1,4}")) {
            return Integer.parseInt(first);
        }
        return numbers.get(first);
    }

    private static String personName(String subject) {
        Matcher name = PERSON_NAME.matcher(subject);
        return name.find() ? name.group() : null;
    }

    private static String organisation(String subject) {
        if (subject == null) {
            return null;
        }
        Matcher run =
                CAPITALISED_RUN.matcher(LEADING_ARTICLE.matcher(subject.strip()).replaceFirst(""));
        String best = null;
        while (run.find()) {
            String candidate = run.group().strip();
            if (best == null || candidate.length() > best.length()) {
                best = candidate;
            }
        }
        return best == null || best.length() < 2 ? null : best;
    }

    private Map<String, Integer> numbers() {
        Map<String, Integer> values = new HashMap<>();
        for (String line : Lexicon.lines("numbers.txt")) {
            String[] parts = line.split("\\t");
            if (parts.length == 2) {
                values.put(parts[0].strip().toLowerCase(Locale.ROOT), Integer.parseInt(parts[1].strip()));
            }
        }
        return Map.copyOf(values);
    }

    private static String trimClause(String clause) {
        return stripFinalStop(clause.strip()
                .replaceFirst("(?i)^(?:and|but|while)\\s+", "")
                .replaceAll("^[,;\\s\"\u201c]+|[,;\\s\"\u201d]+$", ""));
    }

    private static String stripFinalStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String sentenceCase(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
