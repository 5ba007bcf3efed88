package io.herald.render.wechat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.herald.render.wechat.ContentView.Footnote;

/** Numbers the addresses an article cites, 1, 2, … in order of first appearance; a repeated address keeps its number. */
final class Footnotes {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    int number(String url) {
        return numbers.computeIfAbsent(url, added -> numbers.size() + 1);
    }

    /** The 参考资料 list, in number order. */
    List<Footnote> list() {
        return numbers.entrySet().stream().map(entry -> new Footnote(entry.getValue(), entry.getKey())).toList();
    }
}
