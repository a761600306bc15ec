package io.ziar.ingest.warc.service;

import io.ziar.commons.input.LimitedInputStream;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.ingest.article.service.HtmlBytes;
import io.ziar.ingest.job.model.JobKind;
import io.ziar.ingest.job.model.JobView;
import io.ziar.ingest.job.service.JobWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a WARC file (gzip per record, as Common Crawl's CC-NEWS, or plain) as a stream into a job:
 * each HTML {@code response} record becomes an article with its WARC-Target-URI as URL and its
 * WARC-Date as date; other records are passed over. Records are numbered from 1 in the file, and a
 * rejection names its record. A record whose Content-Length does not match its content is rejected,
 * not stored truncated: a record is stored only once the reader has found the next one where its
 * length says. After such a record the rest of the file cannot be read reliably: reading stops there
 * (the job's reason says where) and what came before is kept. Blocking: runs on the request's worker thread.
 */
@ApplicationScoped
public class WarcIngestService {

    private static final Logger LOG = Logger.getLogger(WarcIngestService.class);

    private final JobWriter jobs;
    private final WarcConfig config;

    public WarcIngestService(JobWriter jobs, WarcConfig config) {
        this.jobs = jobs;
        this.config = config;
    }

    public JobView ingest(InputStream body) {
        JobWriter.Run job = jobs.open(JobKind.WARC);
        Reading reading = new Reading(job);
        try (WarcReader reader = new WarcReader(body)) {
            reader.onWarning(warning -> reading.warned = true);
            try {
                reading.run(reader);
            } finally {
                drain(body);
            }
        } catch (IOException e) {
            reading.stop(reading.records + 1, "Unreadable WARC record: " + e.getMessage());
        }
        if (reading.records == 0) {
            String reason = reading.stopped == null ? "the body has no record" : reading.stopped;
            job.abort(reason);
            throw ProblemException.invalid("body", "Not a WARC file: " + reason);
        }
        if (reading.stopped != null) {
            LOG.warnf("WARC job %s stopped at record %d: %s", job.id(), reading.records, reading.stopped);
        }
        return job.finish(reading.stopped);
    }

    /** One pass over the file. */
    private final class Reading {

        private final JobWriter.Run job;
        private long records;
        private boolean warned;
        private ArticleSubmission pending;
        private String stopped;

        Reading(JobWriter.Run job) {
            this.job = job;
        }

        void run(WarcReader reader) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    if (settle()) {
                        stop(records + 1, "Unreadable WARC record: " + e.getMessage());
                    } else {
                        stopped = "Stopped after record " + records + ": its Content-Length does not match its content";
                    }
                    return;
                }
                settle();
                if (next.isEmpty()) {
                    return;
                }
                records++;
                if (next.get() instanceof WarcResponse response && !read(response)) {
                    return;
                }
            }
        }

        /**
         * Stores the pending record when the reader found its end where its length said. Otherwise the
         * last record (pending or passed over) is rejected; false then.
         */
        private boolean settle() {
            boolean fine = !warned;
            if (pending != null && fine) {
                ArticleSubmission submission = pending;
                job.submit(records, () -> submission);
            } else if (!fine && records > 0) {
                job.reject(records, "The record does not end where its Content-Length says");
            }
            pending = null;
            warned = false;
            return fine;
        }

        /** Holds an HTML response as the pending record; false when reading has to stop. */
        private boolean read(WarcResponse response) {
            try {
                String contentType = response.http().headers().first("Content-Type").orElse(null);
                if (!HtmlBytes.isHtml(contentType)) {
                    return true;
                }
                byte[] payload;
                try (InputStream in = response.http().bodyDecoded().stream()) {
                    payload = LimitedInputStream.readAll(in, config.maxPayloadSize().asLongValue());
                }
                pending = new ArticleSubmission(response.target(), HtmlBytes.decode(payload, contentType), null, null,
                        response.date().toString(), null);
                return true;
            } catch (LimitedInputStream.TooLargeException e) {
                job.reject(records, "The HTML payload is " + e.getMessage());
                return true;
            } catch (IOException | RuntimeException e) {
                // a record cut short (a Content-Length longer than what follows) or an unreadable HTTP message
                stop(records, "Unreadable WARC record: " + e.getMessage());
                return false;
            }
        }

        void stop(long number, String reason) {
            if (records > 0 || number > 1) {
                job.reject(number, reason);
            }
            stopped = "Stopped at record " + number + ": " + reason;
        }
    }

    /** Reads what the client still sends, so that it gets the answer rather than a reset connection. */
    private static void drain(InputStream body) {
        try {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the client went away
        }
    }
}
