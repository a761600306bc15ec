package io.ziar.nlp.analysis.rest;

import io.smallrye.common.annotation.Blocking;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.AnalysisRequest;
import io.ziar.contracts.api.AnalysisResult;
import io.ziar.nlp.analysis.service.AnalysisService;
import io.ziar.nlp.pipeline.Document;
import io.ziar.nlp.pipeline.RejectedTextException;
import io.ziar.nlp.pipeline.extract.NothingToExtractException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/analyze")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    private final AnalysisService analysis;

    public AnalyzeResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    /** Synchronous analysis; CPU-bound, so off the event loop. */
    @POST
    @Blocking
    public AnalysisResult analyze(AnalysisRequest request) {
        if (request == null || isBlank(request.text()) == isBlank(request.html())) {
            throw ProblemException.invalid("text", "Give exactly one of 'text' and 'html'");
        }
        boolean html = !isBlank(request.html());
        Document document = new Document(html ? request.html() : null, html ? null : request.text(), request.url(),
                request.language());
        try {
            return AnalysisResults.of(analysis.analyze(document));
        } catch (RejectedTextException | NothingToExtractException refused) {
            throw AnalysisProblems.of(refused, html ? "html" : "text");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
