package io.ziar.contracts.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/**
 * The query parameters of {@code GET /api/v1/search}, declared once: the gateway reads them (and
 * documents them in the public OpenAPI), its REST client passes them on, search-service reads and
 * validates them. Each is the text as written: search-service answers a bad value with a problem
 * naming it (a number here would make a bad {@code size} a 404, as JAX-RS treats unreadable query
 * parameters).
 * <p>
 * A parameter container of public fields that JAX-RS fills and our code only reads: not a record, as
 * the REST client takes a record's annotated accessors for getters and refuses the interface ("No
 * getter corresponding to ..."); not private fields, whose accessors would be the fields once more.
 * {@code kind} is the one parameter a client may repeat: a list, passed on value by value.
 */
public class SearchParameters {

    /** What {@code kind} means, here and in {@link SimilarParameters}. */
    static final String KIND = "The kinds of page to keep, repeated or comma-separated, in any letter case: article, listing, "
            + "forum, product, collection, documentation, service (io.ziar.contracts.PageKind). Absent: every kind. Pages "
            + "indexed before page kinds existed are articles.";

    @QueryParam("q") @Parameter(description = "Query text", example = "cooperare militară") public String q;
    @QueryParam("lang") @Parameter(description = "ISO 639-1 language code", example = "ro") public String lang;
    @QueryParam("source") @Parameter(description = "Source", example = "g4media.ro") public String source;
    @QueryParam("entity") @Parameter(description = "Canonical entity name", example = "Serghei Lavrov") public String entity;
    @QueryParam("from") @Parameter(description = "Published at or after (ISO-8601)") public String from;
    @QueryParam("to") @Parameter(description = "Published before (ISO-8601)") public String to;
    @QueryParam("sort") @Parameter(description = "relevance or newest") public String sort;
    @QueryParam("size") @Parameter(description = "Hits per page, 1 to 100", schema = @Schema(type = SchemaType.INTEGER)) public String size;
    @QueryParam("cursor") @Parameter(description = "The 'next' token of the previous page") public String cursor;
    @QueryParam("facet") @Parameter(description = "The facet to search inside: person, org, gpe, loc, source or language") public String facet;
    @QueryParam("facetPrefix") @Parameter(description = "Only values of that facet starting with this, any letter case", example = "Ser") public String facetPrefix;
    @QueryParam("kind") @Parameter(description = KIND, example = "article") public List<String> kind;
    @QueryParam("collapse")
    @Parameter(description = "'story': one hit per story of near-duplicates, with the story's size (one page, no cursor)")
    public String collapse;
}
