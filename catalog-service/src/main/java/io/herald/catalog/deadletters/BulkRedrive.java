package io.herald.catalog.deadletters;

import java.util.List;

/**
 * What re-driving every letter not yet re-driven did.
 *
 * @param attempted how many letters were tried
 * @param redriven  how many were applied
 * @param failed    how many still fail (they stay listed, with the new reason)
 * @param letters   each letter's outcome, by partition and offset
 */
public record BulkRedrive(int attempted, int redriven, int failed, List<RedriveResult> letters) {

    static BulkRedrive of(List<RedriveResult> letters) {
        int redriven = (int) letters.stream().filter(RedriveResult::applied).count();
        return new BulkRedrive(letters.size(), redriven, letters.size() - redriven, letters);
    }
}
