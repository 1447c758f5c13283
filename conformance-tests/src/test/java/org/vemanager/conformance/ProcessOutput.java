package org.vemanager.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a child process prints (stdout with stderr merged), read line by line on a daemon thread so
 * the process never blocks on a full pipe, and the wait for the line that says it is ready.
 */
final class ProcessOutput {

    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private ProcessOutput() {
    }

    /** Starts reading {@code process}'s output on a daemon thread named {@code name}. */
    static ProcessOutput follow(Process process, String name) {
        ProcessOutput output = new ProcessOutput();
        Thread reader = new Thread(() -> output.read(process), name);
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    private void read(Process process) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // The process ended; whatever was read is in lines.
        }
        synchronized (this) {
            ended = true;
            notifyAll();
        }
    }

    /**
     * The first line so far or to come that matches {@code pattern}; empty when the output ends or
     * {@code timeout} passes first.
     */
    synchronized Optional<Matcher> await(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < lines.size(); seen++) {
                Matcher m = pattern.matcher(lines.get(seen));
                if (m.find()) {
                    return Optional.of(m);
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
