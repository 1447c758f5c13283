package org.vemanager.wbem.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vemanager.mof.cli.SerialFilter;
import org.vemanager.wbem.operation.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./vem passwd}: adds, updates or deletes a user in a node-agent password file. The password
 * is read from the terminal without echo (asked twice) or, when stdin is not a terminal, as the
 * first line of stdin; never from the command line, where other users could read it.
 */
@Command(name = "passwd", mixinStandardHelpOptions = true,
    description = "Add, update or delete a user of a VE-manager node-agent password file (password on stdin).")
public final class PasswdMain implements Callable<Integer> {

    @Option(names = "--file", required = true, description = "the password file (created with mode 600)")
    private Path file;

    @Option(names = "--user", required = true, description = "the user name")
    private String user;

    @Option(names = "--role", description = "reader, operator or admin (required unless --delete)")
    private String role;

    @Option(names = "--delete", description = "remove the user")
    private boolean delete;

    @Option(names = "--iterations", hidden = true, description = "PBKDF2 iterations (tests only; default ${DEFAULT-VALUE})")
    private int iterations = PasswordHash.DEFAULT_ITERATIONS;

    private final InputStream stdin;
    private final PrintWriter out;

    private PasswdMain(InputStream stdin, PrintWriter out) {
        this.stdin = stdin;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        SerialFilter.install();
        return run(System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        SerialFilter.install();
        CommandLine command = new CommandLine(new PasswdMain(stdin, out));
        command.setOut(out);
        command.setErr(err);
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("passwd: " + e.getMessage());
            return 1;
        });
        return command.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PasswordFile.checkUserName(user);
        Map<String, UserEntry> users = Files.exists(file) ? PasswordFile.read(file) : new LinkedHashMap<>();
        if (delete) {
            if (users.remove(user) == null) {
                throw new IllegalArgumentException("no user '" + user + "' in " + file);
            }
            PasswordFile.write(file, users);
            out.println("deleted user " + user + " from " + file);
            return 0;
        }
        if (role == null) {
            throw new IllegalArgumentException("--role is required (reader, operator or admin)");
        }
        Role parsedRole = PasswordFile.parseRole(role);
        if (iterations < 1_000) {
            throw new IllegalArgumentException("--iterations must be at least 1000");
        }
        char[] password = readPassword();
        try {
            if (password.length < 8) {
                throw new IllegalArgumentException("the password must have at least 8 characters");
            }
            boolean existed = users.containsKey(user);
            UserEntry entry = new UserEntry(user, parsedRole, PasswordHash.create(password, iterations));
            PasswordFile.write(file, PasswordFile.with(users, entry));
            out.println((existed ? "updated" : "added") + " user " + user + " (" + parsedRole.name().toLowerCase(java.util.Locale.ROOT)
                + ") in " + file);
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] readPassword() throws IOException {
        Console console = System.console();
        if (console != null && stdin == System.in) {
            char[] first = console.readPassword("Password for %s: ", user);
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the passwords do not match");
            }
            Arrays.fill(second, '\0');
            return first;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null) {
            throw new IllegalArgumentException("no password on stdin");
        }
        return line.toCharArray();
    }
}
