package org.vemanager.wbem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vemanager.wbem.testsupport.FixtureDispatcher;
import org.vemanager.wbem.testsupport.SblimClients;
import org.vemanager.wbem.testsupport.TestServer;

/** A client certificate trusted by the configured truststore authenticates the user its CN names; no certificate falls back to Basic. */
class ClientCertificateTest {

    @TempDir
    Path dir;

    private void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private Path clientKeystore(String commonName) throws Exception {
        Path keystore = dir.resolve(commonName + ".p12");
        keytool("-genkeypair", "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + commonName,
            "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        Path certificate = dir.resolve(commonName + ".crt");
        keytool("-exportcert", "-alias", "client", "-keystore", keystore.toString(), "-storepass", "changeit", "-file",
            certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", commonName, "-file", certificate.toString(), "-storetype", "PKCS12",
            "-keystore", dir.resolve("trust.p12").toString(), "-storepass", "changeit");
        return keystore;
    }

    private static int status(int port, Path stateDir, Path clientKeystore) throws Exception {
        SSLContext pinned = SblimClients.pinnedContext(stateDir);
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = null;
        if (clientKeystore != null) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(clientKeystore)) {
                store.load(in, "changeit".toCharArray());
            }
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, "changeit".toCharArray());
        }
        javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
            javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        KeyStore serverCertificate = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(stateDir.resolve("tls/server.p12"))) {
            serverCertificate.load(in, Files.readString(stateDir.resolve("tls/server.pass")).strip().toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", serverCertificate.getCertificate("vem-server"));
        trust.init(trusted);
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        assertThat(pinned).isNotNull();
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            String body = WireProtocolTest.GOOD;
            String request = "POST /cimom HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\nCIMOperation: MethodCall\r\n"
                + "CIMMethod: GetClass\r\nCIMObject: root/virt\r\nConnection: close\r\nContent-Length: " + body.length() + "\r\n\r\n"
                + body;
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(response.split(" ")[1]);
        }
    }

    @Test
    void certificateCommonNameAuthenticatesItsUser() throws Exception {
        Path admin = clientKeystore(TestServer.ADMIN);
        Path stranger = clientKeystore("stranger");
        try (TestServer server = TestServer.start(dir, new FixtureDispatcher(),
            b -> b.truststore(dir.resolve("trust.p12"), "changeit"))) {
            Path state = dir.resolve("state");

            assertThat(status(server.httpsPort(), state, admin)).isEqualTo(200);
            assertThat(status(server.httpsPort(), state, stranger)).isEqualTo(401);
            assertThat(status(server.httpsPort(), state, null)).isEqualTo(401);
        }
    }
}
