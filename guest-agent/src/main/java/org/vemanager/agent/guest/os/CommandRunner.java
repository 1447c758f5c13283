package org.vemanager.agent.guest.os;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;

/**
 * Runs a system tool the only way the agent runs anything: {@link ProcessBuilder} with an argument
 * list (no shell ever sees a caller's value), the tool found by absolute path in the system
 * directories (not through the caller's PATH), a minimal environment, optional stdin, a time
 * limit and bounded output capture.
 */
public final class CommandRunner {
    private static final List<String> SYSTEM_DIRS = List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin");
    private static final int MAX_OUTPUT_BYTES = 1 << 20;
    private static final long TIMEOUT_SECONDS = 60;

    /** What a tool did. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** The tool's own diagnostic, one line, for a fault message. */
        public String diagnostic() {
            String text = (stderr.isBlank() ? stdout : stderr).strip();
            int newline = text.indexOf('\n');
            String line = newline < 0 ? text : text.substring(0, newline);
            return line.isEmpty() ? "exit status " + exitCode : line;
        }
    }

    /** The absolute path of a system tool, or empty when it is not installed. */
    public static Optional<Path> find(String tool) {
        return SYSTEM_DIRS.stream().map(dir -> Path.of(dir, tool)).filter(Files::isExecutable).findFirst();
    }

    /** Runs {@code tool args…}; a missing tool or a timeout is a fault, a non-zero exit is a result. */
    public Result run(String tool, List<String> args, String stdin) throws GuestAgentException {
        Path path = find(tool).orElseThrow(() -> new GuestAgentException(GuestFault.NOT_SUPPORTED,
            "the tool '" + tool + "' is not installed on this system"));
        List<String> command = new ArrayList<>();
        command.add(path.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", String.join(":", SYSTEM_DIRS));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.put("SYSTEMD_PAGER", "");
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> out = drain(process.getInputStream());
            CompletableFuture<byte[]> err = drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GuestAgentException(GuestFault.OPERATION_FAILED,
                    tool + " did not finish within " + TIMEOUT_SECONDS + " s and was killed");
            }
            return new Result(process.exitValue(), text(out), text(err));
        } catch (IOException e) {
            throw new GuestAgentException(GuestFault.OPERATION_FAILED, "cannot run " + tool + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GuestAgentException(GuestFault.OPERATION_FAILED, tool + " was interrupted", e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try (stream) {
                for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                    // Keep the first MAX_OUTPUT_BYTES, but read to the end so the tool never blocks on a full pipe.
                    kept.write(buffer, 0, Math.max(0, Math.min(n, MAX_OUTPUT_BYTES - kept.size())));
                }
            } catch (IOException e) {
                // The process ended or was killed; what we have is what it said.
            }
            return kept.toByteArray();
        });
    }

    private static String text(CompletableFuture<byte[]> bytes) {
        try {
            return new String(bytes.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "";
        }
    }
}
