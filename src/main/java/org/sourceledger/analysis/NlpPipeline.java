package org.sourceledger.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The language pipeline under the analyser: Apache OpenNLP sentence detection, tokens, Universal Dependencies
 * part-of-speech tags and lemmas, with the English UD-EWT models that ship inside the opennlp-models-*-en jars.
 *
 * <p>The models load once, from the classpath, the first time the pipeline is used; nothing is downloaded. Models
 * are thread-safe and shared; the OpenNLP "ME" classes that use them are not, so each thread gets its own
 * (ThreadLocal). Lemmas are computed only for the words the rules ask about and are cached by word and tag.
 */
final class NlpPipeline {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final int LEMMA_CACHE_LIMIT = 100_000;

    /** Holder idiom: the models load on first use, once, whichever thread gets there first. */
    private static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
        static final POSModel TAGS = load(POS_MODEL, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    private static final NlpPipeline SHARED = new NlpPipeline();

    private final ThreadLocal<SentenceDetectorME> sentenceDetector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(Models.TAGS));
    private final ThreadLocal<LemmatizerME> lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(Models.LEMMAS));
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();

    private NlpPipeline() {}

    static NlpPipeline shared() {
        return SHARED;
    }

    /** Sentence boundaries the statistical model proposes, as offsets into the text. */
    Span[] sentences(String text) {
        return sentenceDetector.get().sentPosDetect(text);
    }

    TaggedSentence tag(String sentence) {
        // A low-9 quotation mark (U+201A) stands for a comma in some copy ("According to reports‚ the ...").
        String normalised = sentence.replace('\u201A', ',');
        Span[] spans = tokenizer.get().tokenizePos(normalised);
        String[] tokens = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            tokens[i] = normalised.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = tagger.get().tag(tokens);
        names(tokens, tags);
        return new TaggedSentence(this, sentence, tokens, spans, tags);
    }

    /**
     * Corrects the tagger on names, which it often takes for common words in news copy: a capitalised word inside a
     * sentence ("The Guardian reported", "broadcaster PBS"), an acronym, and a capitalised first word right before a
     * verb ("Trump said") are proper nouns.
     */
    private static void names(String[] tokens, String[] tags) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            // "reports said", "sources told": a plural noun the tagger read as a verb, before the speech verb
            if (tags[i].startsWith("VERB")
                    && tags[i + 1].startsWith("VERB")
                    && tokens[i].endsWith("s")
                    && Character.isLowerCase(tokens[i].charAt(0))
                    && SPEECH_AFTER_NOUN.contains(tokens[i + 1])) {
                tags[i] = "NOUN";
            }
        }
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || tags[i].startsWith("PROPN")) {
                continue;
            }
            boolean common = tags[i].startsWith("NOUN")
                    || tags[i].startsWith("ADJ")
                    || tags[i].startsWith("VERB")
                    || tags[i].startsWith("PRON") && i > 0 && !t.equals("I");
            if (!common) {
                continue;
            }
            boolean acronym = t.length() >= 2 && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
            boolean opening = i == 0 || OPENING.contains(tokens[i - 1]);
            if (acronym
                    || !opening
                    || tags[i].startsWith("VERB") && i + 1 < tokens.length && tags[i + 1].startsWith("VERB")) {
                tags[i] = "PROPN";
            }
        }
    }

    private static final java.util.Set<String> SPEECH_AFTER_NOUN =
            java.util.Set.of("said", "say", "told", "reported", "claimed", "stated", "wrote", "added", "indicated");
    private static final java.util.Set<String> OPENING = java.util.Set.of(
            "\"", "\u201c", "\u2018", "'", "``", ":", "(", "-", "\u2014", "\u2013", "--", ".", "?", "!");

    /** The lemma of one word with its UD tag ("said"/VERB → "say", "officials"/NOUN → "official"). */
    String lemma(String word, String tag) {
        String key = word + '\t' + tag;
        String cached = lemmas.get(key);
        if (cached != null) {
            return cached;
        }
        String lemma = lemmatizer.get().lemmatize(new String[] {word}, new String[] {tag})[0];
        if (lemma == null || lemma.isEmpty() || lemma.equals("O") || lemma.contains("+")) {
            lemma = word;
        }
        lemma = lemma.toLowerCase(java.util.Locale.ROOT);
        if (lemmas.size() > LEMMA_CACHE_LIMIT) {
            lemmas.clear();
        }
        lemmas.put(key, lemma);
        return lemma;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = NlpPipeline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenNLP model " + resource, e);
        }
    }
}
