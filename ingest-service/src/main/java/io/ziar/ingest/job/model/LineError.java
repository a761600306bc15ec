package io.ziar.ingest.job.model;

/** Why one line of an upload was rejected; lines count from 1. */
public record LineError(long line, String reason) {
}
