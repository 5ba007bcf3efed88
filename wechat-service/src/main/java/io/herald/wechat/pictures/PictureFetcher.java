package io.herald.wechat.pictures;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.config.WechatConfig;

/** Fetches a picture from its http(s) address, at most {@code herald.wechat.pictures.max-fetch-bytes}. */
@ApplicationScoped
public class PictureFetcher {

    private final HttpClient client;
    private final WechatConfig.Pictures config;

    PictureFetcher(WechatConfig config) {
        this.config = config.pictures();
        this.client = HttpClient.newBuilder().connectTimeout(this.config.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * @throws PictureUnavailableException if the address does not answer with the picture (worth trying again)
     * @throws UnreadableImageException    if the address is no http(s) address or the picture is too large
     */
    public byte[] fetch(String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new UnreadableImageException("not an address: " + address);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new UnreadableImageException("not an http(s) address: " + address);
        }
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri)
                    .timeout(config.fetchTimeout()).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new PictureUnavailableException(address + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxFetchBytes() + 1));
                if (bytes.length > config.maxFetchBytes()) {
                    throw new UnreadableImageException(address + " is larger than " + config.maxFetchBytes() + " bytes");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new PictureUnavailableException(address + " cannot be fetched: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PictureUnavailableException(address + " was not fetched: interrupted");
        }
    }
}
