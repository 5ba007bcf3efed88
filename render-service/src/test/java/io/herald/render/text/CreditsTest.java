package io.herald.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;

class CreditsTest {

    @Test
    void aRoleIsPrintedBeforeTheName() {
        assertEquals("记者 张伟", Credits.credit(new Contributor("张伟", Role.REPORTER)));
        assertEquals("通讯员 李明", Credits.credit(new Contributor("李明", Role.CORRESPONDENT)));
        assertEquals("摄影 刘甲", Credits.credit(new Contributor("刘甲", Role.PHOTOGRAPHER)));
    }

    @Test
    void aRoleWithoutALabelOrNoRoleLeavesTheNameAlone() {
        assertEquals("王芳", Credits.credit(new Contributor("王芳", Role.OTHER)));
        assertEquals("王芳", Credits.credit(new Contributor("王芳", null)));
    }
}
