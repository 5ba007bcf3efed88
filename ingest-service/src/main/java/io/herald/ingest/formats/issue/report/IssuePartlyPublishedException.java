package io.herald.ingest.formats.issue.report;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import io.herald.ingest.publish.PublishFailedException;
import io.herald.service.problem.FieldError;

/** Kafka did not acknowledge every item of a page: the answer is a 503 that names what was and was not published. */
public class IssuePartlyPublishedException extends PublishFailedException {

    IssuePartlyPublishedException(List<String> published, List<String> failed, List<Integer> failedIndexes,
            Duration retryAfter) {
        super("Kafka did not acknowledge " + failed.size() + " item(s) of the page", null, retryAfter,
                seconds -> "The page was not accepted whole: published " + published + "; not acknowledged " + failed
                        + ". Post the same page again after " + seconds + " s: the items keep their ids and event "
                        + "ids, so consumers drop the ones they already have.",
                IntStream.range(0, failed.size())
                        .mapToObj(i -> new FieldError("items[" + failedIndexes.get(i) + "]",
                                "was not acknowledged by Kafka: " + failed.get(i)))
                        .toList());
    }
}
