package io.ziar.gateway.openapi;

/**
 * Problem documents as the services write them, for the OpenAPI examples of the endpoints that
 * answer with them: what a client sees, down to the wording of {@code detail} and the {@code field}.
 */
public final class ProblemExamples {

    private static final String TYPE = "\"type\":\"https://ziar.io/problems/";

    public static final String WRONG_TYPE = "{" + TYPE + "invalid-input\",\"title\":\"Invalid input\",\"status\":400,"
            + "\"detail\":\"'text' must be a string, not 42\",\"field\":\"text\",\"instance\":\"/api/v1/articles\"}";

    public static final String NOTHING_TO_INGEST = "{" + TYPE + "invalid-input\",\"title\":\"Invalid input\",\"status\":400,"
            + "\"detail\":\"The upload holds no article: send one article object a line\",\"instance\":\"/api/v1/articles:bulk\"}";

    public static final String ARTICLE_MEDIA_TYPE = "{" + TYPE + "unsupported-media-type\",\"title\":\"Unsupported media type\","
            + "\"status\":415,\"detail\":\"This endpoint takes application/json; the request's Content-Type is 'text/plain'\","
            + "\"field\":\"Content-Type\",\"instance\":\"/api/v1/articles\"}";

    public static final String BULK_MEDIA_TYPE = "{" + TYPE + "unsupported-media-type\",\"title\":\"Unsupported media type\","
            + "\"status\":415,\"detail\":\"This endpoint takes application/x-ndjson; the request's Content-Type is 'application/json'\","
            + "\"field\":\"Content-Type\",\"instance\":\"/api/v1/articles:bulk\"}";

    public static final String NOT_INDEXED = "{" + TYPE + "not-found\",\"title\":\"Not found\",\"status\":404,"
            + "\"detail\":\"No article '0c1f9a2b7d4e5f6a8b9c0d1e' is indexed\",\"instance\":\"/api/v1/articles/0c1f9a2b7d4e5f6a8b9c0d1e/similar\"}";

    public static final String NO_PROSE = "{" + TYPE + "unprocessable\",\"title\":\"Nothing to analyse\",\"status\":422,"
            + "\"detail\":\"Cannot analyse this text: no prose in the text\",\"field\":\"text\",\"instance\":\"/api/v1/analyze\"}";

    private ProblemExamples() {
    }
}
