package io.ziar.contracts.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code GET /api/v1/search}, declared once: the gateway reads them (and
 * documents them in the public OpenAPI), its REST client passes them on, search-service reads and
 * validates them. Each is the text as written: search-service answers a bad value with a problem
 * naming it (a number here would make a bad {@code size} a 404, as JAX-RS treats unreadable query
 * parameters). A class with annotated fields, not a record: the REST client reads a record's
 * annotated accessors as getters and refuses the interface ("No getter corresponding to ...").
 */
public class SearchParameters {

    @QueryParam("q")
    @Parameter(description = "Query text", example = "cooperare militară")
    private String q;

    @QueryParam("lang")
    @Parameter(description = "ISO 639-1 language code", example = "ro")
    private String lang;

    @QueryParam("source")
    @Parameter(description = "Source", example = "g4media.ro")
    private String source;

    @QueryParam("entity")
    @Parameter(description = "Canonical entity name", example = "Serghei Lavrov")
    private String entity;

    @QueryParam("from")
    @Parameter(description = "Published at or after (ISO-8601)")
    private String from;

    @QueryParam("to")
    @Parameter(description = "Published before (ISO-8601)")
    private String to;

    @QueryParam("sort")
    @Parameter(description = "relevance or newest")
    private String sort;

    @QueryParam("size")
    @Parameter(description = "Hits per page, 1 to 100", schema = @Schema(type = SchemaType.INTEGER))
    private String size;

    @QueryParam("cursor")
    @Parameter(description = "The 'next' token of the previous page")
    private String cursor;

    @QueryParam("facet")
    @Parameter(description = "The facet to search inside: person, org, gpe, loc, source or language")
    private String facet;

    @QueryParam("facetPrefix")
    @Parameter(description = "Only values of that facet starting with this, any letter case", example = "Ser")
    private String facetPrefix;

    @QueryParam("collapse")
    @Parameter(description = "'story': one hit per story of near-duplicates, with the story's size (one page, no cursor)")
    private String collapse;

    public String q() {
        return q;
    }

    public String lang() {
        return lang;
    }

    public String source() {
        return source;
    }

    public String entity() {
        return entity;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String sort() {
        return sort;
    }

    public String size() {
        return size;
    }

    public String cursor() {
        return cursor;
    }

    public String facet() {
        return facet;
    }

    public String facetPrefix() {
        return facetPrefix;
    }

    public String collapse() {
        return collapse;
    }
}
