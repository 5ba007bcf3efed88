package io.herald.wechat.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.herald.events.ArticleRendered.Origin;
import io.herald.wechat.TestWechatConfig;

class AccountScopeTest {

    private static final Origin FRONT_PAGE = new Origin("中国高新技术产业导报", "superdesk", "要闻");

    @Test
    void accountWithoutFiltersTakesEveryArticleEvenOneThatDoesNotSayWhereItComesFrom() {
        AccountScope scope = scope(Map.of());

        assertEquals(Optional.empty(), scope.refusal(FRONT_PAGE));
        assertEquals(Optional.empty(), scope.refusal(new Origin(null, null, null)));
        assertEquals(Optional.empty(), scope.refusal(null));
    }

    @Test
    void accountTakesTheSectionsItListsAndNoOther() {
        AccountScope scope = scope(Map.of("herald.wechat.accounts.newsroom.sections", "要闻, 国际"));

        assertEquals(Optional.empty(), scope.refusal(FRONT_PAGE));
        assertEquals(Optional.empty(), scope.refusal(new Origin(null, null, "国际")), "listed after a space");
        assertEquals(Optional.of("section 经济 is not one of account newsroom's sections [国际, 要闻]"),
                scope.refusal(new Origin("中国高新技术产业导报", "superdesk", "经济")));
    }

    @Test
    void articleThatDoesNotSayItsSectionIsNotTakenByAnAccountOfSomeSections() {
        AccountScope scope = scope(Map.of("herald.wechat.accounts.newsroom.sections", "要闻"));

        Optional<String> refusal = Optional.of("the article does not say its section; account newsroom takes only"
                + " sections [要闻]");
        assertEquals(refusal, scope.refusal(new Origin("中国高新技术产业导报", "superdesk", null)));
        assertEquals(refusal, scope.refusal(null), "an event written before origin existed");
    }

    @Test
    void everyConfiguredDimensionMustMatch() {
        AccountScope scope = scope(Map.of(
                "herald.wechat.accounts.newsroom.publications", "中国高新技术产业导报",
                "herald.wechat.accounts.newsroom.sources", "superdesk,demo",
                "herald.wechat.accounts.newsroom.sections", "要闻"));

        assertEquals(Optional.empty(), scope.refusal(FRONT_PAGE));
        assertEquals(Optional.empty(), scope.refusal(new Origin("中国高新技术产业导报", "demo", "要闻")));
        assertEquals(Optional.of("publication 科技日报 is not one of account newsroom's publications [中国高新技术产业导报]"),
                scope.refusal(new Origin("科技日报", "superdesk", "要闻")));
        assertEquals(Optional.of("source ninjs is not one of account newsroom's sources [demo, superdesk]"),
                scope.refusal(new Origin("中国高新技术产业导报", "ninjs", "要闻")));
        assertEquals(Optional.of("section 国际 is not one of account newsroom's sections [要闻]"),
                scope.refusal(new Origin("中国高新技术产业导报", "superdesk", "国际")));
    }

    @Test
    void accountsScopeComesFromEnvironmentVariables() {
        WechatConfig config = TestWechatConfig.fromEnvironment(Map.of(
                "HERALD_WECHAT_ACCOUNTS_FRONTPAGE_APP_ID", "wx-frontpage",
                "HERALD_WECHAT_ACCOUNTS_FRONTPAGE_APP_SECRET", "secret",
                "HERALD_WECHAT_ACCOUNTS_FRONTPAGE_PUBLICATIONS", "中国高新技术产业导报",
                "HERALD_WECHAT_ACCOUNTS_FRONTPAGE_SECTIONS", "要闻,国际"));
        AccountScope scope = AccountScope.of("frontpage", config.account("frontpage").orElseThrow());

        assertEquals(Optional.empty(), scope.refusal(FRONT_PAGE));
        assertEquals(Optional.of("section 经济 is not one of account frontpage's sections [国际, 要闻]"),
                scope.refusal(new Origin("中国高新技术产业导报", "demo", "经济")));
    }

    private static AccountScope scope(Map<String, String> settings) {
        WechatConfig config = TestWechatConfig.pointingAt("http://wechat.example.test", settings);
        return AccountScope.of("newsroom", config.account("newsroom").orElseThrow());
    }
}
