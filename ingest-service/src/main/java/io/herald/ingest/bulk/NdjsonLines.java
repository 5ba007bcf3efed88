package io.herald.ingest.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines at {@code \n} (a trailing {@code \r} is dropped) without ever holding more
 * than one line, and never more than {@code maxLineLength} bytes of it: the rest of a longer line is skipped
 * and the line is marked too long.
 */
public final class NdjsonLines {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLineLength;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private boolean endOfInput;
    private byte[] line = new byte[1024];
    private int length;
    private boolean tooLong;
    private int number;

    public NdjsonLines(InputStream in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /**
     * One line of the input.
     *
     * @param number  1-based, counting every line, blank ones too
     * @param bytes   the line without its line break; null when it was too long
     */
    public record Line(int number, byte[] bytes) {

        public boolean tooLong() {
            return bytes == null;
        }

        public boolean isBlank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** The next line, or null at the end of the input. */
    public Line next() throws IOException {
        length = 0;
        tooLong = false;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                return started ? finish() : null;
            }
            started = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            append(end - position);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return finish();
            }
        }
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read = in.read(chunk);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int count) {
        if (tooLong) {
            return;
        }
        if (length + count > maxLineLength + 1) { // + 1: room for a '\r' that finish() drops
            tooLong = true;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
        }
        System.arraycopy(chunk, position, line, length, count);
        length += count;
    }

    private Line finish() {
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        if (end > maxLineLength) {
            return new Line(number, null);
        }
        return new Line(number, Arrays.copyOf(line, end));
    }
}
