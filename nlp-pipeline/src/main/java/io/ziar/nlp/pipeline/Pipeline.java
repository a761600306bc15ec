package io.ziar.nlp.pipeline;

import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;
import io.ziar.nlp.pipeline.entities.EntityCanonicalizer;
import io.ziar.nlp.pipeline.fingerprint.SimHash;
import io.ziar.nlp.pipeline.lang.LanguagePack;
import io.ziar.nlp.pipeline.lang.LanguagePacks;
import io.ziar.nlp.pipeline.langid.LanguageIdentifier;
import io.ziar.nlp.pipeline.ner.DocumentConsistency;
import io.ziar.nlp.pipeline.ner.Mention;
import io.ziar.nlp.pipeline.personal.PersonalDataDetector;
import io.ziar.nlp.pipeline.quotes.QuoteExtractor;
import io.ziar.nlp.pipeline.tokens.AnalyzedSentence;
import io.ziar.nlp.pipeline.tokens.Lemmatizer;
import io.ziar.nlp.pipeline.tokens.Sentence;
import io.ziar.nlp.pipeline.tokens.Token;
import io.ziar.nlp.pipeline.tokens.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * The language pipeline, composed from one-job stages; build once (the language packs and their
 * models load here), use from any thread. After extraction the language is identified (unless
 * declared) and its pack tokenizes, splits and tags; a language without a pack gets the generic one. Input that is empty, too long or binary is refused with a
 * {@link RejectedTextException} before any work.
 */
public final class Pipeline {

    private final HtmlExtractor html = new HtmlExtractor();
    private final PlainTextExtractor plainText = new PlainTextExtractor();
    private final LanguageIdentifier languages = LanguageIdentifier.bundled();
    private final LanguagePacks packs = new LanguagePacks();
    private final Lemmatizer lemmatizer = Lemmatizer.bundled();
    private final DocumentConsistency consistency = DocumentConsistency.bundled(lemmatizer);
    private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer(lemmatizer);
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();
    private final PersonalDataDetector personalData = new PersonalDataDetector();
    private final SimHash simHash = new SimHash();

    public Analysis analyze(Document document) {
        if (!document.isHtml()) {
            InputGuard.check(document.text());
        }
        // A page may be far longer than its text (markup, scripts): the extractor bounds its own
        // work, and the guard applies to the main text it finds.
        Extraction extraction = document.isHtml()
                ? html.extract(document.html(), document.url())
                : plainText.extract(document.text());
        return analyze(extraction, document.declaredLanguage());
    }

    /** The stages after extraction, on a body already normalised; a null language is identified. */
    public Analysis analyze(Extraction extraction, String declaredLanguage) {
        String body = extraction.body();
        if (body.isBlank()) {
            throw new RejectedTextException(RejectedTextException.Reason.EMPTY, "no main text was found in the input");
        }
        InputGuard.check(body);
        String language = declaredLanguage != null ? declaredLanguage : languages.identify(body);
        LanguagePack pack = packs.forLanguage(language);
        List<Sentence> sentences = pack.sentences(body);
        List<AnalyzedSentence> analyzed = new ArrayList<>(sentences.size());
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            analyzed.add(lemmatized(sentence, language));
            mentions.addAll(pack.entities(body, sentence.tokens()));
        }
        List<Entity> entities = canonicalizer.canonicalize(body, consistency.apply(body, mentions, pack.data()), pack.data());
        List<Quote> quotes = quoteExtractor.extract(body, entities, pack.data(), pack.hasEntityModel()
                ? QuoteExtractor.SpeakerNames.PERSON_ENTITIES : QuoteExtractor.SpeakerNames.CAPITALISED_WORDS_BESIDE_VERBS);
        return new Analysis(extraction, body, language, entities, quotes, analyzed, personalData.detect(body),
                SimHash.hex(simHash.fingerprint(body)));
    }

    private AnalyzedSentence lemmatized(Sentence sentence, String language) {
        List<Word> words = new ArrayList<>(sentence.tokens().size());
        for (Token token : sentence.tokens()) {
            words.add(new Word(token.text(), token.start(), token.end(), lemmatizer.lemma(token.text(), language)));
        }
        return new AnalyzedSentence(sentence.start(), sentence.end(), words);
    }
}
