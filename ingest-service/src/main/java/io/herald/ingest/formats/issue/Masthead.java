package io.herald.ingest.formats.issue;

import java.util.Map;

import io.herald.events.Publication;

/**
 * What the masthead (报头) says about the issue.
 *
 * @param publication the paper and the issue, as events carry it
 * @param page        the page label printed with the masthead, e.g. {@code 01版}; null when not printed
 * @param section     the page's section, e.g. {@code 要闻}, when printed with the page label
 * @param facts       further printed facts that events do not carry: 主管, 主办, 星期
 */
public record Masthead(Publication publication, String page, String section, Map<String, String> facts) {

    public Masthead {
        facts = Map.copyOf(facts);
    }
}
