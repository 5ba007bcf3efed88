package io.herald.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;

/** What catalog-service, render-service and wechat-service answer the console in the tests, as WireMock stubs. */
public final class ServiceStubs {

    public static final String HEADLINE = "2026中关村论坛年会集中发布21项重大科技成果";
    public static final String RUNNING_REBUILD = "{\"state\":\"running\",\"groupId\":\"catalog-rebuild-1\","
            + "\"startedAt\":\"2026-04-06T08:00:00Z\",\"records\":120,\"current\":100,\"history\":15,\"duplicates\":5,"
            + "\"failed\":0,\"failures\":[],\"partitions\":[{\"partition\":0,\"position\":120,\"endOffset\":400}]}";
    private static final String ACCOUNTS = "[{\"account\":\"demo\",\"appId\":\"wx0000000000demo0\",\"policy\":\"publish\","
            + "\"token\":{\"held\":true,\"refreshAt\":\"2026-04-06T10:00:00Z\"},"
            + "\"pause\":{\"reason\":\"daily quota spent until 2026-04-06T16:00:00Z (errcode 45009)\","
            + "\"pausedAt\":\"2026-04-06T09:00:00Z\",\"pausedUntil\":\"2026-04-06T16:00:00Z\"},"
            + "\"articles\":{\"paused\":3,\"published\":40},\"lastErrors\":[{\"articleId\":\"demo:1\",\"state\":\"paused\","
            + "\"revision\":2,\"lastError\":\"account demo is paused\",\"updatedAt\":\"2026-04-06T09:00:00Z\"}]}]";

    private ServiceStubs() {
    }

    /**
     * An article of two revisions (event ids {@code first} and {@code second}) that the catalog recorded a second
     * after each was written, the second current and visible; render's draft of it; published on WeChat account demo.
     */
    public static void article(WireMockServer services, String article, String first, String second,
            Instant acknowledged, Instant revised) {
        services.stubFor(get(urlPathEqualTo(WireMockServices.CATALOG + "/articles/" + article + "/revisions"))
                .willReturn(okJson("{\"articleId\":\"" + article + "\",\"revisions\":["
                        + "{\"revision\":1,\"eventId\":\"" + first + "\",\"pubStatus\":\"USABLE\",\"versionCreated\":\""
                        + acknowledged + "\",\"recordedAt\":\"" + acknowledged.plusSeconds(1) + "\"},"
                        + "{\"revision\":2,\"eventId\":\"" + second + "\",\"pubStatus\":\"USABLE\",\"versionCreated\":\""
                        + revised + "\",\"recordedAt\":\"" + revised.plusSeconds(1) + "\"}]}")));
        services.stubFor(get(urlPathEqualTo(WireMockServices.CATALOG + "/articles/" + article))
                .willReturn(okJson("{\"articleId\":\"" + article + "\",\"revision\":2,\"headline\":\"" + HEADLINE
                        + "\",\"pubStatus\":\"usable\"}")));
        services.stubFor(get(urlPathEqualTo(WireMockServices.RENDER + "/wechat/articles/" + article))
                .willReturn(okJson("{\"articleId\":\"" + article + "\",\"revision\":2,\"status\":\"published\","
                        + "\"title\":\"中关村论坛年会发布21项重大科技成果\",\"publishable\":true,\"problems\":[]}")));
        services.stubFor(get(urlPathEqualTo(WireMockServices.WECHAT + "/wechat/articles/" + article))
                .willReturn(okJson("{\"articleId\":\"" + article + "\",\"accounts\":[{\"account\":\"demo\","
                        + "\"state\":\"published\",\"revision\":2,\"status\":\"published\",\"attempts\":0,"
                        + "\"articleUrl\":\"https://mp.weixin.qq.com/s/demo\"}]}")));
    }

    /** A rebuild running, no re-render run yet, account demo paused by its daily quota. */
    public static void operations(WireMockServer services) {
        services.stubFor(get(urlPathEqualTo(WireMockServices.CATALOG + "/admin/rebuild")).willReturn(okJson(
                RUNNING_REBUILD)));
        services.stubFor(get(urlPathEqualTo(WireMockServices.RENDER + "/admin/rerender")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"detail\":\"no re-render has run on this instance\"}")));
        services.stubFor(get(urlPathEqualTo(WireMockServices.WECHAT + "/wechat/accounts")).willReturn(okJson(
                ACCOUNTS)));
    }
}
