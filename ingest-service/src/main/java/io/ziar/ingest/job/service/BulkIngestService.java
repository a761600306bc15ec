package io.ziar.ingest.job.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.ziar.commons.input.Utf8;
import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import io.ziar.contracts.RawArticle;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.ingest.article.service.ArticleDraft;
import io.ziar.ingest.job.model.JobStatus;
import io.ziar.ingest.job.model.JobView;
import io.ziar.ingest.job.model.LineError;
import io.ziar.ingest.job.repository.JobRepository;
import io.ziar.ingest.job.repository.JobRepository.NewArticle;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads an NDJSON upload line by line and stores it in batches as it arrives: memory holds one batch
 * and one line, whatever the upload's size, and the upload is read no faster than PostgreSQL takes
 * it. Blocking: runs on the request's worker thread and awaits each batch.
 */
@ApplicationScoped
public class BulkIngestService {

    private static final Logger LOG = Logger.getLogger(BulkIngestService.class);
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(2);
    private static final int MAX_REASON_LENGTH = 300;

    private final JobRepository jobs;
    private final JobService views;
    private final ObjectMapper json;
    private final BulkConfig config;

    public BulkIngestService(JobRepository jobs, JobService views, ObjectMapper json, BulkConfig config) {
        this.jobs = jobs;
        this.views = views;
        this.json = json;
        this.config = config;
    }

    /** Creates a job, reads the whole body into it and returns the job as it stands when the body ends. */
    public JobView ingest(InputStream body, boolean gzip) {
        String jobId = UUID.randomUUID().toString();
        jobs.create(jobId, "NDJSON", JobStatus.RECEIVING.name()).await().atMost(BATCH_TIMEOUT);
        Upload upload = new Upload(jobId);
        try (InputStream in = gzip ? InflationLimit.gunzip(body, config.maxInflationRatio(), config.maxLineSize().asLongValue()) : body) {
            NdjsonLines lines = new NdjsonLines(in, (int) Math.min(Integer.MAX_VALUE - 16, config.maxLineSize().asLongValue()));
            while (lines.next()) {
                upload.line(lines);
                if (upload.batch.size() + upload.batchRejected >= config.batchSize()) {
                    upload.flush();
                }
            }
            upload.flush();
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.util.zip.ZipException
                    ? "The body is not valid gzip: " + e.getMessage()
                    : e instanceof InflationLimit.TooInflatedException ? e.getMessage() : "The upload broke off: " + e.getMessage();
            LOG.warnf("Bulk job %s aborted after %d lines: %s", jobId, upload.lastLine, reason);
            try {
                upload.flush();
            } catch (RuntimeException ignored) {
                // the batch in hand is lost with the upload; what was stored before stays
            }
            jobs.finish(jobId, JobStatus.ABORTED.name(), truncate(reason)).await().atMost(BATCH_TIMEOUT);
            ProblemType type = e instanceof InflationLimit.TooInflatedException ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.INVALID_INPUT;
            throw new ProblemException(type, reason + " (job " + jobId + " stored the lines before)", null);
        }
        jobs.finish(jobId, JobStatus.PROCESSING.name(), null).await().atMost(BATCH_TIMEOUT);
        return views.find(jobId).await().atMost(BATCH_TIMEOUT);
    }

    private final class Upload {

        private final String jobId;
        private final List<NewArticle> batch = new ArrayList<>();
        private final Set<String> batchKeys = new HashSet<>();
        private final List<LineError> errors = new ArrayList<>();
        private int batchReceived;
        private int batchRejected;
        private long lastLine;

        Upload(String jobId) {
            this.jobId = jobId;
        }

        void line(NdjsonLines lines) {
            lastLine = lines.number();
            if (lines.isBlank()) {
                return;
            }
            batchReceived++;
            if (lines.isTooLong()) {
                reject(lines.number(), "Line longer than " + config.maxLineSize().asLongValue() + " bytes");
                return;
            }
            if (!Utf8.isValid(lines.bytes(), 0, lines.length())) {
                reject(lines.number(), "Not valid UTF-8");
                return;
            }
            ArticleDraft draft;
            try {
                draft = ArticleDraft.from(json.readValue(lines.bytes(), 0, lines.length(), ArticleSubmission.class));
            } catch (UnrecognizedPropertyException e) {
                reject(lines.number(), "Unknown field '" + e.getPropertyName() + "'");
                return;
            } catch (JsonProcessingException e) {
                reject(lines.number(), "Not a valid article object: " + e.getOriginalMessage());
                return;
            } catch (ProblemException e) {
                reject(lines.number(), e.getMessage());
                return;
            } catch (IOException | RuntimeException e) {
                reject(lines.number(), "Unreadable line: " + e.getMessage());
                return;
            }
            // a repeat within the batch is a duplicate; across batches the database tells
            if (!batchKeys.add(draft.id()) || !batchKeys.add(draft.contentHash())) {
                return;
            }
            batch.add(new NewArticle(draft.id(), draft.url(), draft.source(), draft.contentHash(), draft.html(),
                    draft.text(), draft.language(), draft.publishedAt()));
        }

        private void reject(long line, String reason) {
            batchRejected++;
            if (errors.size() < config.maxErrorSamples()) {
                errors.add(new LineError(line, truncate(reason)));
            }
        }

        void flush() {
            if (batchReceived == 0) {
                return;
            }
            jobs.storeBatch(jobId, List.copyOf(batch), batchReceived, batchRejected, write(errors), this::write)
                    .await().atMost(BATCH_TIMEOUT);
            batch.clear();
            batchKeys.clear();
            batchReceived = 0;
            batchRejected = 0;
        }

        private String write(Object value) {
            try {
                return json.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
            }
        }

        private String write(RawArticle event) {
            return write((Object) event);
        }
    }

    private static String truncate(String reason) {
        if (reason == null) {
            return null;
        }
        String single = reason.replace('\n', ' ');
        return single.length() <= MAX_REASON_LENGTH ? single : single.substring(0, MAX_REASON_LENGTH) + "…";
    }
}
