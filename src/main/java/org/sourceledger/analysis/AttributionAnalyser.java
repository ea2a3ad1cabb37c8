package org.sourceledger.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.sourceledger.claim.SourcingLevel;

/**
 * Attribution analysis on a language pipeline (docs/attribution.md): OpenNLP splits the story into sentences and
 * tags each with tokens, part-of-speech tags and lemmas ({@link NlpPipeline}); rules then find each attribution's
 * cue (a speech verb, "according to", a response phrase), its speaker (before the cue, after it, in a "by"
 * phrase, or as the object of "quoted"/"citing") and the statement, and classify the speaker with the cue
 * lexicons in src/main/resources/attribution. Thread-safe; models load once from the classpath.
 */
@ApplicationScoped
public class AttributionAnalyser {

    private static final int MAX_STATEMENT = 2000;
    /** A dateline naming the article's own outlet: "WASHINGTON (Reuters) - ", "MOGADISHU, May 2 (AP) —". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{L}\\s.,'-]{1,60}?\\(([\\p{L}][\\p{L}\\s.&-]{0,40})\\)\\s*[-\u2013\u2014]");

    private static final java.util.regex.Pattern WEBSITE = java.util.regex.Pattern.compile(
            "\\p{L}[\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|net|org|info|news|ru|ua|in|co\\.uk|[a-z]{2})");
    private static final int MAX_SPEAKER_TOKENS = 40;
    private static final Set<String> RELATIVE = Set.of("who", "whom", "whose", "which", "that");
    private static final Set<String> NP_PARTICIPLES = Set.of(
            "familiar",
            "briefed",
            "involved",
            "close",
            "based",
            "knowledgeable",
            "speaking",
            "quoted",
            "citing",
            "quoting");
    private static final Set<String> NP_PREPOSITIONS =
            Set.of("of", "for", "at", "in", "with", "from", "on", "to", "close", "near", "inside", "within", "about");
    private static final Set<String> PERSONAL = Set.of("he", "she", "i", "we");
    private static final Set<String> TIME_WORDS = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "yesterday",
            "today",
            "tonight",
            "earlier",
            "later",
            "week",
            "night",
            "morning",
            "evening",
            "afternoon",
            "day",
            "month",
            "year");
    private static final Set<String> BELIEF_NOT_CLAUSE =
            Set.of("to", "in", "of", "about", "for", "so", ",", ".", "with", "on", "at", "from");
    /** Words that say a source is kept unnamed, unlike descriptions such as "familiar with" or "involved in". */
    private static final java.util.regex.Pattern UNNAMING = java.util.regex.Pattern.compile(
            "(?i)anonym|record|named|identified|quoted|authori[sz]ed|allowed|permitted|name|background");

    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "which");
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "others", "several", "most", "few");
    private static final Set<String> SINGULAR_DETERMINERS =
            Set.of("the", "this", "that", "its", "his", "her", "their", "our", "another");
    private static final Set<String> COUNT_SKIP = Set.of("at", "least", "more", "than", "some", "about", "around");

    private final NlpPipeline nlp = NlpPipeline.shared();
    private final SentenceSplitter splitter = SentenceSplitter.fromLexicon();
    private final Lexicon verbs = Lexicon.load("attribution-verbs.txt");
    private final Lexicon chainVerbs = Lexicon.load("chain-verbs.txt");
    private final Lexicon documentVerbs = Lexicon.load("document-verbs.txt");
    private final Lexicon witnessVerbs = Lexicon.load("witness-verbs.txt");
    private final Lexicon beliefVerbs = Lexicon.load("belief-verbs.txt");
    private final Lexicon declined = Lexicon.load("declined.txt");
    private final Lexicon noResponse = Lexicon.load("no-response.txt");
    private final Lexicon anonymous = Lexicon.load("anonymous-sources.txt");
    private final Lexicon unnamedPeople = Lexicon.load("unnamed-people.txt");
    private final Lexicon reasons = Lexicon.load("anonymity-reasons.txt");
    private final Lexicon spokespeople = Lexicon.load("spokespeople.txt");
    private final Lexicon officials = Lexicon.load("official-roles.txt");
    private final Lexicon institutions = Lexicon.load("institutions.txt");
    private final Lexicon outlets = Lexicon.load("outlets.txt");
    private final Lexicon documents = Lexicon.load("documents.txt");
    private final Lexicon secondary = Lexicon.load("secondary-reports.txt");
    private final Lexicon witnessed = Lexicon.load("witnessed.txt");
    private final Lexicon outletNameWords = Lexicon.load("outlet-name-words.txt");
    private final Lexicon ownVoice = Lexicon.load("own-voice.txt");
    private final Lexicon statementPhrases = Lexicon.load("statement-phrases.txt");
    private final Lexicon legislatures = Lexicon.load("legislatures.txt");
    private final Map<String, Integer> numbers = numbers();

    /**
     * Analyses a whole text (an article) sentence by sentence; what earlier sentences say about a speaker ("Defence
     * Minister Ana Lund", then "Lund said" or "she said") is carried to the later ones.
     */
    public List<Suggestion> analyse(String text) {
        List<Suggestion> suggestions = new ArrayList<>();
        Context context = new Context();
        for (Span span : splitter.split(text)) {
            suggestions.addAll(analyseSentence(text.substring(span.start(), span.end()), span, context));
        }
        return suggestions;
    }

    /**
     * What the article has said so far about its speakers, filled sentence by sentence: the level of each person
     * named (by full name and by surname), and the last speaker a pronoun can refer to. One per analysed text; not
     * shared between threads.
     */
    static final class Context {
        private final Map<String, SourcingLevel> people = new HashMap<>();
        private final Set<String> explicit = new HashSet<>();
        private SourcingLevel lastPerson;
        private SourcingLevel lastOther;
        private SourcingLevel lastPlural;
        /** The outlet of the article itself, from a dateline such as "WASHINGTON (Reuters) -". */
        private String ownOutlet;

        SourcingLevel person(String name) {
            String full = name.toLowerCase(Locale.ROOT);
            SourcingLevel level = people.get(full);
            return level != null ? level : people.get(surname(full));
        }

        /** A role stated with the name ("the minister", "a lawyer") wins over a guess from a bare name. */
        void rememberPerson(String name, SourcingLevel level, boolean stated) {
            String full = name.toLowerCase(Locale.ROOT);
            for (String key : List.of(full, surname(full))) {
                if (stated || !explicit.contains(key)) {
                    people.put(key, level);
                    if (stated) {
                        explicit.add(key);
                    }
                }
            }
        }

        /** The level a pronoun speaker takes from the last speaker it can refer to, or null when none came before. */
        SourcingLevel pronoun(String word) {
            return switch (word) {
                case "he", "she" -> lastPerson;
                case "it" -> lastOther;
                case "they" -> lastPlural;
                default -> null;
            };
        }

        private static String surname(String full) {
            return full.substring(full.lastIndexOf(' ') + 1);
        }
    }

    /** One attribution found in a sentence: its cue tokens [cueFrom, cueTo) and speaker tokens [from, to). */
    private record Found(SourcingLevel level, int cueFrom, int cueTo, int from, int to, double confidence) {}

    List<Suggestion> analyseSentence(String sentence, Span span) {
        return analyseSentence(sentence, span, new Context());
    }

    List<Suggestion> analyseSentence(String sentence, Span span, Context context) {
        TaggedSentence s = nlp.tag(sentence);
        if (context.ownOutlet == null) {
            Matcher dateline = DATELINE.matcher(sentence);
            if (dateline.lookingAt()) {
                context.ownOutlet = dateline.group(1).strip().toLowerCase(Locale.ROOT);
            }
        }
        List<Found> found = new ArrayList<>();
        boolean[] used = new boolean[s.size()];
        responses(s, found, used);
        according(s, found, used, context);
        verbs(s, found, used, context);
        cuePhrases(s, found, used);
        anonymousPhrase(s, found, used);
        mentions(s, context);
        if (found.isEmpty()) {
            int[] len = new int[1];
            int anon = anonymous.find(s, 0, s.size(), len);
            if (anon >= 0 && !s.quoted(anon)) {
                return List.of(suggestion(s, new Found(SourcingLevel.ANONYMOUS, anon, anon, anon, anon, 0.5), span));
            }
            return List.of(new Suggestion(
                    truncate(sentenceCase(stripFinalStop(sentence)), MAX_STATEMENT),
                    SourcingLevel.UNATTRIBUTED,
                    null,
                    null,
                    null,
                    null,
                    null,
                    span,
                    0.6));
        }
        found.sort(Comparator.comparingInt(f -> Math.min(f.cueFrom(), f.from())));
        List<Suggestion> suggestions = new ArrayList<>();
        for (Found f : found) {
            suggestions.add(suggestion(s, f, span));
        }
        return suggestions;
    }

    // ---------------------------------------------------------------- cues

    /** "X declined to comment", "Y did not respond": the subject of each response phrase. */
    private void responses(TaggedSentence s, List<Found> found, boolean[] used) {
        int[] len = new int[1];
        for (int i = 0; i < s.size(); i++) {
            if (s.quoted(i) || used[i]) {
                continue;
            }
            SourcingLevel level = null;
            int n = declined.matchAt(s, i, s.size());
            if (n > 0) {
                level = SourcingLevel.DECLINED_TO_COMMENT;
            } else if ((n = noResponse.matchAt(s, i, s.size())) > 0) {
                level = SourcingLevel.NO_RESPONSE;
            } else if (s.isWord(i, "no") && s.isWord(i + 1, "immediate")) {
                // "There was no immediate U.S. comment": the party's name may stand between the words
                for (int k = i + 2; k < Math.min(s.size(), i + 6) && !s.isBoundary(k); k++) {
                    String w = s.lower(k);
                    if (w.equals("comment") || w.equals("response") || w.equals("reaction")) {
                        level = SourcingLevel.NO_RESPONSE;
                        n = k - i + 1;
                        break;
                    }
                }
            }
            if (level == null) {
                continue;
            }
            int from = subjectStart(s, i);
            int to = trimAuxiliaries(s, from, i);
            mark(used, from, clauseEnd(s, i + n));
            found.add(new Found(level, i, i + n, from, to, 0.9));
            i += n - 1;
        }
        len[0] = 0;
    }

    /** "according to X": X is the speaker. */
    private void according(TaggedSentence s, List<Found> found, boolean[] used, Context context) {
        for (int i = 0; i + 2 < s.size(); i++) {
            boolean per = s.isWord(i, "per") && (i == 0 || s.isBoundary(i - 1)) && !s.is(i + 1, "NUM");
            if (!(s.isWord(i, "according") && s.isWord(i + 1, "to") || per) || s.quoted(i) || used[i]) {
                continue; // "according to X", and "per X" at the head of a phrase ("Per the BBC, ...")
            }
            int from = per ? i + 1 : i + 2;
            int to = phraseEnd(s, from, false);
            if (to <= from) {
                continue;
            }
            int own = splitCoordinated(s, from, to, i, found, used);
            SourcingLevel level = speaker(s, own, closedApposition(s, to), SourcingLevel.OFFICIAL, context);
            mark(used, i, to);
            found.add(new Found(level, i, i + 2, from, to, 0.85));
            citing(s, to, found, used);
        }
    }

    /** Speech, document and witness verbs, and the chains that "quoted" and "citing" make. */
    private void verbs(TaggedSentence s, List<Found> found, boolean[] used, Context context) {
        int contentUntil = -1;
        for (int i = 0; i < s.size(); i++) {
            if (used[i] || s.quoted(i) || !(s.is(i, "VERB") || s.is(i, "AUX") || s.is(i, "NOUN"))) {
                continue;
            }
            boolean speech = verbs.containsToken(s, i) && !s.is(i, "NOUN");
            boolean documentVerb = documentVerbs.containsToken(s, i) && !s.is(i, "NOUN");
            boolean witnessVerb = witnessVerbs.containsToken(s, i) && !s.is(i, "NOUN");
            boolean beliefVerb = beliefVerbs.containsToken(s, i)
                    && !s.is(i, "NOUN")
                    && !BELIEF_NOT_CLAUSE.contains(s.lower(i + 1 < s.size() ? i + 1 : i));
            if (!speech && !documentVerb && !witnessVerb && !beliefVerb) {
                continue;
            }
            String lemma = s.lemma(i);
            if (lemma.equals("say") && s.isWord(i - 1, "as") || s.lower(i).endsWith("ing") && !lemma.equals("cite")) {
                continue; // "quoted X as saying", "adding that": part of another attribution
            }
            if (notAnAttribution(s, i)) {
                continue;
            }
            if (chainVerbs.containsToken(s, i) && RELATIVE.contains(s.lower(i - 1))) {
                // "According to AFP, which cited sources close to ...": only the object is a new source
                int objTo = phraseEnd(s, i + 1);
                SourcingLevel second = classify(s, i + 1, objTo, null);
                if (second != null) {
                    mark(used, i, objTo);
                    found.add(new Found(second, i, i + 1, i + 1, objTo, 0.75));
                }
                continue;
            }
            if (chainVerbs.containsToken(s, i) && s.lower(i).equals("citing")) {
                citing(s, i, found, used);
                continue;
            }
            // Passive with an agent: "was first reported by a daily", "was announced by the ministry".
            if (s.isWord(i + 1, "by") && (s.lower(i).endsWith("ed") || s.is(i - 1, "AUX"))) {
                int from = i + 2;
                int to = phraseEnd(s, from);
                if (to > from) {
                    SourcingLevel level = speaker(s, from, to, SourcingLevel.OFFICIAL, context);
                    mark(used, i, to);
                    found.add(new Found(level, i, i + 1, from, to, 0.8));
                    continue;
                }
            }
            int from = subjectStart(s, i, used);
            int to = trimAuxiliaries(s, from, i);
            boolean inverted = false;
            if (to <= from) {
                // "..., said Jane Doe, a shop owner": the speaker follows the verb.
                from = i + 1;
                while (from < s.size() && (s.is(from, "ADV") || s.is(from, "ADP") && false)) {
                    from++;
                }
                to = inversionEnd(s, from);
                inverted = to > from && (s.isNominal(from) || s.is(from, "PROPN"));
                if (!inverted) {
                    continue;
                }
            }
            if (i <= contentUntil && !inverted && isPronoun(s, from, to)) {
                continue; // "he said she told him": a report inside the statement of another attribution
            }
            if (inverted && hasVerb(s, from, to)) {
                continue; // "..., said a man approached": not a speaker
            }
            if (to - from == 1 && DEMONSTRATIVES.contains(s.lower(from))) {
                continue; // "this suggests", "that shows": the speaker is the finding itself
            }
            if (beliefVerb && !speech && (inverted || !commonSource(s, from, to))) {
                continue; // "officials believe the fire ...", not "he hopes to win" or "the plan expects"
            }
            int own = inverted ? from : splitCoordinated(s, from, to, i, found, used);
            SourcingLevel level = speaker(s, own, to, null, context);
            if (level == null) {
                continue;
            }
            if (level == SourcingLevel.OFFICIAL && lemma.equals("report") && isOutletName(s, from, to)) {
                level = SourcingLevel.SECONDARY_REPORT;
            }
            if (witnessVerb && !speech && level != SourcingLevel.WITNESSED) {
                continue; // "the region saw heavy rain"
            }
            if (documentVerb && !speech && level != SourcingLevel.DOCUMENT) {
                continue; // "police found a body"
            }
            if (level == null) {
                level = fallback(s, from, to);
            }
            // "said in a statement" is OFFICIAL; "said in a report" or "in a letter" is DOCUMENT.
            int after = inverted ? to : i + 1;
            if (s.isWord(after, "in") && after + 2 < s.size() && level != SourcingLevel.SECONDARY_REPORT) {
                int docEnd = Math.min(s.size(), after + 4);
                for (int k = after + 1; k < docEnd; k++) {
                    if (s.is(k, "NOUN") && documents.containsToken(s, k)) {
                        level = SourcingLevel.DOCUMENT;
                        break;
                    }
                    if (s.lower(k).equals("statement")) {
                        if (level == SourcingLevel.ON_RECORD || level == SourcingLevel.ANONYMOUS) {
                            level = SourcingLevel.OFFICIAL;
                        }
                        break;
                    }
                }
            }
            mark(used, Math.min(from, i), Math.max(to, i + 1));
            found.add(new Found(level, i, i + 1, from, to, inverted ? 0.8 : 0.85));
            if (chainVerbs.containsToken(s, i) && !inverted) {
                // "the paper quoted a source close to the talks as saying": the object is the second level.
                int objFrom = i + 1;
                int objTo = phraseEnd(s, objFrom);
                if (objTo > objFrom) {
                    SourcingLevel second = classify(s, objFrom, objTo, null);
                    if (second == null) {
                        second = fallback(s, objFrom, objTo);
                    }
                    mark(used, objFrom, objTo);
                    found.add(new Found(second, objTo, objTo, objFrom, objTo, 0.75));
                }
            }
            if (lemma.equals("tell") || s.isWord(i + 1, "in") || s.isWord(i + 1, "to")) {
                tellChain(s, i + 1, found, used, context);
            }
            if (!inverted) {
                contentUntil = clauseEnd(s, i + 1);
            }
        }
        // "Speaking to Reuters, ...", "in remarks to ABC": the outlet the speaker talked to
        for (int i = 0; i + 1 < s.size(); i++) {
            if ((s.isWord(i, "speaking") || s.isWord(i, "remarks")) && s.isWord(i + 1, "to") && !used[i]) {
                tellChain(s, i + 1, found, used, context);
            }
            if ((s.isWord(i, "citing") || s.isWord(i, "quoting")) && !used[i] && !s.quoted(i)) {
                citing(s, i, found, used); // "outlets reported him dead citing sources" (the tagger may call it a noun)
            }
            // "a complaint, obtained by Politico": the outlet that has the document is a second source
            if ((s.isWord(i, "obtained")
                            || s.isWord(i, "seen")
                            || s.isWord(i, "reviewed")
                            || s.isWord(i, "quoted")
                            || s.isWord(i, "interviewed"))
                    && s.isWord(i + 1, "by")
                    && !used[i + 1]
                    && !s.quoted(i)) {
                int to = phraseEnd(s, i + 2);
                if (to > i + 2 && classify(s, i + 2, to, null) == SourcingLevel.SECONDARY_REPORT) {
                    mark(used, i, to);
                    found.add(new Found(SourcingLevel.SECONDARY_REPORT, i, i + 2, i + 2, to, 0.7));
                }
            }
        }
    }

    /** "X told Fox News", "said in an interview with Rolling Stone": another outlet is a second level. */
    private void tellChain(TaggedSentence s, int at, List<Found> found, boolean[] used, Context context) {
        int from = at;
        if (s.isWord(from, "in") || s.isWord(from, "to")) {
            int k = from + 1;
            while (k < Math.min(s.size(), from + 5) && !s.isWord(k, "with") && !s.isWord(k, "to")) {
                k++;
            }
            if (s.isWord(from, "to")) {
                k = from;
            }
            if (k >= s.size() || !(s.isWord(k, "with") || s.isWord(k, "to"))) {
                return;
            }
            from = k + 1;
        }
        int to = from;
        while (to < s.size() && (s.is(to, "PROPN") || s.is(to, "NOUN") || s.is(to, "DET") || s.is(to, "ADJ"))) {
            if (to > from && s.is(to, "DET") && (s.is(to - 1, "NOUN") || s.is(to - 1, "PROPN"))) {
                break; // "told the press a search had found nothing": the statement starts
            }
            to++;
        }
        if (to <= from
                || s.isWord(from, "reporters")
                || s.isWord(from, "journalists")
                || s.isWord(from, "our")
                || witnessed.foundIn(s, from, to)) {
            return; // the reporters themselves, or "our correspondent"
        }
        if (context.ownOutlet != null
                && s.text(from, to).toLowerCase(Locale.ROOT).contains(context.ownOutlet)) {
            return; // "told Reuters" in Reuters' own copy (decision 1)
        }
        boolean outlet = outlets.foundIn(s, from, to)
                        && !s.text(from, to)
                                .toLowerCase(Locale.ROOT)
                                .matches("(the )?(press|media|news conference|a news conference)")
                || isOutletName(s, from, to);
        if (outlet && !s.lower(from).equals("wikinews")) {
            mark(used, from, to);
            found.add(new Found(SourcingLevel.SECONDARY_REPORT, from, to, from, to, 0.7));
        }
    }

    /** A capitalised name with a newspaper word in it: "The Baltimore Sun", "The Jakarta Post", "BFM TV". */
    private boolean isOutletName(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (WEBSITE.matcher(s.token(k)).matches()) {
                return true; // "Znak.com reported": a website
            }
            if (s.is(k, "PROPN")
                    && Character.isUpperCase(s.token(k).charAt(0))
                    && (outletNameWords.containsToken(s, k) || outlets.containsToken(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** Speech verbs that attribute nothing: negated, infinitive, attributive, a name, or an agentless passive. */
    private boolean notAnAttribution(TaggedSentence s, int i) {
        if (s.isWord(i - 1, "not")
                || s.isWord(i - 1, "n't")
                || s.lower(Math.max(0, i - 1)).endsWith("n't")) {
            return true; // "did not say whether"
        }
        if (s.isWord(i - 1, "to") && !s.isWord(i + 1, "by")) {
            return true; // "planned to announce"
        }
        if (i > 0
                && (s.is(i - 1, "DET")
                        || s.is(i - 1, "NUM")
                        || s.is(i - 1, "ADJ") && !unnamedPeople.containsToken(s, i - 1))
                && s.is(i + 1, "NOUN")) {
            return true; // "the confirmed death toll", but not "the official told reporters"
        }
        if (i > 0 && Character.isUpperCase(s.token(i).charAt(0)) && s.is(i - 1, "PROPN")) {
            return true; // "Sultan Said bin Taimur"
        }
        boolean passive = i > 0
                && (s.isWord(i - 1, "been")
                        || s.isWord(i - 1, "be")
                        || s.isWord(i - 1, "was")
                        || s.isWord(i - 1, "were")
                        || s.isWord(i - 1, "is")
                        || s.isWord(i - 1, "are"));
        return passive && !s.isWord(i + 1, "by") && !s.isWord(i + 1, "as") && !s.isWord(i + 1, "in");
    }

    private static boolean hasVerb(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isWord(k, ",")) {
                return false;
            }
            if ((s.is(k, "VERB") || s.is(k, "AUX")) && !NP_PARTICIPLES.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "police and witnesses said": each conjunct with a level of its own gives one more suggestion. */
    private int splitCoordinated(TaggedSentence s, int from, int to, int verb, List<Found> found, boolean[] used) {
        for (int k = from + 1; k < to - 1; k++) {
            if (!s.isWord(k, "and")) {
                continue;
            }
            if (s.is(k - 1, "PROPN")
                    && s.is(k + 1, "PROPN")
                    && classify(s, from, to, null) == SourcingLevel.SECONDARY_REPORT) {
                return from; // one outlet's name: "the Globe and Mail newspaper"
            }
            if (sharedHead(s, from, k, to)) {
                return from; // "U.S. and Afghan officials", "the Department of Health and Human Services"
            }
            SourcingLevel left = classify(s, from, k, null);
            SourcingLevel right = classify(s, k + 1, to, null);
            if (left != null && right != null && left != right) {
                found.add(new Found(left, verb, verb, from, k, 0.7));
                return k + 1;
            }
            return from;
        }
        return from;
    }

    /**
     * Whether "and" at k joins modifiers of one head rather than two sources: the left part has no common noun and
     * the right part ends in one ("New Orleans and Jefferson Parish officials"), or the "and" sits inside a name after
     * "of" ("Commissioner Rovella of the Department of Emergency Services and Public Protection").
     */
    private static boolean sharedHead(TaggedSentence s, int from, int and, int to) {
        boolean leftNoun = false;
        boolean leftOf = false;
        for (int k = from; k < and; k++) {
            leftNoun |= s.is(k, "NOUN");
            leftOf |= s.isWord(k, "of");
        }
        int last = and + 1;
        while (last + 1 < to && (s.is(last + 1, "NOUN") || s.is(last + 1, "PROPN") || s.is(last + 1, "ADJ"))) {
            last++;
        }
        if (!leftNoun && !s.is(and + 1, "DET") && s.is(last, "NOUN") && last > and + 1) {
            return true;
        }
        return leftOf && s.is(and - 1, "PROPN") && s.is(and + 1, "PROPN");
    }

    /**
     * The end of a source phrase extended over an apposition closed by a second comma ("According to Boris Skripka,
     * the head of the civil defence administration, ..."), which says who the source is; to when there is none.
     */
    private int closedApposition(TaggedSentence s, int to) {
        if (!s.isWord(to, ",") || !(s.is(to + 1, "DET") || s.is(to + 1, "ADJ") || s.is(to + 1, "NOUN"))) {
            return to;
        }
        int k = to + 1;
        while (k < s.size() && k - to <= 14 && !s.isBoundary(k)) {
            if (s.is(k, "VERB") || s.is(k, "AUX")) {
                return to;
            }
            k++;
        }
        return s.isWord(k, ",") ? k : to;
    }

    /** "..., citing officials": the object of citing is a source when it names one (not "citing the investigation"). */
    private void citing(TaggedSentence s, int at, List<Found> found, boolean[] used) {
        int i = at;
        if (s.isWord(i, ",")) {
            i++;
        }
        if (!s.isWord(i, "citing") && !s.isWord(i, "quoting")) {
            return;
        }
        int from = i + 1;
        int to = phraseEnd(s, from);
        if (to <= from) {
            return;
        }
        SourcingLevel level = classify(s, from, to, null);
        if (level == null) {
            return;
        }
        mark(used, i, to);
        found.add(new Found(level, i, i + 1, from, to, 0.75));
    }

    /**
     * A phrase that makes a source unnamed ("being told off the record", "on condition of anonymity") outside the
     * attributions found gives one more, anonymous, source; single words ("unnamed") are left to the speaker phrase.
     */
    private void anonymousPhrase(TaggedSentence s, List<Found> found, boolean[] used) {
        if (found.isEmpty()
                || found.stream().anyMatch(f -> f.level() == SourcingLevel.ANONYMOUS)
                || !UNNAMING.matcher(s.text).find()) {
            return;
        }
        int[] len = new int[1];
        int at = anonymous.find(s, 0, s.size(), len);
        if (at >= 0
                && len[0] >= 2
                && !used[at]
                && !s.quoted(at)
                && UNNAMING.matcher(s.text(at, at + len[0])).find()) {
            found.add(new Found(SourcingLevel.ANONYMOUS, at, at + len[0], at, at, 0.5));
        }
    }

    /** Document and secondary-report phrases without a verb of their own: "a memo from ...", "local media reports". */
    private void cuePhrases(TaggedSentence s, List<Found> found, boolean[] used) {
        int[] len = new int[1];
        if (!found.isEmpty()) {
            // "Per reports, the sources said": a report phrase outside the other attributions is one more source
            int at = secondary.find(s, 0, s.size(), len);
            boolean reported = found.stream().anyMatch(f -> f.level() == SourcingLevel.SECONDARY_REPORT);
            if (at >= 0 && !s.quoted(at) && !used[at] && !reported) {
                found.add(new Found(SourcingLevel.SECONDARY_REPORT, at, at + len[0], at, at + len[0], 0.6));
            }
            return;
        }
        int statementAt = statementPhrases.find(s, 0, s.size(), len);
        if (statementAt >= 0 && !s.quoted(statementAt)) {
            found.add(new Found(
                    SourcingLevel.OFFICIAL, statementAt, statementAt + len[0], statementAt, statementAt, 0.6));
            return;
        }
        int at = secondary.find(s, 0, s.size(), len);
        if (at >= 0 && !s.quoted(at)) {
            found.add(new Found(SourcingLevel.SECONDARY_REPORT, at, at + len[0], at, at + len[0], 0.7));
            return;
        }
        for (int i = 0; i + 1 < s.size(); i++) {
            // "a memo from the director", "documents seen by", "a letter obtained by"
            if (s.is(i, "NOUN") && documents.containsToken(s, i) && !s.quoted(i)) {
                String next = s.lower(i + 1);
                if (next.equals("from")
                        || next.equals("seen")
                        || next.equals("obtained")
                        || next.equals("reviewed")
                        || next.equals("released")
                        || next.equals("published")
                        || next.equals("filed")) {
                    int from = i;
                    while (from > 0 && (s.is(from - 1, "ADJ") || s.is(from - 1, "DET") || s.is(from - 1, "NOUN"))) {
                        from--;
                    }
                    found.add(new Found(SourcingLevel.DOCUMENT, i, i + 1, from, phraseEnd(s, i), 0.7));
                    return;
                }
            }
        }
    }

    // ---------------------------------------------------------------- speaker spans

    /**
     * The first token of the subject of the verb (or response phrase) at i: back to the clause boundary, across a
     * relative clause or an apposition between commas ("one banker, who asked not to be named, said").
     */
    private int subjectStart(TaggedSentence s, int i) {
        return subjectStart(s, i, new boolean[s.size()]);
    }

    private int subjectStart(TaggedSentence s, int i, boolean[] usedNow) {
        int j = i - 1;
        while (j >= 0) {
            if (s.is(j, "AUX") || s.is(j, "ADV") || s.is(j, "PART")) {
                j--;
            } else if (TIME_WORDS.contains(s.lower(j))) {
                j -= s.isWord(j - 1, "on") || s.isWord(j - 1, "last") ? 2 : 1; // "on Sunday", "yesterday"
            } else {
                break;
            }
        }
        if (s.isWord(j, ")")) {
            // "the Federal Security Service (FSB) said": a bracketed short name belongs to the speaker
            int open = j - 1;
            while (open >= Math.max(0, j - 6) && !s.isWord(open, "(")) {
                open--;
            }
            if (open >= 1 && s.isWord(open, "(") && !s.isBoundary(open - 1)) {
                return nounPhraseStart(s, open, usedNow);
            }
        }
        if (j < 0) {
            return 0;
        }
        if (s.isWord(j, ",") && !s.quoted(j)) {
            // "NP, apposition, said": the segment between the two commas describes the NP before it.
            int k = j - 1;
            while (k >= 0 && !s.isBoundary(k)) {
                k--;
            }
            if (k >= 0 && s.isWord(k, ",") && k + 1 < j && isParenthetical(s, k + 1, j)) {
                int start = nounPhraseStart(s, k, usedNow);
                if (start < k) {
                    return start;
                }
            }
            return i; // empty: the speaker follows the verb
        }
        if (s.isBoundary(j)) {
            return i;
        }
        return nounPhraseStart(s, j + 1, usedNow);
    }

    /** Whether tokens [from, to) read as a relative clause or an apposition, not as the statement. */
    private boolean isParenthetical(TaggedSentence s, int from, int to) {
        if (RELATIVE.contains(s.lower(from)) && !s.lower(from).equals("that")) {
            return true;
        }
        if (s.is(from, "NUM") && to - from == 1) {
            return true; // "Jan Kowalski, 54, ..."
        }
        if ((s.is(from, "VERB")
                        && (s.lower(from).endsWith("ed") || s.lower(from).endsWith("ing")))
                && to - from <= 12) {
            return true; // "a diplomat at the meeting, asked about the report, said"
        }
        if (s.is(from, "DET")
                || s.is(from, "ADJ")
                || s.is(from, "PROPN")
                || s.is(from, "NOUN")
                || s.is(from, "ADV")
                || s.is(from, "ADP") && !s.isWord(from, "according")) {
            for (int k = from; k < to; k++) {
                boolean reduced = k > from
                        && s.is(k, "VERB")
                        && s.is(k - 1, "NOUN")
                        && (s.lower(k).endsWith("ing") || s.lower(k).endsWith("ed"));
                if ((s.is(k, "VERB") || s.is(k, "AUX")) && !reduced) {
                    return false;
                }
            }
            return to - from <= 12;
        }
        return s.isWord(from, "speaking") || s.isWord(from, "requesting");
    }

    /** Walks left from end (exclusive) over the words a source phrase is made of; returns its first token. */
    private int nounPhraseStart(TaggedSentence s, int end, boolean[] usedNow) {
        int k = end - 1;
        int start = end;
        int beforeComma = -1;
        int comma = -1;
        while (k >= 0 && end - k <= MAX_SPEAKER_TOKENS) {
            String w = s.lower(k);
            if (s.quoted(k)) {
                break;
            }
            if (s.isBoundary(k)) {
                // an apposition or relative clause between commas belongs to the NP before it
                if (s.isWord(k, ",")
                        && beforeComma < 0
                        && k + 1 < end
                        && isParenthetical(s, k + 1, start == end ? end : start)) {
                    int before = k - 1;
                    if (before >= 0
                            && !s.isBoundary(before)
                            && s.isNominal(before)
                            && !usedNow[before]
                            && !TIME_WORDS.contains(s.lower(before))) {
                        beforeComma = start;
                        comma = k;
                        k = before;
                        start = k + 1; // keep going
                        continue;
                    }
                }
                break;
            }
            if (s.is(k, "VERB") || s.is(k, "AUX")) {
                if (NP_PARTICIPLES.contains(w)) {
                    start = k;
                    k--;
                    continue;
                }
                // a relative clause without commas: "two officials who spoke on condition of anonymity said"
                int rel = -1;
                for (int r = k - 1; r >= Math.max(0, k - 4); r--) {
                    if (s.isBoundary(r)) {
                        break;
                    }
                    if (RELATIVE.contains(s.lower(r)) && !s.lower(r).equals("that")) {
                        rel = r;
                        break;
                    }
                }
                if (rel < 0) {
                    break;
                }
                start = rel;
                k = rel - 1;
                continue;
            }
            if (s.is(k, "SCONJ") || s.is(k, "INTJ")) {
                break;
            }
            if (s.is(k, "CCONJ")) {
                // "officials and diplomats" stays one phrase; "..., and the ministry said" does not
                if (k > 0 && (s.is(k - 1, "NOUN") || s.is(k - 1, "PROPN")) && s.isNominal(k + 1)) {
                    int back = k - 1;
                    while (back >= 0 && !s.isBoundary(back) && s.isNominal(back)) {
                        back--;
                    }
                    if (back < 0 || s.isBoundary(back)) {
                        start = k;
                        k--;
                        continue;
                    }
                }
                break;
            }
            if (s.is(k, "ADP") && !NP_PREPOSITIONS.contains(w)) {
                break;
            }
            if (s.is(k, "PRON") && RELATIVE.contains(w)) {
                break;
            }
            start = k;
            k--;
        }
        if (beforeComma >= 0
                && (k >= 0 && !s.isBoundary(k)
                        || s.is(start, "ADP")
                        || s.is(start, "SCONJ")
                        || s.is(start, "VERB")
                        || secondary.foundIn(s, start, comma))) {
            // What came before the comma is the end of a clause or a phrase of place or time, not a noun the
            // speaker describes: "..., in Tonga, The Guardian reported", "In Paris, the minister said".
            start = beforeComma;
        }
        // Leading prepositions or adverbs are not part of the speaker ("On Tuesday the ministry said").
        while (start < end && (s.is(start, "ADP") || s.is(start, "CCONJ") || s.is(start, "ADV"))) {
            start++;
        }
        return start;
    }

    private static int trimAuxiliaries(TaggedSentence s, int from, int verb) {
        int to = verb;
        while (to > from && (s.is(to - 1, "AUX") || s.is(to - 1, "ADV") || s.is(to - 1, "PART"))) {
            to--;
        }
        return to;
    }

    /** The end (exclusive) of a source phrase that starts at from: up to a clause boundary or a new clause. */
    private int phraseEnd(TaggedSentence s, int from) {
        return phraseEnd(s, from, true);
    }

    private int phraseEnd(TaggedSentence s, int from, boolean appositions) {
        int k = from;
        while (k < s.size() && k - from < MAX_SPEAKER_TOKENS) {
            if (s.isBoundary(k) || s.quoted(k)) {
                if (appositions
                        && s.isWord(k, ",")
                        && k + 1 < s.size()
                        && !RELATIVE.contains(s.lower(k + 1))
                        && isParenthetical(s, k + 1, clauseEnd(s, k + 1))) {
                    k = clauseEnd(s, k + 1);
                    continue;
                }
                break;
            }
            if (s.isWord(k, "as") && (s.isWord(k + 1, "saying") || s.isWord(k + 1, "telling"))) {
                break;
            }
            if (s.isWord(k, "that") && s.is(k, "SCONJ")
                    || s.isWord(k, "while")
                    || s.isWord(k, "whereas")
                    || s.isWord(k, "but")) {
                break;
            }
            if ((s.is(k, "VERB") || s.is(k, "AUX")) && k > from && !NP_PARTICIPLES.contains(s.lower(k))) {
                // "a study released by the ministry": a participle with its phrase is still part of it
                if (!(s.lower(k).endsWith("ed") || s.lower(k).endsWith("en")) || s.is(k - 1, "AUX")) {
                    if (!RELATIVE.contains(s.lower(k - 1))) {
                        break;
                    }
                }
            }
            k++;
        }
        return k;
    }

    /** The speaker after an inverted verb: "said Jane Doe, a shop owner." up to the end of the sentence. */
    private int inversionEnd(TaggedSentence s, int from) {
        int k = from;
        while (k < s.size()) {
            String w = s.lower(k);
            if (w.equals(".") || w.equals(";") || w.equals("!") || w.equals("?") || s.isQuote(k)) {
                break;
            }
            if (w.equals(",") && (s.lower(k + 1 < s.size() ? k + 1 : k).endsWith("ing") || s.isWord(k + 1, "and"))) {
                break;
            }
            if (s.is(k, "ADP")
                    && k > from
                    && !s.isWord(k, "of")
                    && !s.isWord(k, "for")
                    && !s.isWord(k, "from")
                    && !commaBetween(s, from, k)) {
                break; // "said Kosgei after the race"
            }
            k++;
        }
        return k;
    }

    private static boolean commaBetween(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isWord(k, ",")) {
                return true;
            }
        }
        return false;
    }

    private static int clauseEnd(TaggedSentence s, int from) {
        int k = from;
        while (k < s.size()
                && !s.isWord(k, ";")
                && !(s.isWord(k, ",") && (s.isWord(k + 1, "but") || s.isWord(k + 1, "while") || s.isWord(k + 1, "and")))
                && !(k > from && s.isWord(k, "but") && !s.quoted(k))
                && !s.isWord(k, ".")) {
            k++;
        }
        return k;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(used.length, to); k++) {
            used[k] = true;
        }
    }

    private static boolean isPronoun(TaggedSentence s, int from, int to) {
        return to - from == 1 && s.is(from, "PRON");
    }

    // ---------------------------------------------------------------- classification

    /**
     * The level a source phrase gives, from the cue lexicons; null (or the given default) when no lexicon
     * recognises it.
     */
    private SourcingLevel classify(TaggedSentence s, int from, int to, SourcingLevel otherwise) {
        if (to <= from) {
            return otherwise;
        }
        int head = headNoun(s, from, to);
        boolean namedPerson = personName(s, from, to) != null;
        if (witnessed.foundIn(s, from, to)) {
            return SourcingLevel.WITNESSED;
        }
        if (spokespeople.foundIn(s, from, to)) {
            return SourcingLevel.OFFICIAL;
        }
        if (head >= 0 && s.lemma(head).equals("report") && !s.lower(head).equals("report")) {
            return SourcingLevel.SECONDARY_REPORT; // "reports said", "according to reports": other outlets
        }
        if (head > from
                && s.lemma(head).equals("release")
                && (s.isWord(head - 1, "press") || s.isWord(head - 1, "news"))) {
            return SourcingLevel.OFFICIAL; // a press release is the institution speaking
        }
        if (head >= 0 && s.is(head, "NOUN") && documents.containsToken(s, head)) {
            boolean outlet = outlets.foundIn(s, from, to) || isOutletName(s, from, to);
            boolean seenBy = false;
            for (int k = head + 1; k < to; k++) {
                String w = s.lower(k);
                if (w.equals("seen") || w.equals("reviewed") || w.equals("obtained")) {
                    seenBy = true;
                }
            }
            return outlet && s.lemma(head).equals("report") && !seenBy
                    ? SourcingLevel.SECONDARY_REPORT
                    : SourcingLevel.DOCUMENT;
        }
        int last = lastNoun(s, from, to);
        if (secondary.foundIn(s, from, to)
                || last >= 0 && outlets.containsToken(s, last) && !s.isWord(last, "press")
                || outlets.foundIn(s, from, Math.min(to, head < 0 ? to : head + 1))
                        && !officials.foundIn(s, from, Math.min(to, head < 0 ? to : head + 1))
                || isOutletName(s, from, Math.min(to, head < 0 ? to : head + 1)) && !namedPerson) {
            return SourcingLevel.SECONDARY_REPORT;
        }
        if (anonymous.foundIn(s, from, to)) {
            return SourcingLevel.ANONYMOUS;
        }
        if (spokespeople.foundIn(s, from, to)) {
            return SourcingLevel.OFFICIAL;
        }
        if (legislator(s, from, to)) {
            return namedPerson ? SourcingLevel.OFFICIAL : otherwise;
        }
        if (namedPerson) {
            if (ownVoice.foundIn(s, from, to) || hasAge(s, from, to)) {
                return SourcingLevel.ON_RECORD;
            }
            int core = from;
            while (core < to && !s.isWord(core, "who") && !s.isWord(core, "whose")) {
                core++;
            }
            if (officials.foundIn(s, from, core) || institutionWord(s, from, to) || legislator(s, from, to)) {
                return SourcingLevel.OFFICIAL;
            }
            // A surname alone ("Biden said"): in news copy, after a first mention with the title, mostly an official.
            return surnameOnly(s, from, to) ? SourcingLevel.OFFICIAL : SourcingLevel.ON_RECORD;
        }
        if (head >= 0 && (s.is(head, "NOUN") || s.is(head, "ADJ"))) {
            if (unnamedPeople.containsToken(s, head)) {
                return SourcingLevel.ANONYMOUS;
            }
            if (officials.containsToken(s, head) || officials.matchAt(s, Math.max(from, head - 1), to) > 1) {
                boolean indefinite = s.isWord(from, "a")
                        || s.isWord(from, "an")
                        || s.is(from, "NUM")
                        || !s.lemma(head).equals(s.lower(head));
                return indefinite ? SourcingLevel.ANONYMOUS : SourcingLevel.OFFICIAL;
            }
            if (institutions.containsToken(s, head)) {
                return SourcingLevel.OFFICIAL;
            }
        }
        if (last > head && s.is(last, "NOUN") && unnamedPeople.containsToken(s, last)) {
            return SourcingLevel.ANONYMOUS; // "U.S. and Afghan officials", "New Orleans and Jefferson Parish officials"
        }
        if (head >= 0 && s.is(head, "PROPN")) {
            return SourcingLevel.OFFICIAL; // an organisation by its name: "the Pentagon", "NASA"
        }
        return otherwise;
    }

    /**
     * The last noun of the phrase's first noun group, across names joined by "and": "Canada's Globe and Mail
     * newspaper" gives newspaper, "French news channel BFM TV" gives TV.
     */
    private static int lastNoun(TaggedSentence s, int from, int to) {
        int last = -1;
        for (int k = from; k < to; k++) {
            if (s.is(k, "NOUN") || s.is(k, "PROPN")) {
                last = k;
            } else if (!(s.is(k, "ADJ") || s.is(k, "DET") || s.is(k, "NUM") || s.is(k, "PART") || s.isWord(k, "and"))) {
                break;
            }
        }
        return last;
    }

    /** "a member of the Tunisian Parliament", "member of Congress": a politician, so an official. */
    private boolean legislator(TaggedSentence s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if ((s.lemma(k).equals("member") || s.lower(k).equals("members")) && s.isWord(k + 1, "of")) {
                for (int m = k + 2; m < Math.min(to, k + 7); m++) {
                    if (legislatures.containsToken(s, m) || legislatures.matchAt(s, m, to) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Fifteen-year-old Robert", "Jan Kowalski, 54,": news copy gives ages for private people, not for officials. */
    private static boolean hasAge(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (w.endsWith("-year-old")
                    || w.equals("aged")
                    || s.is(k, "NUM") && s.isWord(k - 1, ",") && s.isWord(k + 1, ",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean surnameOnly(TaggedSentence s, int from, int to) {
        int k = from;
        while (k < to && (s.is(k, "DET"))) {
            k++;
        }
        return to - k == 1 && s.is(k, "PROPN");
    }

    /**
     * The level of a speaker phrase, with what the article said before: a pronoun takes the level of the last speaker
     * it can refer to, and a name without a role in this sentence the level it was introduced with. Remembers the
     * speaker for the sentences after.
     */
    private SourcingLevel speaker(TaggedSentence s, int from, int to, SourcingLevel otherwise, Context context) {
        if (to - from == 1 && s.is(from, "PRON")) {
            SourcingLevel known = context.pronoun(s.lower(from));
            if (known != null) {
                return known;
            }
        }
        SourcingLevel level = classify(s, from, to, null);
        String name = level == SourcingLevel.OFFICIAL || level == SourcingLevel.ON_RECORD || level == null
                ? personName(s, from, to)
                : null;
        if (name != null) {
            boolean stated = roleStated(s, from, to);
            SourcingLevel known = context.person(name);
            if (!stated && known != null) {
                level = known;
            } else if (level != null) {
                context.rememberPerson(name, level, stated);
            }
        }
        if (level == null && otherwise == null && unknownThing(s, from, to)) {
            return null; // "the virus claimed 6,000 lives", "posts which state ...": not a source
        }
        if (level == null) {
            level = otherwise != null ? otherwise : fallback(s, from, to);
        }
        rememberSpeaker(s, from, to, level, name != null, context);
        return level;
    }

    /**
     * A phrase headed by a common noun that no lexicon knows, with no name in it: a thing, not a source ("the virus",
     * "posts"). Pronouns and capitalised names are not things.
     */
    private boolean unknownThing(TaggedSentence s, int from, int to) {
        int head = headNoun(s, from, to);
        if (head < 0
                || !s.is(head, "NOUN")
                || Character.isUpperCase(s.token(head).charAt(0))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.is(k, "PROPN") || s.is(k, "PRON") && !RELATIVE.contains(s.lower(k))) {
                return false;
            }
        }
        return !ownVoice.containsToken(s, head) && !documents.containsToken(s, head);
    }

    /** A source named by a common noun that a lexicon knows: "investigators", "police", "the ministry". */
    private boolean commonSource(TaggedSentence s, int from, int to) {
        int head = headNoun(s, from, to);
        return head >= 0
                && s.is(head, "NOUN")
                && Character.isLowerCase(s.token(head).charAt(0))
                && classify(s, from, to, null) != null;
    }

    /** Whether the phrase says what the person is: a title, a role, an institution. */
    private boolean roleStated(TaggedSentence s, int from, int to) {
        return officials.foundIn(s, from, to)
                || ownVoice.foundIn(s, from, to)
                || spokespeople.foundIn(s, from, to)
                || witnessed.foundIn(s, from, to)
                || anonymous.foundIn(s, from, to)
                || institutionWord(s, from, to);
    }

    private void rememberSpeaker(
            TaggedSentence s, int from, int to, SourcingLevel level, boolean named, Context context) {
        if (to - from == 1 && s.is(from, "PRON")) {
            String w = s.lower(from);
            if (w.equals("he") || w.equals("she")) {
                context.lastPerson = level;
            } else if (w.equals("it")) {
                context.lastOther = level;
            } else if (w.equals("they")) {
                context.lastPlural = level;
            }
            return;
        }
        int head = headNoun(s, from, to);
        boolean plural = head >= 0 && s.is(head, "NOUN") && !s.lemma(head).equals(s.lower(head));
        boolean human = named
                || head >= 0
                        && (unnamedPeople.containsToken(s, head)
                                || officials.containsToken(s, head)
                                || spokespeople.containsToken(s, head)
                                || witnessed.containsToken(s, head)
                                || ownVoice.containsToken(s, head));
        if (plural) {
            context.lastPlural = level;
        } else if (human) {
            context.lastPerson = level;
        } else {
            context.lastOther = level;
        }
    }

    /**
     * People named anywhere in the sentence with a role ("Defence Minister Ana Lund", "Ana Lund, a lawyer"), or by a
     * full name without one (a private person, as news copy gives an official's title): remembered for later "Lund
     * said". A role stated later replaces a guess.
     */
    private void mentions(TaggedSentence s, Context context) {
        for (int k = 0; k < s.size(); k++) {
            if (!s.is(k, "PROPN") || !Character.isUpperCase(s.token(k).charAt(0))) {
                continue;
            }
            int end = k;
            while (end < s.size()
                    && s.is(end, "PROPN")
                    && Character.isUpperCase(s.token(end).charAt(0))) {
                end++;
            }
            int from = k;
            while (from > 0
                    && k - from < 6
                    && !s.isBoundary(from - 1)
                    && (s.is(from - 1, "PROPN")
                            || s.is(from - 1, "NOUN")
                            || s.is(from - 1, "ADJ")
                            || s.is(from - 1, "DET")
                            || s.isWord(from - 1, "of")
                            || s.isWord(from - 1, "'s"))) {
                from--;
            }
            int to = end;
            if (s.isWord(end, ",") && (s.isWord(end + 1, "a") || s.isWord(end + 1, "an") || s.isWord(end + 1, "the"))) {
                to = end + 1;
                while (to < s.size() && to - end < 12 && !s.isBoundary(to) && !s.is(to, "VERB") && !s.is(to, "AUX")) {
                    to++;
                }
            }
            String name = personName(s, k, end);
            if (name == null || context.explicit.contains(name.toLowerCase(Locale.ROOT))) {
                k = end;
                continue;
            }
            SourcingLevel level = null;
            if (officials.foundIn(s, from, to) || spokespeople.foundIn(s, from, to)) {
                level = SourcingLevel.OFFICIAL;
            } else if (ownVoice.foundIn(s, from, to)) {
                level = SourcingLevel.ON_RECORD;
            } else if (witnessed.foundIn(s, from, to)) {
                level = SourcingLevel.WITNESSED;
            }
            if (level != null) {
                context.rememberPerson(name, level, true);
            } else if (name.indexOf(' ') > 0 && context.person(name) == null) {
                context.rememberPerson(name, SourcingLevel.ON_RECORD, false);
            }
            k = end;
        }
    }

    /** When no lexicon recognises the speaker: pronouns and anything else. */
    private SourcingLevel fallback(TaggedSentence s, int from, int to) {
        String first = s.lower(from);
        if (to - from == 1 && QUANTIFIERS.contains(first)) {
            return SourcingLevel.ANONYMOUS; // "some say", "others said": unnamed people
        }
        if (to - from == 1 && s.is(from, "PRON")) {
            if (PERSONAL.contains(first)) {
                return SourcingLevel.OFFICIAL; // like a surname alone: in news copy, mostly an official
            }
            return first.equals("they") ? SourcingLevel.ANONYMOUS : SourcingLevel.OFFICIAL;
        }
        return SourcingLevel.OFFICIAL; // "the club said": an institution speaking for itself
    }

    private boolean institutionWord(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isWord(k, "who") || s.isWord(k, "whose")) {
                return false; // "Irena Novak, who chairs the union": a relative clause describes, it does not speak for
            }
            if (institutions.containsToken(s, k) && (s.is(k, "NOUN") || s.is(k, "PROPN"))) {
                return true;
            }
        }
        return false;
    }

    /** The last noun of the first noun group: "two senior officials briefed on the plan" → officials. */
    private static int headNoun(TaggedSentence s, int from, int to) {
        int head = -1;
        if (to - from <= 3 && s.is(to - 1, "ADJ") && (s.is(from, "DET") || s.is(from, "NUM"))) {
            return to - 1; // "the official" tagged as an adjective
        }
        for (int k = from; k < to; k++) {
            if (s.is(k, "NOUN") || s.is(k, "PROPN") || s.is(k, "PRON") && head < 0) {
                head = k;
                continue;
            }
            if (head >= 0
                    && (s.is(k, "ADP")
                            || s.isBoundary(k)
                            || s.is(k, "VERB")
                            || s.is(k, "PRON")
                            || s.is(k, "AUX")
                            || s.is(k, "CCONJ"))) {
                break;
            }
        }
        return head;
    }

    /** A person's name: two or more capitalised proper nouns, or a title and a surname ("Mr. Smith"). */
    private String personName(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.is(k, "PROPN") || !Character.isUpperCase(s.token(k).charAt(0))) {
                continue;
            }
            int end = k;
            while (end < to
                    && s.is(end, "PROPN")
                    && Character.isUpperCase(s.token(end).charAt(0))) {
                end++;
            }
            boolean organisation = false;
            for (int m = k; m < end; m++) {
                if (institutions.containsToken(s, m)
                        || outlets.containsToken(s, m)
                        || isAcronym(s.token(m))
                        || WEBSITE.matcher(s.token(m)).matches()) {
                    organisation = true;
                }
            }
            boolean definite = k > from && s.isWord(k - 1, "the") || end < to && s.is(end, "NOUN");
            int words = end - k;
            // strip leading titles: "Energy Minister Karl Lund", "Dr. Sara Nilsson"
            int nameFrom = k;
            while (nameFrom < end - 1
                    && (officials.containsToken(s, nameFrom)
                            || s.token(nameFrom).endsWith("."))) {
                nameFrom++;
            }
            if (!organisation && !definite && (words >= 2 || isTitled(s, k))) {
                return s.text(nameFrom, end);
            }
            if (!organisation
                    && !definite
                    && words == 1
                    && (to - from <= 2 || isTitled(s, k) || k > from && ownVoice.containsToken(s, k - 1))
                    && !s.isWord(from, "the")) {
                return s.text(k, end); // a surname alone: "Smith said"
            }
            k = end;
        }
        return null;
    }

    private boolean isTitled(TaggedSentence s, int k) {
        return k > 0 && (s.lower(k - 1).matches("mr\\.?|mrs\\.?|ms\\.?|dr\\.?") || officials.containsToken(s, k - 1));
    }

    private static boolean isAcronym(String token) {
        return token.length() >= 2 && token.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&');
    }

    // ---------------------------------------------------------------- suggestion

    private Suggestion suggestion(TaggedSentence s, Found f, Span span) {
        String speaker = f.to() > f.from() ? s.text(f.from(), f.to()) : null;
        String statement = statement(s, f);
        SourcingLevel level = f.level();
        String name = level == SourcingLevel.ON_RECORD || level == SourcingLevel.OFFICIAL
                ? personName(s, f.from(), f.to())
                : null;
        String organisation = level == SourcingLevel.OFFICIAL
                        || level == SourcingLevel.DECLINED_TO_COMMENT
                        || level == SourcingLevel.NO_RESPONSE
                        || level == SourcingLevel.SECONDARY_REPORT
                ? organisation(s, f.from(), f.to(), name)
                : null;
        String reason = level == SourcingLevel.ANONYMOUS ? reason(s) : null;
        if (reason != null && statement.contains(reason)) {
            statement = trimClause(statement.replace(reason, "").replaceAll("\\s*,\\s*,", ","));
        }
        Integer count = count(s, f.from(), f.to(), level);
        return new Suggestion(
                truncate(sentenceCase(statement.isEmpty() ? stripFinalStop(s.text) : statement), MAX_STATEMENT),
                level,
                truncate(speaker, 500),
                count,
                truncate(name, 200),
                truncate(organisation, 200),
                truncate(reason, 1000),
                span,
                f.confidence());
    }

    /** The sentence without the attribution: the cue, the speaker and the words that tie them in. */
    private String statement(TaggedSentence s, Found f) {
        if (f.level() == SourcingLevel.DECLINED_TO_COMMENT || f.level() == SourcingLevel.NO_RESPONSE) {
            int start = f.from();
            int end = clauseEnd(s, f.cueTo());
            return trimClause(s.text(start, end));
        }
        int cutFrom = Math.min(f.from(), f.cueFrom());
        int cutTo = Math.max(f.to(), f.cueTo());
        // Drop what ties the attribution in: "told reporters", "in a statement", "on Tuesday", "that".
        int k = cutTo;
        if (s.lemma(f.cueFrom()).equals("tell")) {
            while (k < s.size() && (s.is(k, "PROPN") || s.is(k, "NOUN") || s.is(k, "DET") || s.is(k, "ADJ"))) {
                k++;
            }
        }
        if (s.isWord(k, "in") && s.isWord(k + 2, "statement")) {
            k += 3;
        } else if (s.isWord(k, "in") && s.isWord(k + 3, "statement")) {
            k += 4;
        }
        if (s.isWord(k, "on") && s.is(k + 1, "PROPN")) {
            k += 2;
        }
        if (s.isWord(k, "that")) {
            k++;
        }
        String before = s.text(0, cutFrom);
        String after = k < s.size() ? s.text(k, s.size()) : "";
        String joined = (before.isBlank() ? after : after.isBlank() ? before : before + " " + after);
        // twice: a final full stop can hide a closing quote and comma before it ("We were never consulted,".)
        return trimClause(trimClause(joined.replaceAll("\\s*,\\s*,", ",").replaceAll("\\s+([,.])", "$1")));
    }

    private String reason(TaggedSentence s) {
        Matcher cue = reasons.pattern().matcher(s.text);
        if (!cue.find()) {
            return null;
        }
        String rest = s.text.substring(cue.start());
        int end = rest.length();
        for (String stop : new String[] {";", ". ", ", said", ", according", ", told"}) {
            int at = rest.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        String reason = stripFinalStop(rest.substring(0, end).strip());
        return reason.replaceAll("[,\\s\"\u201d]+$", "");
    }

    /** "three sources" → 3, "a spokesperson" or "the official" → 1, "sources" → unknown. */
    private Integer count(TaggedSentence s, int from, int to, SourcingLevel level) {
        if (to <= from) {
            return null;
        }
        int k = from;
        while (k < to && COUNT_SKIP.contains(s.lower(k))) {
            k++;
        }
        if (k >= to) {
            return null;
        }
        String first = s.lower(k);
        if (first.matches("\\d{1,4}")) {
            return Integer.parseInt(first);
        }
        if (level == SourcingLevel.ANONYMOUS && first.equals("one") && s.isWord(k + 1, "of")) {
            return 1; // "one of the victims"
        }
        Integer value = numbers.get(first);
        int head = headNoun(s, from, to);
        boolean singular = head >= 0
                && (s.is(head, "NOUN") && s.lemma(head).equals(s.lower(head))
                        || (s.is(head, "ADJ") || s.is(head, "PROPN"))
                                && !s.lower(head).endsWith("s"))
                && !s.lower(head).equals("people");
        if (value != null && value == 1) {
            return singular ? 1 : null;
        }
        if (value != null) {
            return value;
        }
        if (level == SourcingLevel.ANONYMOUS && to - k == 1 && (first.equals("he") || first.equals("she"))) {
            return 1; // "he said", of a single unnamed source named before
        }
        if (level == SourcingLevel.ANONYMOUS && first.equals("one") && s.isWord(k + 1, "of")) {
            return 1; // "one of the victims"
        }
        if (SINGULAR_DETERMINERS.contains(first) && singular && level == SourcingLevel.ANONYMOUS) {
            return 1; // "the official", "its source", "this person"
        }
        return null;
    }

    private String organisation(TaggedSentence s, int from, int to, String name) {
        if (to <= from) {
            return null;
        }
        // The longest run of capitalised words that is not the person's name.
        String best = null;
        int k = from;
        while (k < to) {
            if (s.is(k, "PROPN") && Character.isUpperCase(s.token(k).charAt(0))) {
                int end = k;
                while (end < to
                        && (s.is(end, "PROPN")
                                        && Character.isUpperCase(s.token(end).charAt(0))
                                || s.isWord(end, "of") && s.is(end + 1, "PROPN")
                                || s.isWord(end, "for") && s.is(end + 1, "PROPN"))) {
                    end++;
                }
                String run = s.text(k, end);
                if ((name == null || !name.contains(run)) && (best == null || run.length() > best.length())) {
                    best = run;
                }
                k = end;
            } else {
                k++;
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
                .replaceAll("^[,;\\s\"\u201c\u201d]+|[,;\\s\"\u201d\u201c]+$", ""));
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

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
