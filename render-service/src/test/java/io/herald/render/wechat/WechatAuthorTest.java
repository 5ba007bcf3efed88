package io.herald.render.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;

class WechatAuthorTest {

    @Test
    void writersAreJoinedInBylineOrderWithoutPhotographersAndEditors() {
        List<Contributor> byline = List.of(new Contributor("张伟", Role.REPORTER), new Contributor("刘甲", Role.PHOTOGRAPHER),
                new Contributor("李明", Role.CORRESPONDENT), new Contributor("王芳", Role.EDITOR),
                new Contributor("姚雯", Role.AUTHOR));

        assertEquals("张伟、李明、姚雯", WechatAuthor.of(byline, 16));
    }

    @Test
    void withoutWritersEveryoneCreditedIsTheAuthor() {
        assertEquals("刘甲", WechatAuthor.of(List.of(new Contributor("刘甲", Role.PHOTOGRAPHER)), 16));
    }

    @Test
    void namesThatDoNotFitBecomeTheFirstOnesAndOthers() {
        List<Contributor> byline = List.of(new Contributor("欧阳明远", Role.REPORTER), new Contributor("司马光华", Role.REPORTER),
                new Contributor("诸葛文静", Role.REPORTER), new Contributor("上官云飞", Role.REPORTER));

        // all four need 19 characters; three and 等 need 15
        assertEquals("欧阳明远、司马光华、诸葛文静等", WechatAuthor.of(byline, 16));
        assertEquals("欧阳明远等", WechatAuthor.of(byline, 8));
    }

    @Test
    void aSingleNameTooLongIsKeptWholeForTheLimitCheckToReport() {
        String name = "Alexandria Ocasio-Cortez";

        assertEquals(name, WechatAuthor.of(List.of(new Contributor(name, Role.AUTHOR),
                new Contributor("张伟", Role.AUTHOR)), 16));
    }

    @Test
    void blankAndRepeatedNamesAreLeftOutAndNoOneCreditedIsNoAuthor() {
        assertEquals("张伟", WechatAuthor.of(List.of(new Contributor(" 张伟 ", Role.REPORTER),
                new Contributor("张伟", Role.REPORTER), new Contributor(" ", Role.REPORTER)), 16));
        assertNull(WechatAuthor.of(List.of(), 16));
    }
}
