package org.vemanager.conformance.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.vemanager.conformance.NodeAgentProcess;

/**
 * CIM-XML requests written by hand, for what a client library hides: headers, status lines and
 * malformed requests (DSP0200 chapter 7). Plain HTTP by default; HTTPS trusts the agent's
 * self-signed certificate, as a first-time user of {@code wbemcli -noverify} would.
 */
final class RawCimXml {

    private RawCimXml() {
    }

    static String body(String method, String namespaceXml, String params) {
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <CIM CIMVERSION="2.0" DTDVERSION="2.0"><MESSAGE ID="4242" PROTOCOLVERSION="1.0"><SIMPLEREQ>
            <IMETHODCALL NAME="%s"><LOCALNAMESPACEPATH>%s</LOCALNAMESPACEPATH>%s</IMETHODCALL></SIMPLEREQ></MESSAGE></CIM>
            """.formatted(method, namespaceXml, params);
    }

    static final String ROOT_VIRT = "<NAMESPACE NAME=\"root\"></NAMESPACE><NAMESPACE NAME=\"virt\"></NAMESPACE>";

    static String className(String name) {
        return "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME NAME=\"" + name + "\"/></IPARAMVALUE>";
    }

    static String basic(NodeAgentProcess.User user) {
        return "Basic " + Base64.getEncoder().encodeToString((user.name() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** The headers a well-behaved client sends for {@code method} on root/virt. */
    static Map<String, String> headers(String method, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/xml; charset=\"utf-8\"");
        headers.put("CIMOperation", "MethodCall");
        headers.put("CIMMethod", method);
        headers.put("CIMObject", "root%2Fvirt");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return headers;
    }

    static HttpResponse<String> send(String url, String httpMethod, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/cimom"))
            .method(httpMethod, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpClient client = url.startsWith("https") ? HttpClient.newBuilder().sslContext(trustingContext()).build()
            : HttpClient.newHttpClient();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(NodeAgentProcess agent, Map<String, String> headers, String body) throws Exception {
        return send(agent.httpUrl(), "POST", headers, body);
    }

    private static SSLContext trustingContext() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // not a client
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the agent's self-signed certificate, generated at its first start
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
