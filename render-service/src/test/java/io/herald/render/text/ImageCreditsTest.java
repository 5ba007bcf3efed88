package io.herald.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.herald.events.Image;

class ImageCreditsTest {

    @Test
    void photographerGetsTheMarkOnce() {
        assertEquals("刘甲/摄", ImageCredits.photographerLine(image("新华社发", "刘甲")));
        assertEquals("本报记者 李明 摄", ImageCredits.photographerLine(image(null, "本报记者 李明 摄")));
        assertEquals("摄影 李明", ImageCredits.photographerLine(image(null, "摄影 李明")));
        assertNull(ImageCredits.photographerLine(image("新华社", " ")));
    }

    @Test
    void creditThePhotographersLineNamesIsLeftOut() {
        assertNull(ImageCredits.shownCredit(image("本报", "本报记者 李明 摄")));
        assertEquals("新华社发", ImageCredits.shownCredit(image("新华社发", "刘甲")));
        assertEquals("新华社", ImageCredits.shownCredit(image(" 新华社 ", null)));
        assertNull(ImageCredits.shownCredit(image(null, "刘甲")));
    }

    private static Image image(String credit, String photographer) {
        return new Image("https://img.example.test/a.jpg", "图", credit, photographer, null);
    }
}
