package io.herald.wechat.sandbox.media;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.herald.wechat.sandbox.SandboxConfig;
import io.herald.wechat.sandbox.StateChanged;

/**
 * The images uploaded with {@code media/uploadimg} and {@code material/add_material}, in memory (and in the state
 * directory when there is one), each served at {@code <public-base-url>/mmbiz_img/<id>}.
 */
@ApplicationScoped
public class MediaStore {

    static final String IMAGE_PATH = "/mmbiz_img/";

    private final String imageUrlPrefix;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, StoredImage> byId = new ConcurrentHashMap<>();
    private final Map<String, StoredImage> byMediaId = new ConcurrentHashMap<>();
    private final Event<StateChanged> changed;

    MediaStore(SandboxConfig config, Event<StateChanged> changed) {
        this.imageUrlPrefix = config.publicBaseUrl().replaceAll("/+$", "") + IMAGE_PATH;
        this.changed = changed;
    }

    /** Keeps a body image ({@code uploadimg}); its URL may appear in article content. */
    public StoredImage addBodyImage(String appId, ImageFormat format, byte[] bytes) {
        StoredImage image = new StoredImage(newId(16), appId, null, format, bytes);
        keep(image);
        changed.fire(StateChanged.MEDIA);
        return image;
    }

    /** Keeps a permanent image ({@code add_material}), e.g. a cover, under a new media id. */
    public StoredImage addMaterial(String appId, ImageFormat format, byte[] bytes) {
        StoredImage image = new StoredImage(newId(16), appId, newId(24), format, bytes);
        keep(image);
        changed.fire(StateChanged.MEDIA);
        return image;
    }

    public Optional<StoredImage> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The account's permanent image with this media id. */
    public Optional<StoredImage> material(String appId, String mediaId) {
        return Optional.ofNullable(mediaId == null ? null : byMediaId.get(mediaId))
                .filter(image -> image.appId().equals(appId));
    }

    public String url(StoredImage image) {
        return imageUrlPrefix + image.id();
    }

    /** The image of the account an address points to, when it is one of this sandbox's image URLs. */
    public Optional<StoredImage> byUrl(String appId, String url) {
        if (url == null || !url.startsWith(imageUrlPrefix)) {
            return Optional.empty();
        }
        return byId(url.substring(imageUrlPrefix.length())).filter(image -> image.appId().equals(appId));
    }

    public void clear() {
        byId.clear();
        byMediaId.clear();
        changed.fire(StateChanged.MEDIA);
    }

    /** Every image kept, for the state directory. */
    public List<StoredImage> snapshot() {
        return List.copyOf(byId.values());
    }

    /** Keeps the images the state directory held before a restart. */
    public void restore(Collection<StoredImage> images) {
        images.forEach(this::keep);
    }

    private void keep(StoredImage image) {
        byId.put(image.id(), image);
        if (image.material()) {
            byMediaId.put(image.mediaId(), image);
        }
    }

    private String newId(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
