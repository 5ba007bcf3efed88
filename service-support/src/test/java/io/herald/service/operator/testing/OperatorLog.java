package io.herald.service.operator.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.herald.service.operator.OperatorKeyFilter;

/** The lines {@link OperatorKeyFilter} logs while open, for a test running in the service's JVM. */
public final class OperatorLog implements AutoCloseable {

    private final Logger logger = Logger.getLogger(OperatorKeyFilter.class.getName());
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private OperatorLog() {
        logger.addHandler(handler);
    }

    public static OperatorLog capture() {
        return new OperatorLog();
    }

    /** Each line as {@code LEVEL message}, e.g. {@code INFO operator test: POST /admin/rebuild at 2026-…}. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
