package io.ziar.ingest.job.model;

/**
 * RECEIVING while the upload is read; PROCESSING once every line is stored and the pipeline works on
 * the accepted articles; DONE when each is INDEXED or FAILED; ABORTED when the upload broke off
 * (what was stored before stays and is processed).
 */
public enum JobStatus {
    RECEIVING, PROCESSING, DONE, ABORTED;

    public boolean isFinal() {
        return this == DONE || this == ABORTED;
    }
}
