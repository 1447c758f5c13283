package org.vemanager.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A VE-manager main run as its own JVM on this test's classpath, as an operator would start it: its
 * output followed from the start, ready once it has printed its ready lines, stopped with SIGTERM.
 * What each agent's command line and ready lines are, and what a test does with a running one, is its
 * subclass's business.
 */
public abstract class AgentProcess implements AutoCloseable {

    /** Generous: a loaded 2-core CI machine may take far longer than the usual second or two. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final ProcessOutput output;

    protected AgentProcess(Started started) {
        this.name = started.name();
        this.process = started.process();
        this.output = started.output();
    }

    /** A started process, its output, and the match of each ready line in the order asked for. */
    protected record Started(String name, Process process, ProcessOutput output, List<Matcher> ready) {
    }

    /**
     * Starts {@code command} and waits for each of {@code readyLines} in turn; when one does not come,
     * kills the process and fails with what it printed, naming it {@code name}.
     */
    protected static Started launch(String name, List<String> command, Pattern... readyLines)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ProcessOutput output = ProcessOutput.follow(process, name + "-output");
        List<Matcher> ready = new ArrayList<>();
        for (Pattern line : readyLines) {
            Optional<Matcher> match = output.await(line, START_TIMEOUT);
            if (match.isEmpty()) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not become ready; its output:\n" + String.join("\n", output.lines()));
            }
            ready.add(match.get());
        }
        return new Started(name, process, output, ready);
    }

    /** The command line that runs {@code mainClass} in a JVM like this one, with this test's classpath. */
    static List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Everything the process printed so far, stdout and stderr merged. */
    public List<String> output() {
        return output.lines();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM and waits for the process to end (killing it if it does not); returns the exit code. */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while stopping " + name, e));
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }
}
