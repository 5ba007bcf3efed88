/**
 * The newspaper-page importer behind {@code POST /issues}: plain Java, one class per concern.
 * <ol>
 * <li>{@link io.herald.ingest.formats.issue.PageLines}: lines, Markdown markup taken off (headings keep their level).</li>
 * <li>{@link io.herald.ingest.formats.issue.MastheadReader}: paper name (first line), English name, 主管/主办,
 * CN, 邮发代号, date, 星期, 第N期, 总第N期, 今日N版 and a printed page label. A page without a masthead (as copied
 * from a digital edition or an archive) takes the paper, the date and the page from the request
 * ({@link io.herald.ingest.formats.issue.RequestedIssue}); where both are given and disagree, the masthead wins
 * and the page gets a warning ({@link io.herald.ingest.formats.issue.IssueFacts}).</li>
 * <li>Archive layouts are brought to lines: an article printed on one line is printed line by line
 * ({@link io.herald.ingest.formats.issue.RunOnArticles}), paragraphs sharing a line get one each
 * ({@link io.herald.ingest.formats.issue.ParagraphSplitter}), a headline printed twice is kept once
 * ({@link io.herald.ingest.formats.issue.RepeatedHeadlines}).</li>
 * <li>{@link io.herald.ingest.formats.issue.TocReader} (本期导读/今日导读/要目 + {@code title NN版} lines),
 * {@link io.herald.ingest.formats.issue.FooterNoise} (accounts, sites, URLs, imprint, editors) and
 * {@link io.herald.ingest.formats.issue.PageFurniture} (page labels, 专栏, lists of pages, navigation, the site's
 * date line, 稿件来源, edition notes, legal notices) come out first, each dropped line with its reason.</li>
 * <li>{@link io.herald.ingest.formats.issue.ParagraphJoiner}: running text cut before its sentence ended
 * (no 。！？…”」 at the end, and a comma inside or longer than any headline) is joined with the running
 * text that follows; headings, list items, captions, credits, bylines and datelines are never joined.</li>
 * <li>{@link io.herald.ingest.formats.issue.PageSegmenter}: page labels and headline groups ({@link
 * io.herald.ingest.formats.issue.Headlines}: 引题, 主题, 副题) open articles; the first paragraph gives the dateline
 * ({@link io.herald.ingest.formats.issue.Datelines}), a byline line or bracket gives people ({@link
 * io.herald.ingest.formats.issue.Bylines}); a sign-off ({@link io.herald.ingest.formats.issue.SignOffs})
 * closes an article. A caption ({@link io.herald.ingest.formats.issue.PhotoCaptions}) inside an open article
 * is its image; after a closed article it makes a photo item whose text is the running text printed between
 * the two, as 图片新闻 are printed (on the reference page: the 奋楫号 paragraph).</li>
 * </ol>
 * {@link io.herald.ingest.formats.issue.IssueArticleRequests} turns every item into the request
 * {@code POST /articles} would take, with a stable source id of its own (date, page, position on the page, a key
 * of the paper), so a page posted again yields the same article and event ids; {@link
 * io.herald.ingest.formats.issue.DistinctItemIds} refuses a page two of whose items would share one. What the
 * page is answered with is in {@link io.herald.ingest.formats.issue.report}.
 */
package io.herald.ingest.formats.issue;
