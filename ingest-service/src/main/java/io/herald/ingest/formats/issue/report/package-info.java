/**
 * What {@code POST /issues} answers once every item of a page is published: the {@link
 * io.herald.ingest.formats.issue.report.IssueReport} of what was recognised and published, or, when Kafka did not
 * acknowledge every item, {@link io.herald.ingest.formats.issue.report.IssuePartlyPublishedException} naming what
 * was and was not.
 */
package io.herald.ingest.formats.issue.report;
