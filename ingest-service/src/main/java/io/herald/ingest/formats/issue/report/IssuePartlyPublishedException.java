package io.herald.ingest.formats.issue.report;

import java.util.List;
import java.util.stream.IntStream;

import io.herald.ingest.api.Problem.FieldError;
import io.herald.ingest.publish.PublishFailedException;

/** Kafka did not acknowledge every item of a page: the answer is a 503 that names what was and was not published. */
public class IssuePartlyPublishedException extends PublishFailedException {

    private final List<String> published;
    private final List<String> failed;
    private final List<Integer> failedIndexes;

    IssuePartlyPublishedException(List<String> published, List<String> failed, List<Integer> failedIndexes) {
        super("Kafka did not acknowledge " + failed.size() + " item(s) of the page", null);
        this.published = List.copyOf(published);
        this.failed = List.copyOf(failed);
        this.failedIndexes = List.copyOf(failedIndexes);
    }

    /** The answer's detail: what was published and when to post the page again. */
    public String detail(long retryAfterSeconds) {
        return "The page was not accepted whole: published " + published + "; not acknowledged " + failed
                + ". Post the same page again after " + retryAfterSeconds + " s: the items keep their ids and event "
                + "ids, so consumers drop the ones they already have.";
    }

    /** One error per item Kafka did not acknowledge, e.g. {@code items[2]}. */
    public List<FieldError> errors() {
        return IntStream.range(0, failed.size())
                .mapToObj(i -> new FieldError("items[" + failedIndexes.get(i) + "]",
                        "was not acknowledged by Kafka: " + failed.get(i)))
                .toList();
    }
}
