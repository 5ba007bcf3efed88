package io.herald.service.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

import io.herald.events.EventJson;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * JSON columns hold event parts (a stored document, the WeChat article, an outbox payload) in the events' own JSON
 * form ({@link EventJson}), so that what is stored reads exactly like the event on the topic, and what an outbox
 * stores is exactly what it sends, whatever the REST layer's JSON settings are.
 */
@JsonFormat
@PersistenceUnitExtension
@ApplicationScoped
public class EventJsonFormatMapper implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return EventJson.read(json.toString().getBytes(UTF_8), type.getJavaTypeClass());
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return new String(EventJson.write(value), UTF_8);
    }
}
