package org.vemanager.console.client;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The CIM the console sent, as one line per operation, so an expert can see (and repeat with any
 * WBEM client) what a friendly view did. Bounded: the oldest lines go first.
 */
public final class CimLog {

    private static final int MAX_LINES = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Deque<String> lines = new ArrayDeque<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void record(String node, String operation, Object target, String details, String outcome) {
        String line = TIME.format(LocalTime.now()) + "  " + node + "  " + operation + " " + target
                + (details == null || details.isEmpty() ? "" : " (" + details + ")") + " → " + outcome;
        synchronized (lines) {
            lines.addLast(line);
            if (lines.size() > MAX_LINES) {
                lines.removeFirst();
            }
        }
        listeners.forEach(l -> l.accept(line));
    }

    public List<String> lines() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }
}
