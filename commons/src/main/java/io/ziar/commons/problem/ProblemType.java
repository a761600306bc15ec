package io.ziar.commons.problem;

/** The stable problem types of the Ziar API. Clients may switch on the slug. */
public enum ProblemType {
    INVALID_JSON("invalid-json", "Malformed JSON", 400),
    INVALID_INPUT("invalid-input", "Invalid input", 400),
    INVALID_XML("invalid-xml", "Malformed or unsafe XML", 400),
    UNAUTHORIZED("unauthorized", "Missing or invalid API key", 401),
    FORBIDDEN("forbidden", "Not allowed for this key's role", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    UNPROCESSABLE("unprocessable", "Nothing to analyse", 422),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    INTERNAL("internal", "Internal error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The type that best describes a bare HTTP status raised by the framework. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_JSON && type != INVALID_XML) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : INVALID_INPUT;
    }
}
