package io.herald.wechat.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.herald.wechat.api.Picture;

class ImageFittingTest {

    /** Random pixels: no encoder makes them small, so the image's size follows its area. */
    static byte[] noise(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(13);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    @Test
    void smallJpgIsSentAsItIs() throws IOException {
        byte[] jpg = noise(64, 48, "jpg");

        Picture picture = ImageFitting.fit(jpg, "p");

        assertArrayEquals(jpg, picture.content());
        assertEquals("image/jpeg", picture.contentType());
        assertEquals("p.jpg", picture.filename());
    }

    @Test
    void smallPngStaysPng() throws IOException {
        byte[] png = noise(64, 48, "png");

        Picture picture = ImageFitting.fit(png, "p");

        assertArrayEquals(png, picture.content());
        assertEquals("image/png", picture.contentType());
    }

    @Test
    void pictureOverOneMegabyteIsScaledDownToAJpgUnderIt() throws IOException {
        byte[] large = noise(1600, 1200, "png");
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
        Picture picture = ImageFitting.fit(noise(40, 30, "gif"), "anim");

        assertEquals("image/jpeg", picture.contentType());
        assertEquals("anim.jpg", picture.filename());
        assertEquals(40, ImageIO.read(new ByteArrayInputStream(picture.content())).getWidth());
    }

    @Test
    void bytesThatAreNoImageAreUnreadable() {
        assertThrows(UnreadableImageException.class, () -> ImageFitting.fit("<html>".getBytes(), "x"));
    }
}
