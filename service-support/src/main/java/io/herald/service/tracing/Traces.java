package io.herald.service.tracing;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Herald's own spans: those of work the instrumented libraries do not see (a record handled by a consumer, an outbox
 * event relayed, a WeChat delivery turn, a call made with the JDK's HTTP client), each the child of the context the
 * work belongs to, read from a record's headers ({@link TraceHeaders}) or a row ({@link Traceparent}).
 */
@ApplicationScoped
public class Traces {

    /** The article a span is about. */
    public static final String ARTICLE_ID = "herald.article.id";
    /** The article's revision a span is about. */
    public static final String REVISION = "herald.article.revision";

    private final Tracer tracer;

    /** Spans from {@code tracer}: the application's, or a no-op one where nothing is traced (a unit test). */
    public Traces(Tracer tracer) {
        this.tracer = tracer;
    }

    /** A span to start as a child of {@code parent} ({@link Context#root()}: a new trace). */
    public SpanBuilder span(String name, SpanKind kind, Context parent) {
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(parent);
    }

    /** Starts {@code span} and returns what {@code work} returns, the span current meanwhile; see {@link #end}. */
    public <T> T call(SpanBuilder span, Supplier<T> work) {
        Span started = span.startSpan();
        try (Scope scope = started.makeCurrent()) {
            T result = work.get();
            end(started, null);
            return result;
        } catch (RuntimeException | Error e) {
            end(started, e);
            throw e;
        }
    }

    /** Starts {@code span} and runs {@code work}, the span current meanwhile; see {@link #end}. */
    public void run(SpanBuilder span, Runnable work) {
        call(span, () -> {
            work.run();
            return null;
        });
    }

    /** Ends {@code span}; if {@code failure} is given, the span failed with it. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        }
        span.end();
    }
}
