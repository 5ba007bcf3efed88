package io.herald.wechat.sandbox.draft;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.herald.wechat.sandbox.StateChanged;
import io.herald.wechat.sandbox.api.WechatError;

/**
 * Each account's draft box, in memory (and in the state directory when there is one), newest last; unknown media
 * ids are 40007 as WeChat answers. Each change is announced after the store's lock is released.
 */
@ApplicationScoped
public class DraftStore {

    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Draft> byMediaId = new LinkedHashMap<>();
    private final Event<StateChanged> changed;

    DraftStore(Event<StateChanged> changed) {
        this.changed = changed;
    }

    Draft add(String appId, List<DraftArticle> articles, List<Integer> droppedImages) {
        byte[] id = new byte[24];
        random.nextBytes(id);
        Draft draft = new Draft(HexFormat.of().formatHex(id), appId, articles, droppedImages, clock.instant());
        synchronized (this) {
            byMediaId.put(draft.mediaId(), draft);
        }
        changed.fire(StateChanged.DRAFTS);
        return draft;
    }

    Draft replaceArticle(Draft draft, int index, DraftArticle article, int droppedImages) {
        List<DraftArticle> articles = new ArrayList<>(draft.articles());
        List<Integer> dropped = new ArrayList<>(draft.droppedImages());
        articles.set(index, article);
        dropped.set(index, droppedImages);
        Draft updated = new Draft(draft.mediaId(), draft.appId(), articles, dropped, clock.instant());
        synchronized (this) {
            byMediaId.put(updated.mediaId(), updated);
        }
        changed.fire(StateChanged.DRAFTS);
        return updated;
    }

    /** The account's draft; 40007 when it has none with this media id. */
    public synchronized Draft get(String appId, String mediaId) {
        return find(mediaId).filter(draft -> draft.appId().equals(appId))
                .orElseThrow(() -> WechatError.INVALID_MEDIA_ID.exception("no draft " + mediaId));
    }

    public synchronized Optional<Draft> find(String mediaId) {
        return Optional.ofNullable(mediaId == null ? null : byMediaId.get(mediaId));
    }

    /** Removes a draft: deleted, or published (a published draft leaves the draft box). */
    public void remove(String mediaId) {
        synchronized (this) {
            byMediaId.remove(mediaId);
        }
        changed.fire(StateChanged.DRAFTS);
    }

    /** The account's drafts, newest first. */
    public synchronized List<Draft> of(String appId) {
        List<Draft> drafts = new ArrayList<>(byMediaId.values().stream()
                .filter(draft -> draft.appId().equals(appId)).toList());
        Collections.reverse(drafts);
        return drafts;
    }

    public void clear() {
        synchronized (this) {
            byMediaId.clear();
        }
        changed.fire(StateChanged.DRAFTS);
    }

    /** Every draft, oldest first, for the state directory. */
    public synchronized List<Draft> snapshot() {
        return List.copyOf(byMediaId.values());
    }

    /** Keeps the drafts the state directory held before a restart, oldest first. */
    public synchronized void restore(List<Draft> drafts) {
        drafts.forEach(draft -> byMediaId.put(draft.mediaId(), draft));
    }
}
