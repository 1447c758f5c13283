package org.vemanager.agent.node.guest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import org.vemanager.agent.guest.tls.TlsIdentity;

/**
 * A hostile guest-agent for the relay tests: TLS with its own certificate (so the node-agent's
 * pinning accepts it), reads each request and answers with poison. Raw sockets, so it can send
 * what no real XML-RPC server would.
 */
final class HostileGuest implements AutoCloseable {

    /** What the fake sends after reading a request. */
    @FunctionalInterface
    interface Behaviour {
        void respond(OutputStream out) throws IOException, InterruptedException;
    }

    /** Set when anything deserializes the gadget this guest sends in faultCause. */
    static final AtomicBoolean TRIPPED = new AtomicBoolean();

    /** A serializable gadget: deserializing it trips the wire. */
    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;

        private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            TRIPPED.set(true);
        }
    }

    private final ServerSocket socket;
    private final TlsIdentity identity;

    HostileGuest(Path stateDir, Behaviour behaviour) throws Exception {
        identity = TlsIdentity.loadOrGenerate(stateDir, "hostile-guest");
        socket = identity.serverContext(null).getServerSocketFactory().createServerSocket(0, 16, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> acceptLoop(behaviour), "hostile-guest");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri() {
        return URI.create("https://127.0.0.1:" + socket.getLocalPort() + "/RPC2");
    }

    String fingerprint() {
        return identity.fingerprint();
    }

    private void acceptLoop(Behaviour behaviour) {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread worker = new Thread(() -> serve(connection, behaviour), "hostile-guest-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void serve(Socket connection, Behaviour behaviour) {
        try (connection) {
            readRequest(connection.getInputStream());
            behaviour.respond(connection.getOutputStream());
        } catch (IOException | InterruptedException e) {
            // the node-agent hung up on us, as it should
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        in.readNBytes(length);
    }

    /** A fault whose faultCause carries a serialized gadget, as Apache XML-RPC's server would send an exception. */
    static Behaviour faultWithSerializedCause() {
        return out -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
                objects.writeObject(new Gadget());
            }
            String body = "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                    + "<member><name>faultCode</name><value><int>40</int></value></member>"
                    + "<member><name>faultString</name><value><string>boom</string></value></member>"
                    + "<member><name>faultCause</name><value><base64>" + Base64.getEncoder().encodeToString(bytes.toByteArray())
                    + "</base64></value></member>"
                    + "</struct></value></fault></methodResponse>";
            byte[] payload = body.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + payload.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
        };
    }

    /** A reply far over the node-agent's bound, without a Content-Length to warn it. */
    static Behaviour giantReply(long bytes) {
        return out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write("<?xml version=\"1.0\"?><methodResponse><params><param><value><string>".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (long sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunk);
            }
            out.flush();
        };
    }

    /** A reply that never ends: a byte every 100 ms, forever. */
    static Behaviour neverEnding() {
        return out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n<?xml version=\"1.0\"?>"
                    .getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write(' ');
                out.flush();
                Thread.sleep(100);
            }
        };
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
