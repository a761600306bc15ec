package io.ziar.commons.problem;

import java.time.Duration;
import java.util.Optional;

/** Thrown by domain code to answer with a problem document instead of a result. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Duration retryAfter;

    public ProblemException(ProblemType type, String detail, String field) {
        this(type, detail, field, null);
    }

    private ProblemException(ProblemType type, String detail, String field, Duration retryAfter) {
        super(detail);
        this.problem = Problem.of(type, detail, field);
        this.retryAfter = retryAfter;
    }

    /** A 503 that tells the client when to try again (sent as Retry-After). */
    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail, null, retryAfter);
    }

    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(ProblemType.INVALID_INPUT, detail, field);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail, null);
    }

    public Problem problem() {
        return problem;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
