package io.ziar.ingest.job.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.ArticleStatus;
import io.ziar.ingest.job.model.JobStatus;
import io.ziar.ingest.job.model.JobView;
import io.ziar.ingest.job.model.ItemError;
import io.ziar.ingest.job.repository.JobRepository;
import io.ziar.ingest.job.repository.JobRepository.JobRow;
import io.ziar.ingest.job.repository.JobRepository.StatusCounts;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A job's state: its stored counts, and its articles' statuses counted as it is asked. */
@ApplicationScoped
public class JobService {

    private static final TypeReference<List<ItemError>> ERRORS = new TypeReference<>() { };

    private final JobRepository jobs;
    private final ObjectMapper json;
    private final BulkConfig config;

    public JobService(JobRepository jobs, ObjectMapper json, BulkConfig config) {
        this.jobs = jobs;
        this.json = json;
        this.config = config;
    }

    public Uni<JobView> find(String id) {
        return jobs.find(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No job with id '" + id + "'"))
                .flatMap(row -> jobs.statusCounts(id).map(counts -> view(row, counts)));
    }

    /** The job's state now and then every interval, the last one DONE or ABORTED. */
    public Multi<JobView> follow(String id) {
        return Multi.createFrom().deferred(() -> {
            boolean[] ended = {false};
            return Multi.createBy().concatenating().streams(
                            Multi.createFrom().item(0L),
                            Multi.createFrom().ticks().every(config.eventInterval()))
                    .onItem().transformToUniAndConcatenate(tick -> find(id))
                    .select().first(view -> {
                        if (ended[0]) {
                            return false;
                        }
                        ended[0] = view.status().isFinal();
                        return true;
                    });
        });
    }

    private JobView view(JobRow row, StatusCounts counts) {
        long indexed = counts.of(ArticleStatus.INDEXED);
        long analyzed = counts.of(ArticleStatus.ANALYZED) + indexed;
        long failed = counts.of(ArticleStatus.FAILED);
        JobStatus status = JobStatus.valueOf(row.status());
        if (status == JobStatus.PROCESSING && indexed + failed + counts.superseded() >= row.accepted()) {
            status = JobStatus.DONE;
        }
        return new JobView(row.id(), status, row.received(), row.accepted(), row.rejected(), row.duplicates(),
                row.revisions(), analyzed, indexed, failed, counts.superseded(), read(row.errors()), row.reason(),
                row.createdAt(), row.finishedAt(),
                "/api/v1/jobs/" + row.id());
    }

    private List<ItemError> read(String errors) {
        try {
            return errors == null ? List.of() : json.readValue(errors, ERRORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored job errors are not valid JSON", e);
        }
    }
}
