package io.ziar.commons.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes at most {@code limit} bytes through; reading one more fails with {@link TooLargeException}. */
public final class LimitedInputStream extends FilterInputStream {

    /** The stream went past its limit. */
    public static final class TooLargeException extends IOException {

        private final long limit;

        TooLargeException(long limit) {
            super("larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private final long limit;
    private long count;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Reads the whole stream, failing past {@code limit} bytes without holding more than that. */
    public static byte[] readAll(InputStream in, long limit) throws IOException {
        try (InputStream limited = new LimitedInputStream(in, limit)) {
            return limited.readAllBytes();
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
        if (read > 0) {
            count(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        count(skipped);
        return skipped;
    }

    private void count(long bytes) throws TooLargeException {
        count += bytes;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }
}
