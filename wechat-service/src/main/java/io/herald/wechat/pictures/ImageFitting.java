package io.herald.wechat.pictures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import io.herald.wechat.api.Picture;

/**
 * Brings an image within WeChat's rules for article pictures: JPG or PNG, under 1 MB. A JPG or PNG that fits is
 * sent as it is; any other image (GIF, BMP, …) or one too large is re-encoded as JPG, and scaled down step by step
 * until it fits.
 */
public final class ImageFitting {

    /** WeChat's limit of media/uploadimg: under 1 MB. */
    public static final int MAX_BYTES = 1024 * 1024 - 1;

    private static final float JPEG_QUALITY = 0.85f;
    private static final double SCALE_STEP = 0.8;

    private ImageFitting() {
    }

    /**
     * @param name a name for the picture, without extension (WeChat wants a file name)
     * @throws UnreadableImageException if the bytes are no image Java can read
     */
    public static Picture fit(byte[] original, String name) {
        String format = format(original);
        if (original.length <= MAX_BYTES && ("jpeg".equals(format) || "png".equals(format))) {
            return "png".equals(format) ? new Picture(name + ".png", "image/png", original)
                    : new Picture(name + ".jpg", "image/jpeg", original);
        }
        BufferedImage image = opaque(read(original));
        byte[] jpeg = jpeg(image);
        while (jpeg.length > MAX_BYTES) {
            image = scaled(image, SCALE_STEP);
            jpeg = jpeg(image);
        }
        return new Picture(name + ".jpg", "image/jpeg", jpeg);
    }

    private static String format(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadableImageException("not an image Java can read");
            }
            return readers.next().getFormatName().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UnreadableImageException("not an image Java can read: " + e.getMessage());
        }
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new UnreadableImageException("not an image Java can read");
            }
            return image;
        } catch (IOException e) {
            throw new UnreadableImageException("the image cannot be decoded: " + e.getMessage());
        }
    }

    /** JPG has no transparency: the image drawn on white. */
    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, Color.WHITE, null);
        graphics.dispose();
        return rgb;
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int width = Math.max(1, (int) (image.getWidth() * factor));
        int height = Math.max(1, (int) (image.getHeight() * factor));
        BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = smaller.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return smaller;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a JPG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
