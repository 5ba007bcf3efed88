package io.herald.render.outbox;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.herald.events.ArticleRendered;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.render.store.OutboxEvent;
import io.herald.service.tracing.Traceparent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends outbox events to articles.rendered: keyed by article id, with their CloudEvents headers, in the trace they
 * were queued in (their {@code traceparent}: the channel's producer span is a child of that context and the record
 * carries its {@code traceparent} header). Each send starts at once; the producer batches what is sent together
 * ({@code mp.messaging.outgoing.articles-rendered.*}).
 */
@ApplicationScoped
class RenderedChannel {

    private static final String SOURCE = "/render";

    private final MutinyEmitter<ArticleRendered> emitter;

    RenderedChannel(@Channel("articles-rendered") MutinyEmitter<ArticleRendered> emitter) {
        this.emitter = emitter;
    }

    /** Sends {@code event}; the future completes once Kafka acknowledged it, or fails with why it did not. */
    CompletableFuture<Void> send(OutboxEvent event) {
        return emitter.sendMessage(toMessage(event)).subscribeAsCompletionStage();
    }

    private static Message<ArticleRendered> toMessage(OutboxEvent event) {
        CloudEvent cloudEvent = new CloudEvent(event.eventId.toString(), EventContract.TYPE_ARTICLE_RENDERED, SOURCE,
                event.articleId, event.createdAt);
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.articleId)
                .withHeaders(new RecordHeaders(cloudEvent.toHeaders()))
                .build();
        return Message.of(event.payload, Metadata.of(kafka,
                TracingMetadata.withCurrent(Traceparent.parse(event.traceparent))));
    }
}
