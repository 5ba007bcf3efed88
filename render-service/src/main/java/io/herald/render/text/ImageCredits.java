package io.herald.render.text;

import io.herald.events.Image;
import io.quarkus.qute.TemplateExtension;

/**
 * An image's credit line as papers print it, in the web and WeChat templates: the supplier ({@code credit}) and the
 * photographer marked 摄, e.g. {@code 新华社 刘甲/摄}. Nothing is printed twice: a photographer written with the
 * mark already ({@code 本报记者 李明 摄}, {@code 摄影 李明}) gets no second one, and a credit the photographer's line
 * already names ({@code 本报} beside {@code 本报记者 李明 摄}) is left out.
 */
@TemplateExtension
public final class ImageCredits {

    private static final String PHOTO_MARK = "摄";

    private ImageCredits() {
    }

    /** The credit to print, or null when there is none or the photographer's line names it already. */
    public static String shownCredit(Image image) {
        String credit = blankToNull(image.credit());
        String photographer = blankToNull(image.photographer());
        if (credit == null || photographer != null && photographer.contains(credit)) {
            return null;
        }
        return credit;
    }

    /** The photographer with the mark 摄 once ({@code 刘甲/摄}), or null when there is none. */
    public static String photographerLine(Image image) {
        String photographer = blankToNull(image.photographer());
        if (photographer == null) {
            return null;
        }
        boolean marked = photographer.endsWith(PHOTO_MARK) || photographer.startsWith("摄影")
                || photographer.contains(PHOTO_MARK + "：") || photographer.contains(PHOTO_MARK + ":");
        return marked ? photographer : photographer + "/" + PHOTO_MARK;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
