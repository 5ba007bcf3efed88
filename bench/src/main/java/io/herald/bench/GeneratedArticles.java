package io.herald.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.PubStatus;
import io.herald.events.Publication;
import io.herald.events.Source;

/**
 * Chinese newspaper articles made up from {@code bench-vocabulary.txt} (10,000 real words drawn with a Zipf distribution,
 * so some words are common and most are rare, as in real text), each about 2 KB as event JSON. An article
 * depends only on the run id and its number, so a baseline can write exactly the rows the service writes.
 */
final class GeneratedArticles {

    static final String SOURCE = "bench";
    static final List<String> SECTIONS = List.of("要闻", "产业", "科技", "区域", "金融", "国际", "观察", "人物");
    static final List<String> PUBLICATIONS = List.of("中国高新技术产业导报", "科技日报", "经济参考报");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚雯甲";
    private static final int PARAGRAPHS = 6;
    private static final int WORDS_PER_PARAGRAPH = 36;

    private final String[] words;
    private final double[] cumulative;
    private final Random queryWords = new Random(1);
    private final String runId;

    GeneratedArticles(String runId) {
        this.runId = runId;
        this.words = vocabulary();
        this.cumulative = zipf(words.length);
    }

    /** The {@code number}th article of this run (article id {@code bench:<run>-<number>}). */
    ArticleSubmitted article(int number) {
        Random random = new Random(runId.hashCode() * 1_000_003L + number);
        LocalDate issueDate = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(60));
        int page = 1 + random.nextInt(16);
        Instant created = issueDate.atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant()
                .plus(random.nextInt(24 * 60), ChronoUnit.MINUTES);
        List<BodyBlock> body = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            body.add(BodyBlock.paragraph(sentence(random, WORDS_PER_PARAGRAPH) + "。"));
        }
        List<Contributor> byline = new ArrayList<>();
        byline.add(new Contributor(name(random), Contributor.Role.REPORTER));
        if (random.nextBoolean()) {
            byline.add(new Contributor(name(random), Contributor.Role.CORRESPONDENT));
        }
        String sourceId = runId + "-" + number;
        return new ArticleSubmitted(SOURCE + ":" + sourceId, 1, PubStatus.USABLE, "zh-CN",
                new Publication(pick(random, PUBLICATIONS), null, issueDate, 1 + random.nextInt(52), 2600 + random.nextInt(100), 16,
                        null, null),
                String.format("%02d版", page), pick(random, SECTIONS), sentence(random, 6 + random.nextInt(6)), null, null, "本报讯", byline,
                body, List.of(), List.of(), List.of(), created, created, null, new Source(SOURCE, sourceId));
    }

    /** Articles {@code first} to {@code first + count - 1}. */
    List<ArticleSubmitted> articles(int first, int count) {
        List<ArticleSubmitted> articles = new ArrayList<>(count);
        for (int number = first; number < first + count; number++) {
            articles.add(article(number));
        }
        return articles;
    }

    /** A query word: drawn like the articles' words, so common words are queried more often. */
    String word() {
        return words[draw(queryWords)];
    }

    private String sentence(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(words[draw(random)]);
            if (i % 9 == 8 && i < count - 1) {
                text.append('，');
            }
        }
        return text.toString();
    }

    private static String name(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private int draw(Random random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(words.length - 1, index >= 0 ? index : -index - 1);
    }

    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }

    private static String[] vocabulary() {
        try (InputStream in = GeneratedArticles.class.getResourceAsStream("/bench-vocabulary.txt")) {
            return new String(in.readAllBytes(), UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .filter(word -> !word.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
