package org.sourceledger.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Every log record the service writes while it runs (in the test JVM), with the given loggers turned up to DEBUG. */
public final class LogCapture extends Handler implements AutoCloseable {

    /** One captured record: its logger, text (message, parameters, exception chain) and request id from the MDC. */
    public record Line(String logger, String text, String requestId) {}

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Level> previous = new HashMap<>();

    private LogCapture() {}

    public static LogCapture start(String... verboseLoggers) {
        LogCapture capture = new LogCapture();
        capture.setLevel(Level.ALL);
        for (String name : verboseLoggers) {
            Logger logger = Logger.getLogger(name);
            capture.previous.put(name, logger.getLevel());
            logger.setLevel(Level.FINE);
        }
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
        previous.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
    }

    @Override
    public synchronized void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(' ').append(t);
        }
        String requestId = record instanceof ExtLogRecord ext ? ext.getMdc("requestId") : null;
        lines.add(new Line(record.getLoggerName(), text.toString(), requestId));
    }

    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    public synchronized String text() {
        StringBuilder all = new StringBuilder();
        lines.forEach(line ->
                all.append(line.logger()).append(' ').append(line.text()).append('\n'));
        return all.toString();
    }

    @Override
    public void flush() {}
}
