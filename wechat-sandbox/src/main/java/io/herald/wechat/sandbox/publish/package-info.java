/**
 * Publishing: {@code freepublish/submit|get|delete|getarticle}, jobs that settle after a configurable time, and the
 * signed PUBLISHJOBFINISH push. Uses {@code api}, {@code token}, {@code draft} and {@code fault}.
 */
package io.herald.wechat.sandbox.publish;
