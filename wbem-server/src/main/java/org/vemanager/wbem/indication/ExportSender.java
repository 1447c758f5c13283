package org.vemanager.wbem.indication;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Sends one ExportIndication request over HTTP(S) with the JDK client (HTTP/1.1: CIM listeners
 * speak DSP0200 over HTTP/1.1) and says whether it worked, may work later, or never will.
 */
final class ExportSender {

    enum Outcome {
        /** The listener accepted the indication. */
        DELIVERED,
        /** Connection failure, timeout or a 5xx status: try again later. */
        RETRY,
        /** The listener refused (4xx, or a CIM ERROR in its answer): retrying would not help. */
        REJECTED
    }

    record Result(Outcome outcome, String detail) {
    }

    private final DeliverySettings settings;
    /** Made on the first delivery: building it loads the JDK's TLS defaults, a visible share of the server's start. */
    private volatile HttpClient client;

    ExportSender(DeliverySettings settings) {
        this.settings = settings;
    }

    private HttpClient client() {
        HttpClient known = client;
        if (known == null) {
            synchronized (this) {
                known = client;
                if (known == null) {
                    HttpClient.Builder builder = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(settings.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER);
                    if (settings.sslContext() != null) {
                        builder.sslContext(settings.sslContext());
                    }
                    known = builder.build();
                    client = known;
                }
            }
        }
        return known;
    }

    Result send(URI destination, String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(destination)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/xml; charset=\"utf-8\"")
                .header("CIMExport", "MethodRequest")
                .header("CIMExportMethod", "ExportIndication")
                .header("CIMProtocolVersion", "1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(Outcome.RETRY, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        int status = response.statusCode();
        if (status >= 500) {
            return new Result(Outcome.RETRY, "HTTP " + status);
        }
        if (status != 200) {
            return new Result(Outcome.REJECTED, "HTTP " + status + response.headers().firstValue("CIMError").map(e -> " " + e).orElse(""));
        }
        if (response.body().contains("<ERROR")) {
            return new Result(Outcome.REJECTED, "the listener answered with a CIM error");
        }
        return new Result(Outcome.DELIVERED, "HTTP 200");
    }
}
