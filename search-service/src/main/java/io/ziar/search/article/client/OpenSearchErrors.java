package io.ziar.search.article.client;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

/** What a failed {@link OpenSearchClient} call means, by the status OpenSearch answered with. */
public final class OpenSearchErrors {

    private static final Logger LOG = Logger.getLogger(OpenSearchErrors.class);

    private OpenSearchErrors() {
    }

    public static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse().getStatus() == 404;
    }

    public static boolean isBadRequest(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse().getStatus() == 400;
    }

    /** Another replica won the race to create an index (a mapping error would surface at the alias update that follows). */
    public static boolean alreadyExists(Throwable failure) {
        return isBadRequest(failure);
    }

    /** A failure other than a problem of the request becomes "search is unavailable" (503). */
    public static <T> Uni<T> guarded(Uni<T> call) {
        return call.onFailure(failure -> !(failure instanceof ProblemException)).transform(OpenSearchErrors::unavailable);
    }

    /** OpenSearch's own error text stays in our logs; the client learns only that search is down. */
    private static ProblemException unavailable(Throwable failure) {
        // the failure itself names what happened when it has no message (a deadline passed)
        LOG.warnf("Search failed: %s", failure);
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Search is temporarily unavailable", null);
    }
}
