package io.herald.render.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

import io.herald.events.EventJson;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * JSON columns hold event parts (the WeChat article, the outbox payload) in the event contract's own JSON
 * form, so what the outbox stores is exactly what it sends, whatever the REST layer's JSON settings are.
 */
@JsonFormat
@PersistenceUnitExtension
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
