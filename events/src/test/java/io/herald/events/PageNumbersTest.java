package io.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageNumbersTest {

    @Test
    void readsTheNumberOfPrintedLabels() {
        assertEquals(1, PageNumbers.of("01版"));
        assertEquals(12, PageNumbers.of("第12版"));
        assertEquals(3, PageNumbers.of("A3"));
    }

    @Test
    void labelsWithoutANumberHaveNone() {
        assertNull(PageNumbers.of("要闻"));
        assertNull(PageNumbers.of(null));
    }
}
