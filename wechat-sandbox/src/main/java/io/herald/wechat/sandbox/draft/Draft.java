package io.herald.wechat.sandbox.draft;

import java.time.Instant;
import java.util.List;

/**
 * A draft in an account's draft box.
 *
 * @param mediaId         its media id
 * @param appId           the account
 * @param articles        its articles, as stored (content cleaned)
 * @param droppedImages   per article, the content images WeChat would have filtered out (not from uploadimg)
 * @param updateTime      when it was added or last updated
 */
public record Draft(String mediaId, String appId, List<DraftArticle> articles, List<Integer> droppedImages,
        Instant updateTime) {

    public Draft {
        articles = List.copyOf(articles);
        droppedImages = List.copyOf(droppedImages);
    }
}
