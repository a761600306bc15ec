package io.ziar.nlp.pipeline;

import io.ziar.nlp.pipeline.langid.LanguageIdentifier;

import java.util.List;

/** The language pipeline, composed from one-job stages; build once, use from any thread. */
public final class Pipeline {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final HtmlExtractor html = new HtmlExtractor();
    private final PlainTextExtractor plainText = new PlainTextExtractor();
    private final LanguageIdentifier languages = LanguageIdentifier.bundled();

    public Analysis analyze(Document document) {
        Extraction extraction = document.isHtml()
                ? normalized(html.extract(document.html(), document.url()))
                : plainText.extract(normalizer.normalize(document.text()));
        String body = extraction.body();
        String language = document.declaredLanguage() != null
                ? document.declaredLanguage()
                : languages.identify(body.isBlank() && extraction.title() != null ? extraction.title() : body);
        return new Analysis(extraction, body, language, List.of(), List.of());
    }

    private Extraction normalized(Extraction extraction) {
        return new Extraction(
                extraction.title() == null ? null : normalizer.normalize(extraction.title()),
                extraction.byline(),
                extraction.publishedAt(),
                extraction.siteName(),
                extraction.leadImage(),
                extraction.paragraphs().stream().map(normalizer::normalize).toList());
    }
}
