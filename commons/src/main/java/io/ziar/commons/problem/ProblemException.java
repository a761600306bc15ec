package io.ziar.commons.problem;

/** Thrown by domain code to answer with a problem document instead of a result. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail, String field) {
        super(detail);
        this.problem = Problem.of(type, detail, field);
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
}
