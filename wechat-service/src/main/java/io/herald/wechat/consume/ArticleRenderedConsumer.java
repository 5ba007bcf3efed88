package io.herald.wechat.consume;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.herald.events.ArticleRendered;
import io.herald.events.CloudEvent;
import io.herald.events.DatabaseRetry;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.InvalidEventException;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.DeliveryRepository;
import io.herald.wechat.store.ProcessedEventRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Records each {@code articles.rendered} event as the wanted state of its article on every configured account, in
 * one transaction with the event's id in the processed-event ledger: an event delivered twice changes nothing, an
 * older revision after a newer one changes nothing. The record's offset is committed after the transaction; the
 * WeChat calls happen afterwards ({@link io.herald.wechat.delivery.DeliveryWorker}), so a slow or failing WeChat
 * never holds back the topic. A record that breaks the event contract is logged with its partition and offset and
 * skipped; while the database does not answer, the record waits and is applied again.
 */
@ApplicationScoped
public class ArticleRenderedConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleRenderedConsumer.class);

    private final ProcessedEventRepository ledger;
    private final DeliveryRepository deliveries;
    private final WechatConfig config;
    private final Duration databaseRetry;

    ArticleRenderedConsumer(ProcessedEventRepository ledger, DeliveryRepository deliveries, WechatConfig config) {
        this.ledger = ledger;
        this.deliveries = deliveries;
        this.config = config;
        this.databaseRetry = config.consume().databaseRetry();
    }

    @Incoming("articles-rendered")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent;
        ArticleRendered rendered;
        try {
            cloudEvent = CloudEvent.from(record.headers());
            rendered = EventJson.read(record.value(), ArticleRendered.class);
            if (!EventContract.TYPE_ARTICLE_RENDERED.equals(cloudEvent.type())) {
                throw new InvalidEventException("ce_type " + cloudEvent.type() + " is not "
                        + EventContract.TYPE_ARTICLE_RENDERED);
            }
            if (rendered.articleId() == null || rendered.status() == null) {
                throw new InvalidEventException("articleId and status are required");
            }
        } catch (InvalidEventException e) {
            LOG.errorf("articles.rendered partition %d offset %d skipped: it breaks the event contract (%s)",
                    record.partition(), record.offset(), e.getMessage());
            return;
        }
        DatabaseRetry.untilTheDatabaseAnswers(() -> QuarkusTransaction.requiringNew().call(() -> {
            if (ledger.claim(cloudEvent.id(), rendered.articleId(), rendered.revision())) {
                config.accounts().keySet().forEach(account -> deliveries.want(account, rendered));
            }
            return null;
        }), databaseRetry, (failure, attempt) -> LOG.warnf("The database did not answer (%s); articles.rendered"
                + " event %s waits and is applied again in %s (attempt %d)", failure.getMessage(), cloudEvent.id(),
                databaseRetry, attempt));
    }
}
