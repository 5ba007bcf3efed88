package io.herald.ingest.bulk;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void splitsAtLineFeedsAndDropsCarriageReturns() throws IOException {
        List<NdjsonLines.Line> lines = readAll("{\"a\":1}\r\n{\"b\":2}\n\n{\"c\":3}", 100);

        assertEquals(4, lines.size());
        assertArrayEquals("{\"a\":1}".getBytes(UTF_8), lines.get(0).bytes());
        assertArrayEquals("{\"b\":2}".getBytes(UTF_8), lines.get(1).bytes());
        assertTrue(lines.get(2).isBlank());
        assertArrayEquals("{\"c\":3}".getBytes(UTF_8), lines.get(3).bytes());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void finalLineBreakEndsTheInputWithoutAnEmptyLine() throws IOException {
        assertEquals(2, readAll("x\ny\n", 10).size());
        assertEquals(0, readAll("", 10).size());
    }

    @Test
    void lineLongerThanTheLimitIsMarkedAndTheNextLineIsReadWhole() throws IOException {
        String longLine = "x".repeat(200_000); // spans several 64 KB chunks
        List<NdjsonLines.Line> lines = readAll("12345\n" + longLine + "\n123456\nabc", 5);

        assertFalse(lines.get(0).tooLong());
        assertTrue(lines.get(1).tooLong());
        assertNull(lines.get(1).bytes());
        assertTrue(lines.get(2).tooLong(), "6 bytes are over a limit of 5");
        assertArrayEquals("abc".getBytes(UTF_8), lines.get(3).bytes());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void lineAtTheLimitWithACarriageReturnIsNotTooLong() throws IOException {
        List<NdjsonLines.Line> lines = readAll("12345\r\n", 5);

        assertArrayEquals("12345".getBytes(UTF_8), lines.get(0).bytes());
    }

    @Test
    void readsAStreamThatDeliversOneByteAtATime() throws IOException {
        InputStream trickle = new ByteArrayInputStream("ab\ncd".getBytes(UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        NdjsonLines lines = new NdjsonLines(trickle, 10);

        assertArrayEquals("ab".getBytes(UTF_8), lines.next().bytes());
        assertArrayEquals("cd".getBytes(UTF_8), lines.next().bytes());
        assertNull(lines.next());
    }

    private static List<NdjsonLines.Line> readAll(String input, int maxLineLength) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(input.getBytes(UTF_8)), maxLineLength);
        List<NdjsonLines.Line> all = new ArrayList<>();
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }
}
