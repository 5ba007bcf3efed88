package io.herald.wechat.pictures;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.herald.wechat.api.Picture;
import io.herald.wechat.api.WechatApi;
import io.herald.wechat.store.UploadedPicture.Kind;
import io.herald.wechat.store.UploadedPictureRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Puts an article's pictures on WeChat: each upload placeholder of the content (render's dashed box with a {@code
 * data-herald-upload} address) becomes the picture uploaded with {@code media/uploadimg}; a placeholder without an
 * address has nothing to upload and is left out. The cover becomes permanent material. Every picture is fetched and
 * fitted each time, and uploaded only if the account has not had the same bytes before (by SHA-256), so that
 * retries, revisions and other articles with the same picture spend no upload quota and no permanent material,
 * also while several delivery workers carry it at once ({@link UploadLocks}); a changed picture at the same address
 * is uploaded anew.
 */
@ApplicationScoped
public class ArticlePictures {

    /** The attribute by which render marks an upload placeholder, holding the image's address. */
    static final String UPLOAD_ATTRIBUTE = "data-herald-upload";
    private static final String PICTURE_PARAGRAPH_STYLE = "margin:0 0 8px;text-align:center;";

    private final PictureFetcher fetcher;
    private final WechatApi api;
    private final UploadedPictureRepository uploaded;
    private final UploadLocks locks = new UploadLocks();

    ArticlePictures(PictureFetcher fetcher, WechatApi api, UploadedPictureRepository uploaded) {
        this.fetcher = fetcher;
        this.api = api;
        this.uploaded = uploaded;
    }

    /** The content with every placeholder replaced by its picture on WeChat's hosts. */
    public String uploadBodyPictures(String account, String content) {
        Document document = Jsoup.parseBodyFragment(content);
        document.outputSettings().prettyPrint(false);
        int index = 0;
        for (Element placeholder : document.select("[" + UPLOAD_ATTRIBUTE + "]")) {
            Picture picture = ImageFitting.fit(fetcher.fetch(placeholder.attr(UPLOAD_ATTRIBUTE)), "picture-" + ++index);
            String url = once(account, Kind.BODY, picture, fitted -> api.uploadImage(account, fitted));
            Element paragraph = new Element("p").attr("style", PICTURE_PARAGRAPH_STYLE);
            paragraph.appendElement("img").attr("src", url).attr("style", "max-width:100%;");
            placeholder.replaceWith(paragraph);
        }
        document.select("p:containsOwn(待上传图片)").remove();
        return document.body().html();
    }

    /** The picture at {@code address} as the account's cover: its permanent media id. */
    public String uploadCover(String account, String address) {
        Picture picture = ImageFitting.fit(fetcher.fetch(address), "cover");
        return once(account, Kind.COVER, picture, fitted -> api.addCoverImage(account, fitted));
    }

    /** Forgets a cover WeChat no longer has (deleted from the account's materials): it is uploaded again. */
    public void forgetCover(String account, String mediaId) {
        QuarkusTransaction.requiringNew().run(() -> uploaded.forget(account, Kind.COVER, mediaId));
    }

    private String once(String account, Kind kind, Picture picture, Function<Picture, String> upload) {
        String sha256 = sha256(picture.content());
        return locks.holding(account, kind, sha256, () -> {
            Optional<String> before = QuarkusTransaction.requiringNew()
                    .call(() -> uploaded.uploadedAs(account, kind, sha256));
            if (before.isPresent()) {
                return before.get();
            }
            String answer = upload.apply(picture);
            if (!answer.isBlank()) {
                QuarkusTransaction.requiringNew().run(() -> uploaded.remember(account, kind, sha256, answer));
            }
            return answer;
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
