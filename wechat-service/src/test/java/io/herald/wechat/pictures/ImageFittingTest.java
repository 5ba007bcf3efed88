package io.herald.wechat.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.herald.wechat.TestImages;
import io.herald.wechat.api.Picture;

class ImageFittingTest {

    @Test
    void smallJpgIsSentAsItIs() {
        byte[] jpg = TestImages.noise(64, 48, "jpg");

        Picture picture = ImageFitting.fit(jpg, "p");

        assertArrayEquals(jpg, picture.content());
        assertEquals("image/jpeg", picture.contentType());
        assertEquals("p.jpg", picture.filename());
    }

    @Test
    void smallPngStaysPng() {
        byte[] png = TestImages.noise(64, 48, "png");

        Picture picture = ImageFitting.fit(png, "p");

        assertArrayEquals(png, picture.content());
        assertEquals("image/png", picture.contentType());
    }

    @Test
    void pictureOverOneMegabyteIsScaledDownToAJpgUnderIt() throws IOException {
        byte[] large = TestImages.noise(1600, 1200, "png");
        assertTrue(large.length > ImageFitting.MAX_BYTES, "the fixture must be over 1 MB");

        Picture picture = ImageFitting.fit(large, "big");

        assertTrue(picture.content().length <= ImageFitting.MAX_BYTES, picture.content().length + " bytes");
        assertEquals("image/jpeg", picture.contentType());
        BufferedImage fitted = ImageIO.read(new ByteArrayInputStream(picture.content()));
        assertNotNull(fitted);
        assertTrue(fitted.getWidth() < 1600);
        assertEquals(4.0 / 3.0, (double) fitted.getWidth() / fitted.getHeight(), 0.01);
    }

    @Test
    void gifBecomesJpg() throws IOException {
        Picture picture = ImageFitting.fit(TestImages.noise(40, 30, "gif"), "anim");

        assertEquals("image/jpeg", picture.contentType());
        assertEquals("anim.jpg", picture.filename());
        assertEquals(40, ImageIO.read(new ByteArrayInputStream(picture.content())).getWidth());
    }

    @Test
    void bytesThatAreNoImageAreUnreadable() {
        assertThrows(UnreadableImageException.class, () -> ImageFitting.fit("<html>".getBytes(), "x"));
    }
}
