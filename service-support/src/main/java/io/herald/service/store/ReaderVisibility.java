package io.herald.service.store;

import io.herald.events.PubStatus;

/**
 * Which current articles readers may see, in every service that shows them: usable (a killed article is gone for
 * good, a withheld one hidden until a later revision) and past any embargo. The embargo is compared with the
 * database's clock when the query runs, so an article appears when its embargo passes without any job running.
 * The rule is written for a table or entity with a text {@code pub_status} ({@code pubStatus}) and a
 * {@code embargo_until} timestamp ({@code embargoUntil}).
 */
public final class ReaderVisibility {

    private ReaderVisibility() {
    }

    /** The SQL condition on the table aliased {@code alias}, e.g. {@code a}, that holds for visible rows. */
    public static String sql(String alias) {
        return condition(alias + ".pub_status", alias + ".embargo_until");
    }

    /** The same condition in HQL, on an entity's {@code pubStatus} and {@code embargoUntil}. */
    public static String hql() {
        return condition("pubStatus", "embargoUntil");
    }

    private static String condition(String pubStatus, String embargoUntil) {
        return pubStatus + " = '" + PubStatus.USABLE.name() + "' and (" + embargoUntil + " is null or " + embargoUntil
                + " <= current_timestamp)";
    }
}
