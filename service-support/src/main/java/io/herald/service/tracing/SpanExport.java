package io.herald.service.tracing;

import java.util.Collection;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Where spans go ({@link TracingMode}), for Quarkus' OpenTelemetry SDK, which exports to the {@link SpanExporter} beans
 * there are and, when there is none, over OTLP. {@code none} records nothing (the sampler drops every span: trace ids
 * still travel, at the cost of a few objects per span) and exports to no one; {@code log} writes each span to the log
 * (logger {@code io.opentelemetry.exporter.logging}); {@code otlp} leaves no exporter bean, so that Quarkus' OTLP
 * exporter sends spans to {@code quarkus.otel.exporter.otlp.traces.endpoint}. While spans are recorded, a trace started
 * here keeps {@code quarkus.otel.traces.sampler.arg} of them (1.0: all) and one started elsewhere follows its parent.
 */
@Singleton
public class SpanExport {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = TracingMode.PROPERTY, defaultValue = "none") String mode,
            @ConfigProperty(name = "quarkus.otel.traces.sampler.arg", defaultValue = "1.0") double ratio) {
        return TracingMode.of(mode) == TracingMode.NONE ? Sampler.alwaysOff()
                : Sampler.parentBased(Sampler.traceIdRatioBased(ratio));
    }

    @Produces
    @Singleton
    @LookupIfProperty(name = TracingMode.PROPERTY, stringValue = "log")
    SpanExporter logged() {
        return LoggingSpanExporter.create();
    }

    @Produces
    @Singleton
    @LookupIfProperty(name = TracingMode.PROPERTY, stringValue = "none", lookupIfMissing = true)
    SpanExporter dropped() {
        return new Dropped();
    }

    /** Exports nothing; there to keep Quarkus' OTLP exporter from starting. */
    private static final class Dropped implements SpanExporter {

        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
