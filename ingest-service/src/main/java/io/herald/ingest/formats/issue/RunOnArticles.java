package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.ingest.formats.issue.ParsedPage.DroppedLine;

/**
 * Archives that print a whole article on one line ({@code 第1版(要闻)专栏: 引题 主题 副题 新华社北京4月8日电 正文 正文…},
 * parts and paragraphs separated by spaces) are read as a page printed line by line: the page label (where the
 * article starts), the headline decks as headings, then one line per paragraph (a paragraph ends where a part ends
 * its sentence). The decks are the parts before the dateline, or, without one, before the first sentence.
 * <p>
 * Such archives list the page's articles before each ({@code 1. 国务院办公厅发出公告 今年夏时制从4月12日开始}); that
 * index names the 主题 last, so where it names only some of the decks, the last it names is the 主题: it is made
 * the bigger heading, the decks before it 引题, those after it 副题 ({@link Headlines}).
 */
final class RunOnArticles {

    private static final Pattern RUN_ON = Pattern.compile(
            "^(第\\s*[A-Z]?\\d{1,3}\\s*版\\s*[(（][^()（）]{0,20}[)）])\\s*(专栏\\s*[:：]\\S{0,8})\\s+(\\S.*)$");
    private static final Pattern PHOTO_MARKER = Pattern.compile("\\s*([（(]附图片[)）])\\s*");
    private static final String INDEX = "the site's index of the page's articles";

    private RunOnArticles() {
    }

    /** {@code lines} with every run-on article printed line by line; the lines left out are added to {@code dropped}. */
    static List<PageLine> expand(List<PageLine> lines, List<DroppedLine> dropped) {
        List<PageLine> expanded = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            Matcher runOn = RUN_ON.matcher(line.text());
            boolean indexEntry = line.listItem() && i + 1 < lines.size()
                    && RUN_ON.matcher(lines.get(i + 1).text()).matches();
            if (indexEntry) {
                dropped.add(new DroppedLine(line.text(), INDEX));
            } else if (runOn.matches()) {
                expanded.add(new PageLine(runOn.group(1), 0, false));
                dropped.add(new DroppedLine(runOn.group(2), "column label"));
                PageLine previous = i > 0 ? lines.get(i - 1) : null;
                String index = previous != null && previous.listItem() ? previous.text() : null;
                expand(PHOTO_MARKER.matcher(runOn.group(3)).replaceAll(" $1 ").strip().split(" +"), index, expanded);
            } else {
                expanded.add(line);
            }
        }
        return expanded;
    }

    private static void expand(String[] parts, String index, List<PageLine> into) {
        int dateline = -1;
        for (int i = 0; i < parts.length && dateline < 0; i++) {
            dateline = Datelines.read(parts[i]) != null ? i : -1;
        }
        int body = 0;
        while (body < parts.length && body != dateline && !Sentences.endsSentence(parts[body])
                && !PhotoCaptions.isPhotoMarker(parts[body])) {
            body++;
        }
        List<String> decks = List.of(parts).subList(0, body);
        int main = mainDeck(decks, index);
        for (int i = 0; i < decks.size(); i++) {
            into.add(new PageLine(decks.get(i), main < 0 || i == main ? 2 : 3, false));
        }
        StringBuilder paragraph = new StringBuilder();
        for (String part : List.of(parts).subList(body, parts.length)) {
            if (PhotoCaptions.isPhotoMarker(part)) {
                flush(paragraph, into);
                into.add(new PageLine(part, 0, false));
                continue;
            }
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(part);
            if (Sentences.endsSentence(part)) {
                flush(paragraph, into);
            }
        }
        flush(paragraph, into);
    }

    /** The deck the index names last, where it names some of the decks but not all; else -1. */
    private static int mainDeck(List<String> decks, String index) {
        if (index == null) {
            return -1;
        }
        String named = index.replace(" ", "");
        for (int first = 0; first < decks.size(); first++) {
            StringBuilder joined = new StringBuilder();
            for (int last = first; last < decks.size(); last++) {
                joined.append(decks.get(last));
                boolean all = first == 0 && last == decks.size() - 1;
                if (joined.toString().equals(named)) {
                    return all ? -1 : last;
                }
            }
        }
        return -1;
    }

    private static void flush(StringBuilder paragraph, List<PageLine> into) {
        if (!paragraph.isEmpty()) {
            into.add(new PageLine(paragraph.toString(), 0, false));
            paragraph.setLength(0);
        }
    }
}
