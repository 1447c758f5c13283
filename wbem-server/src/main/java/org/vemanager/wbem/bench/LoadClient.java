package org.vemanager.wbem.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * A cheap keep-alive HTTP/1.1 load client: N threads, one socket each, sending a prebuilt request
 * in a loop for a fixed time and reading each response fully (Content-Length or chunked), recording
 * every latency. Bounded by count and time; talks to loopback only.
 */
final class LoadClient {

    /** Throughput and latency of one run. */
    record Result(long requests, double seconds, long p50Micros, long p99Micros, long bodyBytes) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private LoadClient() {
    }

    static Result run(int port, byte[] request, int clients, double seconds, int maxRequestsPerClient) throws Exception {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long[] bodyBytes = new long[1];
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        Thread[] threads = new Thread[clients];
        Exception[] failure = new Exception[1];
        long deadlineNanos = (long) (seconds * 1e9);
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c] = new long[maxRequestsPerClient];
            threads[c] = new Thread(() -> {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(60_000);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    int n = 0;
                    while (n < maxRequestsPerClient && System.nanoTime() - start < deadlineNanos) {
                        long t0 = System.nanoTime();
                        out.write(request);
                        out.flush();
                        long body = readResponse(in);
                        latencies[client][n++] = (System.nanoTime() - t0) / 1000;
                        if (client == 0 && n == 1) {
                            bodyBytes[0] = body;
                        }
                    }
                    counts[client] = n;
                } catch (Exception e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            }, "load-" + c);
            threads[c].start();
        }
        ready.await();
        long started = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (failure[0] != null) {
            throw failure[0];
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(total, elapsed, percentile(all, 0.50), percentile(all, 0.99), bodyBytes[0]);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Reads one response; returns the body length. Fails on any status but 200. */
    static long readResponse(InputStream in) throws IOException {
        return readResponse(in, null);
    }

    /** Reads one response, copying its body to {@code copy} when not null; returns the body length. */
    static long readResponse(InputStream in, java.io.OutputStream copy) throws IOException {
        String status = line(in);
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IOException("unexpected response: " + status);
        }
        long length = -1;
        boolean chunked = false;
        String header;
        while (!(header = line(in)).isEmpty()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (!chunked) {
            skip(in, length, copy);
            return length;
        }
        long total = 0;
        while (true) {
            long size = Long.parseLong(line(in).split(";")[0].trim(), 16);
            if (size == 0) {
                while (!line(in).isEmpty()) {
                    // trailers
                }
                return total;
            }
            skip(in, size, copy);
            line(in);
            total += size;
        }
    }

    private static void skip(InputStream in, long n, java.io.OutputStream copy) throws IOException {
        if (copy != null) {
            copy.write(in.readNBytes((int) n));
            return;
        }
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed mid-body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        if (c < 0 && line.length() == 0) {
            throw new IOException("connection closed");
        }
        return line.toString();
    }
}
