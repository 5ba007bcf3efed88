package io.herald.ingest.formats.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.Contributor.Role;
import io.herald.ingest.article.ContributorRequest;

class BylinesTest {

    @Test
    void roleWordsApplyToTheNamesAfterThem() {
        assertEquals(List.of(
                new ContributorRequest("张伟", Role.REPORTER),
                new ContributorRequest("李明", Role.REPORTER),
                new ContributorRequest("王芳", Role.CORRESPONDENT)),
                Bylines.parse("(记者 张伟 李明 通讯员 王芳)", Role.AUTHOR));
    }

    @Test
    void englishBylineKeepsWholeNamesWithTheDefaultRole() {
        assertEquals(List.of(
                new ContributorRequest("Jane Doe", Role.AUTHOR),
                new ContributorRequest("John Roe", Role.AUTHOR)),
                Bylines.parse("By Jane Doe and John Roe", Role.AUTHOR));
    }

    @Test
    void roleWordsNeedNoSpaceAndCommasSeparateToo() {
        assertEquals(List.of(
                new ContributorRequest("张伟", Role.REPORTER),
                new ContributorRequest("刘甲", Role.PHOTOGRAPHER)),
                Bylines.parse("记者张伟、摄影刘甲", Role.AUTHOR));
    }

    @Test
    void benbaoJizheIsAReporter() {
        assertEquals(List.of(new ContributorRequest("姚雯", Role.REPORTER)), Bylines.parse("本报记者 姚雯", Role.AUTHOR));
    }
}
