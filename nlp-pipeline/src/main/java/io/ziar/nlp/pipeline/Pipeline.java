package io.ziar.nlp.pipeline;

import java.util.List;

/** The language pipeline, composed from one-job stages; build once, use from any thread. */
public final class Pipeline {

    private final HtmlExtractor html = new HtmlExtractor();
    private final PlainTextExtractor plainText = new PlainTextExtractor();
    private final LanguageDetector languages = new LanguageDetector();

    public Analysis analyze(Document document) {
        Extraction extraction = document.isHtml()
                ? html.extract(document.html(), document.url())
                : plainText.extract(document.text());
        String body = extraction.body();
        String language = document.declaredLanguage() != null
                ? document.declaredLanguage()
                : languages.detect(body.isBlank() && extraction.title() != null ? extraction.title() : body);
        return new Analysis(extraction, body, language, List.of(), List.of());
    }
}
