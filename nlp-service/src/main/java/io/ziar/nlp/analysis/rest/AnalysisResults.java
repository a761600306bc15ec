package io.ziar.nlp.analysis.rest;

import io.ziar.contracts.api.AnalysisResult;
import io.ziar.nlp.pipeline.Analysis;
import io.ziar.nlp.pipeline.Extraction;

/** The pipeline's output as the API shows it, field by field: nothing else of the pipeline is serialised. */
final class AnalysisResults {

    private AnalysisResults() {
    }

    static AnalysisResult of(Analysis analysis) {
        Extraction extraction = analysis.extraction();
        return new AnalysisResult(extraction.title(), extraction.byline(), extraction.siteName(), extraction.publishedAt(),
                extraction.leadImage(), extraction.pageKind(),
                analysis.body(), extraction.paragraphs(), analysis.language(), analysis.entities(), analysis.quotes(),
                analysis.personalData().stream()
                        .map(found -> new AnalysisResult.PersonalData(found.kind().name(), found.text(), found.start(), found.end()))
                        .toList(),
                analysis.sentences().stream()
                        .map(sentence -> new AnalysisResult.Sentence(sentence.start(), sentence.end(), sentence.words().stream()
                                .map(word -> new AnalysisResult.Word(word.text(), word.start(), word.end(), word.lemma()))
                                .toList()))
                        .toList(),
                analysis.fingerprint());
    }
}
