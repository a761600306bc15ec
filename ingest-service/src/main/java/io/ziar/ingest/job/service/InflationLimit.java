package io.ziar.ingest.job.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gzip body's decompressed stream that refuses to expand more than {@code maxRatio} times its
 * compressed size (once past {@code freeBytes}, so that small uploads are never judged by their ratio):
 * a gzip bomb, a few megabytes that expand to gigabytes, is stopped after a bounded amount of work.
 * NDJSON of articles compresses some 3 to 20 times. Not thread-safe.
 */
final class InflationLimit extends FilterInputStream {

    /** Thrown when the body expands past the ratio. */
    static final class TooInflatedException extends IOException {
        TooInflatedException(String message) {
            super(message);
        }
    }

    private final Counting compressed;
    private final long maxRatio;
    private final long freeBytes;
    private long inflated;

    private InflationLimit(Counting compressed, long maxRatio, long freeBytes) throws IOException {
        super(new GZIPInputStream(compressed, 64 * 1024));
        this.compressed = compressed;
        this.maxRatio = maxRatio;
        this.freeBytes = freeBytes;
    }

    static InputStream gunzip(InputStream body, long maxRatio, long freeBytes) throws IOException {
        return new InflationLimit(new Counting(body), maxRatio, freeBytes);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            inflated += n;
            if (inflated > freeBytes && inflated > maxRatio * compressed.count) {
                throw new TooInflatedException("The gzip body expands more than " + maxRatio + " times ("
                        + compressed.count + " bytes became over " + inflated + "): refused as a decompression bomb");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
