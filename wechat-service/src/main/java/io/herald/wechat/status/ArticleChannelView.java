package io.herald.wechat.status;

import java.util.List;

/** An article on the WeChat channel: its state on each account. */
public record ArticleChannelView(String articleId, List<AccountDeliveryView> accounts) {
}
