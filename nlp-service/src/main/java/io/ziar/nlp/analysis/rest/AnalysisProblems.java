package io.ziar.nlp.analysis.rest;

import io.ziar.commons.problem.Problem;
import io.ziar.commons.problem.ProblemMappers;
import io.ziar.commons.problem.ProblemType;
import io.ziar.nlp.pipeline.RejectedTextException;
import io.ziar.nlp.pipeline.extract.NothingToExtractException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Input the pipeline refuses becomes a problem that says why: too long (413), or nothing to analyse (422). */
public class AnalysisProblems {

    @ServerExceptionMapper
    public Response rejected(RejectedTextException e, UriInfo uri) {
        ProblemType type = e.reason() == RejectedTextException.Reason.TOO_LONG
                ? ProblemType.PAYLOAD_TOO_LARGE
                : ProblemType.UNPROCESSABLE;
        return ProblemMappers.respond(Problem.of(type, "Cannot analyse this input: " + e.getMessage(), null), uri);
    }

    @ServerExceptionMapper
    public Response nothingToExtract(NothingToExtractException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(ProblemType.UNPROCESSABLE, "Cannot analyse this page: " + e.getMessage(), "html"), uri);
    }
}
