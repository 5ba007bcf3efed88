/**
 * What every WeChat endpoint shares: the errcodes ({@link io.herald.wechat.sandbox.api.WechatError}), answered with
 * HTTP 200 as WeChat does, and request bodies read as WeChat reads them (47001 when they are not JSON). Depends on
 * nothing else of the sandbox.
 */
package io.herald.wechat.sandbox.api;
