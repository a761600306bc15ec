package io.ziar.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document. {@code type} is stable and documented; {@code field} names the
 * input at fault when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://ziar.io/problems/";

    public static Problem of(ProblemType type, String detail, String field) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, field, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, field, path);
    }
}
