package org.vemanager.console.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.vemanager.console.client.MetricReading;

/**
 * A rolling history of every metric of every node the console watches: per node, element and metric
 * the last {@link #capacity} points, oldest dropped first. A sample read twice (the console polls more
 * often than the node samples) is kept once, by its timestamp. Thread-safe; listeners are called with
 * the node's label on the thread that added, so views hop to the event thread themselves. No Swing here.
 */
public final class MetricHistory {

    /** One point of a series. */
    public record Point(Instant at, double value) {
    }

    private record Key(String node, String elementId, String metric) {
    }

    /**
     * One series as two primitive rings (16 bytes a point: a thousand VMs with three charted metrics
     * and an hour of history stay under 20 MiB).
     */
    private static final class Ring {
        private final long[] at;
        private final double[] values;
        private int start;
        private int size;

        Ring(int capacity) {
            at = new long[capacity];
            values = new double[capacity];
        }

        boolean add(long millis, double value) {
            if (size > 0 && millis <= at[(start + size - 1) % at.length]) {
                return false;
            }
            if (size == at.length) {
                start = (start + 1) % at.length;
                size--;
            }
            int slot = (start + size) % at.length;
            at[slot] = millis;
            values[slot] = value;
            size++;
            return true;
        }

        Double last() {
            return size == 0 ? null : values[(start + size - 1) % values.length];
        }

        List<Point> points() {
            List<Point> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int slot = (start + i) % at.length;
                out.add(new Point(Instant.ofEpochMilli(at[slot]), values[slot]));
            }
            return out;
        }
    }

    private final int capacity;
    private final Map<Key, Ring> series = new HashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Keeps {@code capacity} points per series: 360 is an hour at the node-agent's 10 s sampling. */
    public MetricHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Adds one sample of a node's metrics. */
    public void add(String node, List<MetricReading> readings) {
        boolean changed = false;
        synchronized (series) {
            for (MetricReading r : readings) {
                changed |= series.computeIfAbsent(new Key(node, r.elementId(), r.metric()), k -> new Ring(capacity))
                        .add(r.at().toEpochMilli(), r.value());
            }
        }
        if (changed) {
            listeners.forEach(l -> l.accept(node));
        }
    }

    /** The points of one series, oldest first; empty when none arrived yet. */
    public List<Point> series(String node, String elementId, String metric) {
        synchronized (series) {
            Ring ring = series.get(new Key(node, elementId, metric));
            return ring == null ? List.of() : ring.points();
        }
    }

    /** The latest value of one series; null when none arrived yet. */
    public Double latest(String node, String elementId, String metric) {
        synchronized (series) {
            Ring ring = series.get(new Key(node, elementId, metric));
            return ring == null ? null : ring.last();
        }
    }

    /** Forgets a node's series (it left the cluster). */
    public void forget(String node) {
        synchronized (series) {
            series.keySet().removeIf(k -> k.node().equals(node));
        }
    }
}
