package io.ziar.nlp.analysis.rest;

import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import io.ziar.nlp.pipeline.RejectedTextException;
import io.ziar.nlp.pipeline.extract.NothingToExtractException;

/**
 * Input the pipeline refuses becomes a problem that says why, too long (413) or nothing to analyse
 * (422), and names the field the client sent: the pipeline knows only a document, not which field it came in.
 */
final class AnalysisProblems {

    private AnalysisProblems() {
    }

    static ProblemException of(RuntimeException refusal, String field) {
        if (refusal instanceof RejectedTextException rejected) {
            ProblemType type = rejected.reason() == RejectedTextException.Reason.TOO_LONG
                    ? ProblemType.PAYLOAD_TOO_LARGE
                    : ProblemType.UNPROCESSABLE;
            return new ProblemException(type, "Cannot analyse this input: " + rejected.getMessage(), field);
        }
        String what = "html".equals(field) ? "page" : "text";
        return new ProblemException(ProblemType.UNPROCESSABLE, "Cannot analyse this " + what + ": " + refusal.getMessage(), field);
    }
}
