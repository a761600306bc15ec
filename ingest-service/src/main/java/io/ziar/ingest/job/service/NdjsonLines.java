package io.ziar.ingest.job.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, an optional {@code \r} before it dropped) without
 * decoding them, holding at most one line of up to {@code maxLineBytes}: a longer line is skipped
 * to its end and reported as too long. Not thread-safe.
 */
final class NdjsonLines {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private boolean tooLong;
    private long number;
    private boolean eof;

    NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (eof || !fill()) {
                    eof = true;
                    if (any) {
                        number++;
                        trimCarriageReturn();
                    }
                    return any;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                number++;
                trimCarriageReturn();
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        while (read == 0) {
            read = in.read(buffer, 0, buffer.length);
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void append(int start, int count) {
        if (tooLong || count == 0) {
            return;
        }
        if (length + count > maxLineBytes) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, length + count)));
        }
        System.arraycopy(buffer, start, line, length, count);
        length += count;
    }

    private void trimCarriageReturn() {
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
    }

    /** The current line's bytes, valid until the next call; its length is {@link #length()}. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    boolean isTooLong() {
        return tooLong;
    }

    boolean isBlank() {
        if (tooLong) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The current line's number, from 1. */
    long number() {
        return number;
    }
}
