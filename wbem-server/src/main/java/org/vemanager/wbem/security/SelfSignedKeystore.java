package org.vemanager.wbem.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server's own certificate when none is configured: a self-signed ECDSA P-256 key (fast to make,
 * accepted by every TLS 1.2+ client) made once with the
 * JDK's {@code keytool} and kept in the state directory ({@code tls/server.p12} and its password in
 * {@code tls/server.pass}, both mode 600), so clients that pinned it keep trusting it after restarts.
 *
 * <p>Why keytool as a process: the JDK has no public API to build a certificate; its internal
 * {@code sun.security.x509} classes need {@code --add-exports} and change between releases, and
 * Bouncy Castle would be a large dependency for one certificate. keytool ships with every JDK, is
 * run with explicit arguments (no shell) and reads the password from a file, not the command line.
 */
public final class SelfSignedKeystore {

    public static final String ALIAS = "vem-server";

    private SelfSignedKeystore() {
    }

    /** The keystore and its password, creating them on first use. */
    public static Result ensure(Path stateDir, String hostName) throws IOException {
        Path dir = stateDir.resolve("tls");
        Path keystore = dir.resolve("server.p12");
        Path passwordFile = dir.resolve("server.pass");
        if (Files.exists(keystore) && Files.exists(passwordFile)) {
            return new Result(keystore, Files.readString(passwordFile, StandardCharsets.UTF_8).strip());
        }
        Files.createDirectories(dir);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path pending = dir.resolve("server.pass.new");
        Files.deleteIfExists(pending);
        createPrivateFile(pending);
        Files.writeString(pending, password, StandardCharsets.UTF_8);
        Path pendingStore = dir.resolve("server.p12.new");
        Files.deleteIfExists(pendingStore);
        runKeytool(pendingStore, pending, hostName);
        Files.setPosixFilePermissions(pendingStore, PosixFilePermissions.fromString("rw-------"));
        Files.move(pendingStore, keystore);
        Files.move(pending, passwordFile);
        return new Result(keystore, password);
    }

    private static void runKeytool(Path keystore, Path passwordFile, String hostName) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String name = hostName == null || hostName.isBlank() || !hostName.matches("[A-Za-z0-9.-]+") ? "localhost" : hostName;
        // The keystore's password lies beside it under the same file mode, so PKCS12's password-based
        // protection guards nothing the file mode does not; its thousands of PBKDF2 rounds only slowed
        // every start (a third of the server's start). So: certificate unencrypted (it is public), no MAC,
        // one round for the key.
        List<String> command = List.of(keytool.toString(), "-J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE",
            "-J-Dkeystore.pkcs12.macAlgorithm=NONE", "-J-Dkeystore.pkcs12.keyPbeIterationCount=1",
            "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
            "-sigalg", "SHA256withECDSA", "-validity", "3650", "-dname", "CN=" + name + ", O=VE-manager",
            "-ext", "SAN=dns:" + name + ",dns:localhost,ip:127.0.0.1,ip:::1", "-storetype", "PKCS12",
            "-keystore", keystore.toString(), "-storepass:file", passwordFile.toString(), "-keypass:file", passwordFile.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream output = process.getInputStream()) {
            String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("keytool failed (exit " + process.exitValue() + "): " + text.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while generating the server certificate", e);
        }
    }

    private static void createPrivateFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    /** The SHA-256 fingerprint (hex) of the certificate under {@link #ALIAS} or the first one in a keystore. */
    public static String fingerprint(Path keystore, String password) throws IOException {
        return fingerprint(load(keystore, password), keystore);
    }

    /**
     * Reads a PKCS12 keystore. Each read costs tens of milliseconds (the PKCS12 MAC and bag encryption are
     * derived with thousands of PBKDF2 rounds), so the server reads its keystore once and hands the loaded
     * store to Jetty.
     */
    public static KeyStore load(Path keystore, String password) throws IOException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 fingerprint (hex) of the certificate under {@link #ALIAS} or the first one in a loaded keystore. */
    public static String fingerprint(KeyStore store, Path source) throws IOException {
        try {
            String alias = store.containsAlias(ALIAS) ? ALIAS : store.aliases().nextElement();
            Certificate certificate = store.getCertificate(alias);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read keystore " + source + ": " + e.getMessage(), e);
        }
    }

    /** A keystore and its password. */
    public record Result(Path keystore, String password) {
    }
}
