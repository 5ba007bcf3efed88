package io.herald.events;

import java.time.LocalDate;

/**
 * The printed issue an article appeared in, from the masthead.
 *
 * @param name                   e.g. 中国高新技术产业导报
 * @param nameEn                 e.g. CHINA HIGH-TECH INDUSTRY HERALD
 * @param issueDate              date printed on the issue
 * @param issueNumber            第N期 (number within the year)
 * @param totalIssueNumber       总第N期
 * @param pageCount              今日N版
 * @param serialNumber           domestic serial number, e.g. CN 11—0237
 * @param postalDistributionCode 邮发代号, e.g. 1—206
 */
public record Publication(
        String name,
        String nameEn,
        LocalDate issueDate,
        Integer issueNumber,
        Integer totalIssueNumber,
        Integer pageCount,
        String serialNumber,
        String postalDistributionCode) {
}
