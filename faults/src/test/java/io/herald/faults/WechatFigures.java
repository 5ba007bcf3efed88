package io.herald.faults;

import java.util.Locale;

/**
 * What a scenario found on the WeChat channel for what ingest acknowledged: the sandbox account's drafts and each
 * article's state on wechat-service.
 *
 * @param acked       distinct articles ingest acknowledged
 * @param published   of those, articles render last announced as published: each should be one draft
 * @param drafted     of those, articles wechat-service shows as {@code drafted} with the media id of their one draft
 * @param drafts      drafts on the account
 * @param missing     published articles without a draft
 * @param duplicates  drafts beyond one per published article
 * @param stale       published articles whose draft holds an older revision (another title)
 * @param withdrawn   acknowledged articles render last announced as unpublished (killed) that wechat-service shows
 *                    as {@code deleted}
 * @param strayDrafts drafts that link to no published article (a killed article's draft left behind)
 * @param failed      acknowledged articles wechat-service shows as {@code failed}
 * @param interrupted draft/add calls interrupted by a kill
 * @param reached     of those, the ones whose draft had reached WeChat before the kill
 * @param retried     failed attempts wechat-service made again (the busy answers among them)
 * @param busyLeft    WeChat calls the sandbox was still to answer with -1 at the end
 * @param settled     seconds from the last restart until every article was drafted, withdrawn or failed
 */
record WechatFigures(String scenario, int acked, int published, int drafted, int drafts, int missing, int duplicates,
        int stale, int withdrawn, int strayDrafts, int failed, int interrupted, int reached, int retried, int busyLeft,
        double settled) {

    /** e.g. {@code fault wechat-kill: acked 405, published 400, drafted 400, drafts 400, missing 0, ...}. */
    String line() {
        return String.format(Locale.ROOT, "fault %s: acked %d, published %d, drafted %d, drafts %d, missing %d, "
                        + "duplicates %d, stale %d, withdrawn %d, stray drafts %d, failed %d, adds interrupted %d "
                        + "(draft at WeChat %d), attempts retried %d, busy calls left %d, settled in %.1f s",
                scenario, acked, published, drafted, drafts, missing, duplicates, stale, withdrawn, strayDrafts, failed,
                interrupted, reached, retried, busyLeft, settled);
    }
}
