package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.herald.ingest.article.ArticleIds;
import io.herald.ingest.article.ArticleRequest;
import io.herald.service.problem.FieldError;
import io.herald.service.problem.ProblemException;

/**
 * Refuses a page whose items would be published under one article id, before any of them is: the catalog
 * would keep only one of them while the answer listed both.
 */
public final class DistinctItemIds {

    private DistinctItemIds() {
    }

    /**
     * @param source the source the items are published as
     * @param items  the page's items in page order
     * @return each item's article id, in page order
     * @throws DuplicateItemIdException naming every pair of items ({@code items[i]}) that share an id
     */
    public static List<String> require(String source, List<ArticleRequest> items) {
        Map<String, Integer> firstWithId = new HashMap<>();
        List<String> articleIds = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String articleId = ArticleIds.articleId(source, items.get(i).sourceId());
            articleIds.add(articleId);
            Integer first = firstWithId.putIfAbsent(articleId, i);
            if (first != null) {
                String firstItem = "items[" + first + "] (" + items.get(first).headline() + ")";
                errors.add(new FieldError("items[" + i + "]", "has the article id " + articleId + " of " + firstItem));
                pairs.add(firstItem + " and items[" + i + "] (" + items.get(i).headline() + ") as " + articleId);
            }
        }
        if (!errors.isEmpty()) {
            throw new DuplicateItemIdException("The page would publish two items under one id: " + String.join("; ",
                    pairs) + ". Nothing was published.", errors);
        }
        return articleIds;
    }

    /** Two items of a page would be published under one article id: a 422 {@code duplicate-item-id} problem naming both. */
    public static final class DuplicateItemIdException extends ProblemException {

        DuplicateItemIdException(String message, List<FieldError> errors) {
            super("duplicate-item-id", "Two items under one id", 422, message, errors);
        }
    }
}
