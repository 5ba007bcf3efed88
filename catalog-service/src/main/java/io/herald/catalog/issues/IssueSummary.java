package io.herald.catalog.issues;

import java.time.LocalDate;

/**
 * One printed issue, from the mastheads of its visible articles.
 *
 * @param publication      e.g. 中国高新技术产业导报
 * @param publicationEn    e.g. CHINA HIGH-TECH INDUSTRY HERALD
 * @param issueDate        date printed on the issue
 * @param issueNumber      第N期
 * @param totalIssueNumber 总第N期
 * @param pageCount        今日N版
 * @param articleCount     how many of its articles readers may see
 */
public record IssueSummary(
        String publication,
        String publicationEn,
        LocalDate issueDate,
        Integer issueNumber,
        Integer totalIssueNumber,
        Integer pageCount,
        long articleCount) {
}
