package io.ziar.ingest.job.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.ingest.article.service.ArticleDraft;
import io.ziar.ingest.backlog.PipelineBacklog;
import io.ziar.ingest.job.model.JobKind;
import io.ziar.ingest.job.model.JobStatus;
import io.ziar.ingest.job.model.JobView;
import io.ziar.ingest.job.model.ItemError;
import io.ziar.ingest.job.repository.JobRepository;
import io.ziar.ingest.outbox.TraceParent;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The job machinery every bulk way in shares (NDJSON, feeds, WARC): a job is opened, items are
 * added one by one (each accepted, rejected with its number and reason, or a duplicate) and stored
 * in batches as they come, each batch with its outbox events and the job's counts in one transaction.
 * Memory holds one batch. Blocking: the caller's worker thread awaits each batch, so a stream is read
 * no faster than PostgreSQL takes it.
 */
@ApplicationScoped
public class JobWriter {

    static final Duration BATCH_TIMEOUT = Duration.ofMinutes(2);
    private static final int MAX_REASON_LENGTH = 300;

    private final JobRepository jobs;
    private final JobService views;
    private final PipelineBacklog backlog;
    private final ObjectMapper json;
    private final BulkConfig config;

    public JobWriter(JobRepository jobs, JobService views, PipelineBacklog backlog, ObjectMapper json, BulkConfig config) {
        this.jobs = jobs;
        this.views = views;
        this.backlog = backlog;
        this.json = json;
        this.config = config;
    }

    /**
     * Opens a job of the given kind, RECEIVING until it is finished; a 503
     * with Retry-After instead while the pipeline is too far behind.
     */
    public Run open(JobKind kind) {
        backlog.requireRoom();
        String jobId = UUID.randomUUID().toString();
        jobs.create(jobId, kind.name(), JobStatus.RECEIVING.name()).await().atMost(BATCH_TIMEOUT);
        return new Run(jobId, kind, TraceParent.current());
    }

    /** One job being written. Not thread-safe: one reader feeds it. */
    public final class Run {

        private final String jobId;
        private final JobKind kind;
        private final String traceparent;
        private final List<ArticleDraft> batch = new ArrayList<>();
        private final Map<String, String> batchHashById = new HashMap<>();
        private final Set<String> batchHashes = new HashSet<>();
        private final List<ItemError> errors = new ArrayList<>();
        private int batchReceived;
        private int batchRejected;
        private long received;
        private boolean ended;

        private Run(String jobId, JobKind kind, String traceparent) {
            this.jobId = jobId;
            this.kind = kind;
            this.traceparent = traceparent;
        }

        public String id() {
            return jobId;
        }

        /**
         * Counts item {@code number} and adds the article it makes; a submission that does not pass
         * validation is rejected with the field at fault.
         */
        public void submit(long number, Supplier<ArticleSubmission> submission) {
            ArticleDraft draft;
            try {
                draft = ArticleDraft.from(submission.get());
            } catch (ProblemException e) {
                reject(number, e.problem().field() == null ? e.getMessage() : e.problem().field() + ": " + e.getMessage());
                return;
            } catch (RuntimeException e) {
                reject(number, "Unreadable item: " + e.getMessage());
                return;
            }
            // a repeat within the batch is a duplicate; a changed version of an article in the batch is
            // stored after it, as its revision
            if (!batchHashes.contains(draft.contentHash())) {
                if (batchHashById.containsKey(draft.id())) {
                    flush();
                }
                batch.add(draft);
                batchHashById.put(draft.id(), draft.contentHash());
                batchHashes.add(draft.contentHash());
            }
            count();
            flushIfFull();
        }

        /** Counts item {@code number} as received and a duplicate of an article known without reading it. */
        public void duplicate(long number) {
            count();
            flushIfFull();
        }

        /** Counts item {@code number} as received and rejected for {@code reason}. */
        public void reject(long number, String reason) {
            count();
            batchRejected++;
            if (errors.size() < config.maxErrorSamples()) {
                errors.add(ItemError.of(kind, number, truncate(reason)));
            }
            flushIfFull();
        }

        private void count() {
            batchReceived++;
            received++;
        }

        /** How many items were counted so far, stored or not. */
        public long received() {
            return received;
        }

        private void flushIfFull() {
            if (batch.size() + batchRejected >= config.batchSize()) {
                flush();
            }
        }

        /** Stores the batch in hand with the job's counts. */
        public void flush() {
            if (batchReceived == 0) {
                return;
            }
            try {
                backlog.awaitRoom();
            } catch (ProblemException busy) {
                // the pipeline stayed too far behind: the job ends here, the batch in hand with it (what
                // was stored before stays and is processed), and the caller answers 503
                end(JobStatus.ABORTED, busy.getMessage());
                throw busy;
            }
            jobs.storeBatch(jobId, List.copyOf(batch), batchReceived, batchRejected, write(errors), traceparent)
                    .await().atMost(BATCH_TIMEOUT);
            batch.clear();
            batchHashById.clear();
            batchHashes.clear();
            batchReceived = 0;
            batchRejected = 0;
        }

        /** Stores what is in hand and hands the job to the pipeline; {@code reason} says why reading stopped early, or null. */
        public JobView finish(String reason) {
            flush();
            end(JobStatus.PROCESSING, reason);
            return views.find(jobId).await().atMost(BATCH_TIMEOUT);
        }

        /**
         * The input broke off: what is in hand is stored if it can be (what was stored before stays and
         * is processed) and the job is ABORTED with the reason.
         */
        public void abort(String reason) {
            if (ended) {
                return;
            }
            try {
                flush();
            } catch (RuntimeException ignored) {
                // the batch in hand is lost with the input; what was stored before stays
            }
            if (!ended) {
                end(JobStatus.ABORTED, reason);
            }
        }

        /** The input held no item at all: the job is deleted, as nothing was stored for it. */
        public void discard() {
            ended = true;
            jobs.delete(jobId).await().atMost(BATCH_TIMEOUT);
        }

        private void end(JobStatus status, String reason) {
            ended = true;
            jobs.finish(jobId, status.name(), truncate(reason)).await().atMost(BATCH_TIMEOUT);
        }

        private String write(Object value) {
            try {
                return json.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
            }
        }
    }

    static String truncate(String reason) {
        if (reason == null) {
            return null;
        }
        String single = reason.replace('\n', ' ');
        return single.length() <= MAX_REASON_LENGTH ? single : single.substring(0, MAX_REASON_LENGTH) + "…";
    }
}
