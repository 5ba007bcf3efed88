package io.herald.wechat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Random;

import javax.imageio.ImageIO;

/** Images made for tests. */
public final class TestImages {

    private static final SecureRandom UNIQUE = new SecureRandom();

    private TestImages() {
    }

    /** Random pixels in {@code format} (png, jpg, gif): no encoder makes them small, so the size follows the area. */
    public static byte[] noise(int width, int height, String format) {
        return noise(width, height, format, width * 31L + height);
    }

    /**
     * Random pixels no other call of this method made: a picture no account has had yet (the channel uploads each
     * picture once per account, by content).
     */
    public static byte[] unique(int width, int height, String format) {
        return noise(width, height, format, UNIQUE.nextLong());
    }

    private static byte[] noise(int width, int height, String format, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
