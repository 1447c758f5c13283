package org.vemanager.agent.guest.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hostile guest-agent: a raw HTTP server on loopback that reads each request and answers with
 * whatever {@link Behaviour} it was given, counting the bytes it managed to send.
 */
final class FakeGuest implements AutoCloseable {
    /** What the fake does with one connection after reading the request. */
    @FunctionalInterface
    interface Behaviour {
        void respond(OutputStream out, AtomicLong sent) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    final AtomicLong bytesSent = new AtomicLong();
    final AtomicLong connections = new AtomicLong();

    FakeGuest(Behaviour behaviour) throws IOException {
        socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> acceptLoop(behaviour), "fake-guest");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/RPC2");
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop(Behaviour behaviour) {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.incrementAndGet();
                Thread worker = new Thread(() -> serve(connection, behaviour), "fake-guest-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection, Behaviour behaviour) {
        try (connection) {
            readRequest(connection.getInputStream());
            behaviour.respond(connection.getOutputStream(), bytesSent);
        } catch (IOException | InterruptedException e) {
            // The client hung up on us: exactly what a hostile guest should expect.
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.write(b);
        }
        long length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            }
        }
        in.readNBytes((int) length);
    }

    /** Writes a complete HTTP response with this XML body. */
    static Behaviour answer(int status, String xml) {
        return (out, sent) -> {
            byte[] body = xml.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: text/xml\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            out.write(head);
            out.write(body);
            out.flush();
            sent.addAndGet(head.length + body.length);
        };
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
