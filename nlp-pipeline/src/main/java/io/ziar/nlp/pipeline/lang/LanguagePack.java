package io.ziar.nlp.pipeline.lang;

import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.ner.Mention;
import io.ziar.nlp.pipeline.ner.NerTagger;
import io.ziar.nlp.pipeline.tokens.Sentence;
import io.ziar.nlp.pipeline.tokens.SentenceSplitter;
import io.ziar.nlp.pipeline.tokens.Token;
import io.ziar.nlp.pipeline.tokens.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the pipeline runs for one language: the pack's data ({@link PackData}), its tokenizer,
 * and its entity model when it has one. A language without a model gets no statistical entities
 * at all (another language's model guesses, and an empty list beats a wrong one). Entities the model
 * finds are kept only when they can be names: a PERSON, ORG, GPE or LOC mention that is one of the
 * pack's {@code not-names} (weekdays, months, pronouns, sentence adverbs) is dropped.
 */
public final class LanguagePack {

    private static final Set<String> NAME_LABELS = Set.of("PERSON", "ORG", "GPE", "LOC");

    private final String language;
    private final PackData data;
    private final Tokenizer tokenizer;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final NerTagger entityModel;
    private final Set<String> notNames;

    private LanguagePack(String language, PackData data, NerTagger entityModel) {
        this.language = language;
        this.data = data;
        this.tokenizer = new Tokenizer(data);
        this.entityModel = entityModel;
        this.notNames = data.lowerCaseSet("not-names");
    }

    /** The bundled pack of a language: its data and model where it has them, nothing where it has none. */
    static LanguagePack bundled(String language) {
        return new LanguagePack(language, PackData.bundled(language), NerTagger.bundled(language).orElse(null));
    }

    /** The pack of the languages without one: no rules, no model. */
    static LanguagePack generic() {
        return new LanguagePack("und", PackData.bundled("und"), null);
    }

    /** The language code of the pack ("und" for the generic one). */
    public String language() {
        return language;
    }

    public PackData data() {
        return data;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public boolean hasEntityModel() {
        return entityModel != null;
    }

    /** Sentences of a text, tokenized by the pack's rules. */
    public List<Sentence> sentences(String text) {
        return sentences.split(text, tokenizer.tokenize(text));
    }

    /** The entity mentions of one sentence (none without a model). */
    public List<Mention> entities(String text, List<Token> sentence) {
        if (entityModel == null) {
            return List.of();
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : entityModel.tag(sentence)) {
            boolean notAName = NAME_LABELS.contains(mention.label())
                    && notNames.contains(text.substring(mention.start(), mention.end()).toLowerCase(Locale.ROOT));
            if (!notAName) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /** The entity mentions of a whole text, sentence by sentence. */
    public List<Mention> entities(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences(text)) {
            mentions.addAll(entities(text, sentence.tokens()));
        }
        return mentions;
    }

    /** The language's model, for tools that measure it. */
    public Optional<NerTagger> entityModel() {
        return Optional.ofNullable(entityModel);
    }
}
