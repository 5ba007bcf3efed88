package io.herald.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.testing.ReferencePage;

class PhotoItemsTest {

    private static final Image FENJI = new Image(null, "图为“奋楫号”盾构机下线现场(无人机照片)", "新华社发", "刘甲", null);
    private static final BodyBlock PICTURE = new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, FENJI);

    @Test
    void theReferencePhotoItemIsOneAndItsReportsAreNot() {
        assertTrue(PhotoItems.isPhotoItem(ReferencePage.item(ReferencePage.PHOTO, "photo-rule")));
        assertFalse(PhotoItems.isPhotoItem(ReferencePage.item(ReferencePage.SYMPOSIUM, "photo-rule")));
        assertFalse(PhotoItems.isPhotoItem(ReferencePage.item(ReferencePage.FORUM, "photo-rule")));
    }

    @Test
    void picturesWithoutTextAreAPhotoItem() {
        assertTrue(PhotoItems.isPhotoItem(with(List.of(PICTURE), List.of())));
        assertTrue(PhotoItems.isPhotoItem(with(List.of(), List.of(FENJI))));
    }

    @Test
    void aPictureWithLongOrSeveralTextsIsAnIllustratedReport() {
        BodyBlock shortText = BodyBlock.paragraph("3月31日,盾构机“奋楫号”在南通下线。");
        BodyBlock longText = BodyBlock.paragraph("长".repeat(PhotoItems.MAX_TEXT_LENGTH + 1));
        BodyBlock heading = new BodyBlock(BodyBlock.Type.HEADING, "下线", 2, null, null);

        assertTrue(PhotoItems.isPhotoItem(with(List.of(shortText, PICTURE), List.of())));
        assertFalse(PhotoItems.isPhotoItem(with(List.of(longText, PICTURE), List.of())));
        assertFalse(PhotoItems.isPhotoItem(with(List.of(shortText, shortText, PICTURE), List.of())));
        assertFalse(PhotoItems.isPhotoItem(with(List.of(heading, PICTURE), List.of())));
        assertFalse(PhotoItems.isPhotoItem(with(List.of(shortText), List.of())));
    }

    private static ArticleSubmitted with(List<BodyBlock> body, List<Image> images) {
        ArticleSubmitted a = SampleEvents.symposiumReport();
        return new ArticleSubmitted(a.articleId(), a.revision(), a.pubStatus(), a.language(), a.publication(), a.page(),
                a.section(), a.headline(), a.subheadline(), a.kicker(), a.dateline(), a.byline(), body, images,
                a.related(), a.subjects(), a.firstCreated(), a.versionCreated(), a.embargoUntil(), a.source());
    }
}
