package io.ziar.gateway.analysis.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.contracts.api.AnalysisRequest;
import io.ziar.contracts.api.AnalysisResult;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.analysis.client.NlpClient;
import io.ziar.gateway.openapi.ProblemExamples;
import io.ziar.gateway.proxy.Relay;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/v1/analyze")
@RequiresRole(Role.READER)
@Tag(name = "Analysis")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    private final NlpClient nlp;

    public AnalyzeResource(@RestClient NlpClient nlp) {
        this.nlp = nlp;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run the language pipeline on a text or page, synchronously: {text | html, language?}")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnalysisRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnalysisResult.class)))
    @APIResponse(responseCode = "422", description = "Nothing to analyse in what was sent; 'field' names it (text or html)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-prose", value = ProblemExamples.NO_PROSE)))
    /** The body as bytes: {@link AnalysisRequest} documents it, nlp-service reads it (see {@link NlpClient}). */
    public Uni<Response> analyze(byte[] request) {
        return nlp.analyze(request).map(Relay::of);
    }
}
