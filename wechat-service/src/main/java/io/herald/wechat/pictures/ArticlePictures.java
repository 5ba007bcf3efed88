package io.herald.wechat.pictures;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.herald.wechat.api.WechatApi;

/**
 * Puts an article's pictures on WeChat: each upload placeholder of the content (render's dashed box with a {@code
 * data-herald-upload} address) becomes the picture uploaded with {@code media/uploadimg}; a placeholder without an
 * address has nothing to upload and is left out. The cover becomes permanent material.
 */
@ApplicationScoped
public class ArticlePictures {

    /** The attribute by which render marks an upload placeholder, holding the image's address. */
    static final String UPLOAD_ATTRIBUTE = "data-herald-upload";
    private static final String PICTURE_PARAGRAPH_STYLE = "margin:0 0 8px;text-align:center;";

    private final PictureFetcher fetcher;
    private final WechatApi api;

    ArticlePictures(PictureFetcher fetcher, WechatApi api) {
        this.fetcher = fetcher;
        this.api = api;
    }

    /** The content with every placeholder replaced by its picture on WeChat's hosts. */
    public String uploadBodyPictures(String account, String content) {
        Document document = Jsoup.parseBodyFragment(content);
        document.outputSettings().prettyPrint(false);
        int index = 0;
        for (Element placeholder : document.select("[" + UPLOAD_ATTRIBUTE + "]")) {
            String address = placeholder.attr(UPLOAD_ATTRIBUTE);
            String url = api.uploadImage(account, ImageFitting.fit(fetcher.fetch(address), "picture-" + ++index));
            Element paragraph = new Element("p").attr("style", PICTURE_PARAGRAPH_STYLE);
            paragraph.appendElement("img").attr("src", url).attr("style", "max-width:100%;");
            placeholder.replaceWith(paragraph);
        }
        document.select("p:containsOwn(待上传图片)").remove();
        return document.body().html();
    }

    /** Uploads the picture at {@code address} as the cover; returns its permanent media id. */
    public String uploadCover(String account, String address) {
        return api.addCoverImage(account, ImageFitting.fit(fetcher.fetch(address), "cover"));
    }
}
