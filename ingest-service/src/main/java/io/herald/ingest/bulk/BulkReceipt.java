package io.herald.ingest.bulk;

import java.util.List;

/**
 * The answer to a bulk request: every line that held an article, in order.
 *
 * @param accepted how many lines Kafka holds as events
 * @param rejected how many lines were invalid or not acknowledged
 * @param lines    one result per non-blank line
 */
public record BulkReceipt(int accepted, int rejected, List<LineResult> lines) {

    public static BulkReceipt of(List<LineResult> lines) {
        int accepted = (int) lines.stream().filter(LineResult::isAccepted).count();
        return new BulkReceipt(accepted, lines.size() - accepted, lines);
    }
}
