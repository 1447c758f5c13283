package org.vemanager.wbem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vemanager.wbem.cimxml.XmlLimits;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.OperationDispatcher;
import org.vemanager.wbem.operation.ResultWriter;
import org.vemanager.wbem.testsupport.FixtureDispatcher;
import org.vemanager.wbem.testsupport.RawHttp;
import org.vemanager.wbem.testsupport.TestServer;

/**
 * DSP0200 at the HTTP level and hostile input, over raw sockets: every bad request gets a clean
 * 4xx/5xx with the right CIMError (or a CIM error in the body), and the server keeps serving.
 */
class WireProtocolTest {

    @TempDir
    static Path dir;

    private static final FixtureDispatcher FIXTURE = new FixtureDispatcher();
    private static final AtomicBoolean BLOCK = new AtomicBoolean();
    private static final CountDownLatch BLOCKED = new CountDownLatch(1);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final AtomicBoolean STATISTICS = new AtomicBoolean();
    private static TestServer server;

    static final String AUTH = "Authorization: " + RawHttp.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);

    @BeforeAll
    static void start() throws Exception {
        OperationDispatcher blocking = (CimRequest request, ResultWriter out) -> {
            if (BLOCK.get() && request.operation().equals("EnumerateInstanceNames")) {
                BLOCKED.countDown();
                try {
                    RELEASE.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            FIXTURE.dispatch(request, out);
        };
        server = TestServer.start(dir, blocking, b -> b.statisticsEnabled(STATISTICS::get).limits(WbemServerConfig.Limits.DEFAULT
            .withMaxBodyBytes(64 * 1024).withXml(new XmlLimits(10_000, 40, 16 * 1024)).withMaxConcurrentRequests(2)
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(2)).withLoginBackoff(Duration.ofMillis(10))));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @AfterEach
    void serverStillServes() throws Exception {
        try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
            RawHttp.Answer answer = http.exchange(RawHttp.post("GetClass", "root/virt", getClass("2.0", "2.0", "1.0"), AUTH));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("<CLASS NAME=\"VEM_Foo\"");
        }
    }

    static String getClass(String cimVersion, String dtdVersion, String protocolVersion) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CIM CIMVERSION=\"" + cimVersion + "\" DTDVERSION=\"" + dtdVersion + "\">"
            + "<MESSAGE ID=\"1001\" PROTOCOLVERSION=\"" + protocolVersion + "\"><SIMPLEREQ><IMETHODCALL NAME=\"GetClass\">"
            + "<LOCALNAMESPACEPATH><NAMESPACE NAME=\"root\"></NAMESPACE><NAMESPACE NAME=\"virt\"/></LOCALNAMESPACEPATH>"
            + "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME NAME=\"VEM_Foo\"/></IPARAMVALUE></IMETHODCALL></SIMPLEREQ></MESSAGE></CIM>";
    }

    static String imethod(String name, String params) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
            + "<MESSAGE ID=\"7\" PROTOCOLVERSION=\"1.0\">"
            + "<SIMPLEREQ><IMETHODCALL NAME=\"" + name + "\"><LOCALNAMESPACEPATH><NAMESPACE NAME=\"root\"/><NAMESPACE NAME=\"virt\"/>"
            + "</LOCALNAMESPACEPATH>" + params + "</IMETHODCALL></SIMPLEREQ></MESSAGE></CIM>";
    }

    public static final String GOOD = getClass("2.0", "2.0", "1.0");

    static Stream<Arguments> badRequests() {
        String deep = "<CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">" + "<X>".repeat(60) + "</X>".repeat(60) + "</CIM>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">&lol3;</CIM>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE CIM [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">&xxe;</CIM>";
        return Stream.of(
            Arguments.of("XXE", RawHttp.post("GetClass", "root/virt", xxe, AUTH), 400, "request-not-well-formed"),
            Arguments.of("billion laughs", RawHttp.post("GetClass", "root/virt", laughs, AUTH), 400, "request-not-well-formed"),
            Arguments.of("plain DOCTYPE", RawHttp.post("GetClass", "root/virt", "<!DOCTYPE CIM SYSTEM \"cim.dtd\">" + GOOD.substring(GOOD
                .indexOf("<CIM")), AUTH), 400, "request-not-well-formed"),
            Arguments.of("undeclared entity", RawHttp.post("GetClass", "root/virt", GOOD.replace("VEM_Foo", "&foo;"), AUTH), 400,
                "request-not-well-formed"),
            Arguments.of("malformed XML", RawHttp.post("GetClass", "root/virt", GOOD.substring(0, GOOD.length() - 12), AUTH), 400,
                "request-not-well-formed"),
            Arguments.of("empty body", RawHttp.post("GetClass", "root/virt", "", AUTH), 400, "request-not-well-formed"),
            Arguments.of("not CIM-XML", RawHttp.post("GetClass", "root/virt", "<hello/>", AUTH), 400, "request-not-valid"),
            Arguments.of("deep nesting", RawHttp.post("GetClass", "root/virt", deep, AUTH), 413, "request-not-valid"),
            Arguments.of("CIMMethod mismatch", RawHttp.post("GetInstance", "root/virt", GOOD, AUTH), 400, "header-mismatch"),
            Arguments.of("CIMObject mismatch", RawHttp.post("GetClass", "root/other", GOOD, AUTH), 400, "header-mismatch"),
            Arguments.of("missing CIMMethod", GOOD_REQUEST().replace("CIMMethod: GetClass\r\n", ""), 400, "header-mismatch"),
            Arguments.of("missing Content-Type", GOOD_REQUEST().replace("Content-Type: application/xml; charset=\"utf-8\"\r\n", ""), 400,
                "request-not-valid"),
            Arguments.of("CIMOperation not MethodCall", GOOD_REQUEST().replace("CIMOperation: MethodCall", "CIMOperation: Other"), 501,
                "unsupported-operation"),
            Arguments.of("CIMProtocolVersion 2.0", RawHttp.post("GetClass", "root/virt", GOOD, AUTH, "CIMProtocolVersion: 2.0"), 501,
                "unsupported-protocol-version"),
            Arguments.of("CIMBatch", RawHttp.post("GetClass", "root/virt", GOOD, AUTH, "CIMBatch: CIMBatch"), 501,
                "multiple-requests-unsupported"),
            Arguments.of("MULTIREQ", RawHttp.post("GetClass", "root/virt", GOOD.replace("SIMPLEREQ", "MULTIREQ"), AUTH), 501,
                "multiple-requests-unsupported"),
            Arguments.of("PROTOCOLVERSION 2.0", RawHttp.post("GetClass", "root/virt", getClass("2.0", "2.0", "2.0"), AUTH), 501,
                "unsupported-protocol-version"),
            Arguments.of("CIMVERSION 3.0", RawHttp.post("GetClass", "root/virt", getClass("3.0", "2.0", "1.0"), AUTH), 501,
                "unsupported-cim-version"),
            Arguments.of("DTDVERSION 3.0", RawHttp.post("GetClass", "root/virt", getClass("2.0", "3.0", "1.0"), AUTH), 501,
                "unsupported-dtd-version"),
            Arguments.of("M-POST without Man", GOOD_REQUEST().replace("POST /cimom", "M-POST /cimom"), 400, "request-not-valid"),
            Arguments.of("body over the limit", RawHttp.post("GetClass", "root/virt", GOOD + " ".repeat(70_000), AUTH), 413,
                "request-not-valid"));
    }

    private static String GOOD_REQUEST() {
        return RawHttp.post("GetClass", "root/virt", GOOD, AUTH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestGetsItsCimError(String what, String request, int status, String cimError) throws Exception {
        try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
            RawHttp.Answer answer = http.exchange(request);

            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.header("CIMError")).isEqualTo(cimError);
        }
    }

    @Test
    void chunkedBodyOverTheLimitIsRefused() throws Exception {
        try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
            StringBuilder request = new StringBuilder(GOOD_REQUEST().substring(0, GOOD_REQUEST().indexOf("Content-Length")));
            request.append("Transfer-Encoding: chunked\r\n\r\n");
            String chunk = "<!--" + "x".repeat(8000) + "-->";
            for (int i = 0; i < 10; i++) {
                request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
            }
            request.append("0\r\n\r\n");

            RawHttp.Answer answer = http.exchange(request.toString());

            assertThat(answer.status()).as(answer.header("X-CIMError-Reason")).isEqualTo(413);
            assertThat(answer.header("CIMError")).isEqualTo("request-not-valid");
        }
    }

    @Test
    void badValueIsACimErrorInTheBody() throws Exception {
        String body = imethod("EnumerateInstances", "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME NAME=\"VEM_Foo\"/></IPARAMVALUE>"
            + "<IPARAMVALUE NAME=\"DeepInheritance\"><VALUE>maybe</VALUE></IPARAMVALUE>");
        try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
            RawHttp.Answer answer = http.exchange(RawHttp.post("EnumerateInstances", "root%2Fvirt", body, AUTH));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("CIMOperation")).isEqualTo("MethodResponse");
            assertThat(answer.body()).contains("<ERROR CODE=\"4\"", "DeepInheritance");
        }
    }

    @Test
    void getIsNotAllowed() throws Exception {
        try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
            RawHttp.Answer answer = http.exchange("GET /cimom HTTP/1.1\r\nHost: x\r\n" + AUTH + "\r\n\r\n");

            assertThat(answer.status()).isEqualTo(405);
            assertThat(answer.header("Allow")).isEqualTo("POST, M-POST");
        }
    }

    @Test
    void missingAuthorizationIsChallengedWithoutReadingTheBody() throws Exception {
        try (RawHttp http = new RawHttp(server.httpPort(), 5_000)) {
            // Headers only: the body never comes, so an answer proves the server did not wait for it.
            http.send("POST /cimom HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\nCIMOperation: MethodCall\r\n"
                + "CIMMethod: GetClass\r\nCIMObject: root/virt\r\nContent-Length: 50000\r\n\r\n");

            RawHttp.Answer answer = http.read();

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Basic realm=\"VE-manager\"");
        }
    }

    @Test
    void wrongPasswordIsChallengedToo() throws Exception {
        try (RawHttp http = new RawHttp(server.httpPort(), 5_000)) {
            RawHttp.Answer answer = http.exchange(RawHttp.post("GetClass", "root/virt", GOOD,
                "Authorization: " + RawHttp.basic(TestServer.ADMIN, "nope")));

            assertThat(answer.status()).isEqualTo(401);
        }
    }

    @Test
    void slowClientIsCutWithinTheBodyTimeout() throws Exception {
        try (RawHttp http = new RawHttp(server.httpPort(), 15_000)) {
            String request = GOOD_REQUEST();
            int headerEnd = request.indexOf("\r\n\r\n") + 4;
            http.send(request.substring(0, headerEnd));
            long started = System.nanoTime();
            boolean cut = false;
            for (int i = headerEnd; i < request.length() && !cut; i++) {
                try {
                    http.send(request.substring(i, i + 1));
                    Thread.sleep(500);
                } catch (java.io.IOException e) {
                    cut = true;
                }
                if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(8)) {
                    break;
                }
            }
            RawHttp.Answer answer = cut ? null : http.read();
            // Either a 408 or a cut connection, well before the trickle would have finished (~3 minutes).
            assertThat(cut || answer.status() == 408).isTrue();
            assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(12));
        }
    }

    @Test
    void keepAliveServesSeveralRequestsOnOneConnection() throws Exception {
        try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
            for (int i = 0; i < 3; i++) {
                assertThat(http.exchange(GOOD_REQUEST()).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void mPostUsesTheManPrefixBothWays() throws Exception {
        String request = "M-POST /cimom HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml; charset=\"utf-8\"\r\n" + AUTH + "\r\n"
            + "Man: http://www.dmtf.org/cim/mapping/http/v1.0 ; ns=73\r\n73-CIMOperation: MethodCall\r\n73-CIMMethod: GetClass\r\n"
            + "73-CIMObject: root%2Fvirt\r\nContent-Length: " + GOOD.length() + "\r\n\r\n" + GOOD;
        try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
            RawHttp.Answer answer = http.exchange(request);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("73-CIMOperation")).isEqualTo("MethodResponse");
            assertThat(answer.header("Ext")).isNotNull();
        }
    }

    @Test
    void responseHeadersAndTiming() throws Exception {
        STATISTICS.set(true);
        try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
            RawHttp.Answer timed = http.exchange(RawHttp.post("GetClass", "root/virt", GOOD, AUTH, "WBEMServerResponseTime: true"));
            STATISTICS.set(false);
            RawHttp.Answer untimed = http.exchange(RawHttp.post("GetClass", "root/virt", GOOD, AUTH, "WBEMServerResponseTime: true"));

            assertThat(timed.header("Content-Type")).isEqualTo("application/xml; charset=\"utf-8\"");
            assertThat(timed.header("CIMOperation")).isEqualTo("MethodResponse");
            assertThat(Long.parseLong(timed.header("WBEMServerResponseTime"))).isPositive();
            assertThat(untimed.header("WBEMServerResponseTime")).isNull();
        } finally {
            STATISTICS.set(false);
        }
    }

    @Test
    void streamedResponseReportsALateErrorInTrailers() throws Exception {
        FIXTURE.bigEnumeration(2_000, true);
        String body = imethod("EnumerateInstances", "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME NAME=\"VEM_Big\"/></IPARAMVALUE>");
        try (RawHttp http = new RawHttp(server.httpPort(), 10_000)) {
            RawHttp.Answer answer = http.exchange(RawHttp.post("EnumerateInstances", "root/virt", body, AUTH, "TE: trailers"));

            assertThat(answer.header("Transfer-Encoding")).isEqualTo("chunked");
            assertThat(answer.trailers()).containsEntry("cimstatuscode", "1");
            assertThat(answer.trailers().get("cimstatuscodedescription")).contains("fails after");
        } finally {
            FIXTURE.bigEnumeration(5_000, false);
        }
    }

    @Test
    void requestsOverTheConcurrencyLimitGet503() throws Exception {
        BLOCK.set(true);
        String names = imethod("EnumerateInstanceNames", "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME NAME=\"VEM_Foo\"/></IPARAMVALUE>");
        try (RawHttp first = new RawHttp(server.httpPort(), 15_000); RawHttp second = new RawHttp(server.httpPort(), 15_000);
             RawHttp third = new RawHttp(server.httpPort(), 15_000)) {
            first.send(RawHttp.post("EnumerateInstanceNames", "root/virt", names, AUTH));
            assertThat(BLOCKED.await(10, TimeUnit.SECONDS)).isTrue();
            second.send(RawHttp.post("EnumerateInstanceNames", "root/virt", names, AUTH));
            Thread.sleep(200);

            RawHttp.Answer refused = third.exchange(GOOD_REQUEST());

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            BLOCK.set(false);
            RELEASE.countDown();
            assertThat(first.read().status()).isEqualTo(200);
            assertThat(second.read().status()).isEqualTo(200);
        } finally {
            BLOCK.set(false);
            RELEASE.countDown();
        }
    }
}
