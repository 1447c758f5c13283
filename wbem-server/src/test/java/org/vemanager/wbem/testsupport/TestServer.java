package org.vemanager.wbem.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.vemanager.wbem.operation.OperationDispatcher;
import org.vemanager.wbem.operation.Role;
import org.vemanager.wbem.security.PasswordFile;
import org.vemanager.wbem.security.PasswordHash;
import org.vemanager.wbem.security.UserEntry;
import org.vemanager.wbem.server.WbemServer;
import org.vemanager.wbem.server.WbemServerConfig;

/**
 * A running WbemServer on free ports with a private password file: users {@code admin}/{@code
 * admin-pw-1} (admin) and {@code reader}/{@code reader-pw-1} (reader), hashed with few iterations so
 * tests stay fast.
 */
public final class TestServer implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-pw-1";
    public static final String READER = "reader";
    public static final String READER_PASSWORD = "reader-pw-1";

    private final WbemServer server;
    private final Path passwordFile;

    private TestServer(WbemServer server, Path passwordFile) {
        this.server = server;
        this.passwordFile = passwordFile;
    }

    /** Starts with HTTPS and plain HTTP on free ports. */
    public static TestServer start(Path dir, OperationDispatcher dispatcher) throws Exception {
        return start(dir, dispatcher, b -> b);
    }

    public static TestServer start(Path dir, OperationDispatcher dispatcher, UnaryOperator<WbemServerConfig.Builder> tweak)
            throws Exception {
        Path passwords = writeUsers(dir.resolve("users"));
        WbemServerConfig.Builder builder = WbemServerConfig.builder().httpsPort(0).httpPort(0).bindAddress("127.0.0.1")
            .stateDir(dir.resolve("state")).passwordFile(passwords)
            .limits(WbemServerConfig.Limits.DEFAULT.withLoginBackoff(Duration.ofMillis(20)));
        WbemServer server = new WbemServer(tweak.apply(builder).build(), dispatcher);
        server.start();
        return new TestServer(server, passwords);
    }

    public static Path writeUsers(Path file) throws Exception {
        PasswordFile.write(file, PasswordFile.with(PasswordFile.with(new java.util.LinkedHashMap<>(),
            new UserEntry(ADMIN, Role.ADMIN, PasswordHash.create(ADMIN_PASSWORD.toCharArray(), 1_000))),
            new UserEntry(READER, Role.READER, PasswordHash.create(READER_PASSWORD.toCharArray(), 1_000))));
        return file;
    }

    public WbemServer server() {
        return server;
    }

    public int httpPort() {
        return server.httpPort();
    }

    public int httpsPort() {
        return server.httpsPort();
    }

    public Path passwordFile() {
        return passwordFile;
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
