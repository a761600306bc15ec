package io.ziar.contracts.api;

import java.time.Instant;

/**
 * A reindex: {@code toIndex} is filled from the stored articles ({@code stored}), then with what
 * was indexed live since the job began ({@code caughtUp}), and the alias moves from {@code fromIndex}
 * to it in one atomic step. Status RUNNING, DONE or FAILED (with {@code error}); {@code step} says
 * where a running job is: STARTING, FILLING, CATCHING_UP, SWITCHING.
 */
public record ReindexJob(String id, String status, String step, String fromIndex, String toIndex, long stored, long caughtUp,
                         Instant startedAt, Instant finishedAt, String error, String href) {
}
