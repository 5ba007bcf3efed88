/**
 * wechat-sandbox: a local stand-in for WeChat's official-account (公众号) API, as WeChat documents it. State lives in
 * memory; with a data directory ({@code herald.wechat-sandbox.data-dir}, package {@code state}) images, drafts,
 * publishing jobs and daily call counts survive a restart too. Access tokens and switches never do.
 *
 * <p>WeChat's endpoints, all under {@code /cgi-bin} and answering HTTP 200 even for errors ({@code {errcode,
 * errmsg}}): {@code stable_token}, {@code media/uploadimg} (text/plain, as WeChat), {@code material/add_material},
 * {@code draft/add|update|delete|get|batchget|count}, {@code freepublish/submit|get|delete|getarticle|batchget}. An
 * unknown (deleted, published or forgotten) draft is 40007 for update, delete, get and submit. A finished publishing
 * job is pushed as a signed PUBLISHJOBFINISH XML event when a callback URL is set.
 *
 * <p>Operator switches under {@code /sandbox} (plain HTTP status codes, RFC 9457 problems for bad input; no errcodes):
 * <ul>
 * <li>{@code POST /sandbox/faults/busy {"calls":N}}: the next N WeChat calls answer -1 (system busy);</li>
 * <li>{@code POST /sandbox/faults/expire-tokens}: every token issued so far is expired (42001 on its next use);</li>
 * <li>{@code POST /sandbox/faults/quota {"reached":true|false}}: draft/add and freepublish/submit answer 45009;</li>
 * <li>{@code POST /sandbox/faults/review-rejection {"publishStatus":2|3|4}} (or {@code DELETE}): publishing jobs
 * submitted from now on end in that failure status with fail_idx [1..n];</li>
 * <li>{@code POST /sandbox/faults/reset}: all switches off; {@code GET /sandbox/faults}: the switches;</li>
 * <li>{@code POST /sandbox/articles/{article_id}/ban}: the system bans a published article (publish_status 6);</li>
 * <li>{@code POST /sandbox/callback {"url":...}}: where PUBLISHJOBFINISH events go ({@code null}: nowhere);</li>
 * <li>{@code POST /sandbox/reset}: forgets all state (also in the data directory), tokens and switches.</li>
 * </ul>
 *
 * <p>Pages: {@code GET /} lists each account's drafts and published articles at phone width; {@code GET
 * /articles/{article_id}} and {@code GET /drafts/{media_id}} show an article as a reader would see it.
 *
 * <p>Packages by concern: {@code api} (errcodes, JSON, the access-token guard), {@code token}, {@code media},
 * {@code draft}, {@code publish}, {@code fault}, {@code page}, {@code state} (the data directory; stores announce
 * each change with {@link io.herald.wechat.sandbox.StateChanged}).
 */
package io.herald.wechat.sandbox;
