package io.ziar.ingest.job.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.ziar.commons.input.Utf8;
import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.ingest.job.model.JobKind;
import io.ziar.ingest.job.model.JobView;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Reads an NDJSON upload line by line into a job (see {@link JobWriter}): memory holds one batch and
 * one line, whatever the upload's size. Blocking: runs on the request's worker thread.
 */
@ApplicationScoped
public class BulkIngestService {

    private static final Logger LOG = Logger.getLogger(BulkIngestService.class);

    private final JobWriter jobs;
    private final ObjectMapper json;
    private final BulkConfig config;

    public BulkIngestService(JobWriter jobs, ObjectMapper json, BulkConfig config) {
        this.jobs = jobs;
        this.json = json;
        this.config = config;
    }

    /** Creates a job, reads the whole body into it and returns the job as it stands when the body ends. */
    public JobView ingest(InputStream body, boolean gzip) {
        JobWriter.Run job = jobs.open(JobKind.NDJSON);
        long lastLine = 0;
        try (InputStream in = gzip ? InflationLimit.gunzip(body, config.maxInflationRatio(), config.maxLineSize().asLongValue()) : body) {
            NdjsonLines lines = new NdjsonLines(in, (int) Math.min(Integer.MAX_VALUE - 16, config.maxLineSize().asLongValue()));
            while (lines.next()) {
                lastLine = lines.number();
                line(job, lines);
            }
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof ZipException
                    ? "The body is not valid gzip: " + e.getMessage()
                    : e instanceof ProblemException || e instanceof InflationLimit.TooInflatedException
                    ? e.getMessage() : "The upload broke off: " + e.getMessage();
            LOG.warnf("Bulk job %s aborted after %d lines: %s", job.id(), lastLine, reason);
            job.abort(reason);
            if (e instanceof ProblemException busy) {
                throw busy; // the pipeline stayed too far behind: a 503 with Retry-After
            }
            ProblemType type = e instanceof InflationLimit.TooInflatedException ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.INVALID_INPUT;
            throw new ProblemException(type, reason + " (job " + job.id() + " stored the lines before)", null);
        }
        if (job.received() == 0) {
            // as for an empty single article: nothing to ingest is bad input, not an empty job to follow
            job.discard();
            throw ProblemException.invalid(null, "The upload holds no article: send one article object a line");
        }
        return job.finish(null);
    }

    private void line(JobWriter.Run job, NdjsonLines lines) {
        if (lines.isBlank()) {
            return;
        }
        if (lines.isTooLong()) {
            job.reject(lines.number(), "Line longer than " + config.maxLineSize().asLongValue() + " bytes");
            return;
        }
        if (!Utf8.isValid(lines.bytes(), 0, lines.length())) {
            job.reject(lines.number(), "Not valid UTF-8");
            return;
        }
        ArticleSubmission submission;
        try {
            submission = json.readValue(lines.bytes(), 0, lines.length(), ArticleSubmission.class);
        } catch (UnrecognizedPropertyException e) {
            job.reject(lines.number(), "Unknown field '" + e.getPropertyName() + "'");
            return;
        } catch (JsonProcessingException e) {
            job.reject(lines.number(), "Not a valid article object: " + e.getOriginalMessage());
            return;
        } catch (IOException | RuntimeException e) {
            job.reject(lines.number(), "Unreadable line: " + e.getMessage());
            return;
        }
        job.submit(lines.number(), () -> submission);
    }
}
