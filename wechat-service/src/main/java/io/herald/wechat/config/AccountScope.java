package io.herald.wechat.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.herald.events.ArticleRendered.Origin;

/**
 * Which articles an official account takes, by where they come from ({@link WechatConfig.Account#publications()},
 * {@link WechatConfig.Account#sources()}, {@link WechatConfig.Account#sections()}). An account without any of them
 * takes every article. Otherwise it takes an article only when each configured one names the article's
 * publication, source or section; an article that does not say it (no origin, or an origin without that part)
 * never matches a configured one.
 */
public final class AccountScope {

    private final List<Dimension> dimensions;

    private AccountScope(List<Dimension> dimensions) {
        this.dimensions = dimensions;
    }

    /** The scope of the account named {@code name}. */
    public static AccountScope of(String name, WechatConfig.Account account) {
        return new AccountScope(Stream.of(
                Dimension.of(name, "publication", "publications", account.publications(), Origin::publication),
                Dimension.of(name, "source", "sources", account.sources(), Origin::source),
                Dimension.of(name, "section", "sections", account.sections(), Origin::section))
                .flatMap(Optional::stream).toList());
    }

    /**
     * Why the account does not take an article from {@code origin}, e.g. "section 国际 is not one of account
     * frontpage's sections [要闻]"; empty when it takes it.
     */
    public Optional<String> refusal(Origin origin) {
        return dimensions.stream().map(dimension -> dimension.refusal(origin)).flatMap(Optional::stream).findFirst();
    }

    /** One configured dimension: the values the account takes and the part of the origin compared with them. */
    private record Dimension(String account, String singular, String plural, Set<String> values,
            Function<Origin, String> part) {

        /** Empty when the dimension is not configured (unset, or only blank values): it takes everything. */
        static Optional<Dimension> of(String account, String singular, String plural,
                Optional<Set<String>> configured, Function<Origin, String> part) {
            Set<String> values = configured.orElse(Set.of()).stream().map(String::strip)
                    .filter(value -> !value.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
            return values.isEmpty() ? Optional.empty()
                    : Optional.of(new Dimension(account, singular, plural, values, part));
        }

        Optional<String> refusal(Origin origin) {
            String value = origin == null ? null : part.apply(origin);
            if (value == null) {
                return Optional.of("the article does not say its " + singular + "; account " + account
                        + " takes only " + plural + " " + values);
            }
            return values.contains(value) ? Optional.empty() : Optional.of(singular + " " + value
                    + " is not one of account " + account + "'s " + plural + " " + values);
        }
    }
}
