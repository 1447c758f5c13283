package org.vemanager.wbem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.UntypedValue;
import org.vemanager.wbem.testsupport.FixtureDispatcher;
import org.vemanager.wbem.testsupport.TestServer;

/** {@code wbemcli} (sblim-wbemcli, run as a process over HTTPS) against a running WbemServer. */
class WbemcliIT {

    @TempDir
    static Path dir;

    private static final FixtureDispatcher DISPATCHER = new FixtureDispatcher();
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        FixtureDispatcher.nullArrayElements(false);
        server = TestServer.start(dir, DISPATCHER);
    }

    @AfterAll
    static void stop() throws Exception {
        FixtureDispatcher.nullArrayElements(true);
        server.close();
    }

    private static String url(String user, String password, String path) {
        return "https://" + user + ":" + password + "@127.0.0.1:" + server.httpsPort() + "/" + path;
    }

    private static String admin(String path) {
        return url(TestServer.ADMIN, TestServer.ADMIN_PASSWORD, path);
    }

    record Result(int exit, String output) {
    }

    private static Result wbemcli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wbemcli", "-noverify"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("wbemcli finished").isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void enumerateInstanceNamesUsesTheNonSelfClosingNamespaceForm() throws Exception {
        Result result = wbemcli("ein", admin("root/virt:VEM_Foo"));

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("VEM_Foo.Name=\"one\"", "VEM_Foo.Name=\"two\"", "VEM_Foo.Name=\"three\"");
        assertThat(DISPATCHER.lastRequest().namespace()).isEqualTo("root/virt");
    }

    @Test
    void enumerateInstancesShowsValues() throws Exception {
        Result result = wbemcli("ei", admin("root/virt:VEM_Foo"));

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("Name=\"one\"", "Sizes=1,2,65535");
        assertThat(DISPATCHER.lastRequest().operation()).isEqualTo("EnumerateInstances");
    }

    @Test
    void getClassAndGetInstance() throws Exception {
        Result getClass = wbemcli("gc", admin("root/virt:VEM_Foo"));
        Result getInstance = wbemcli("gi", admin("root/virt:VEM_Foo.Name=\"two\""));

        assertThat(getClass.exit()).as(getClass.output()).isZero();
        assertThat(getClass.output()).contains("VEM_Foo", "Name=", "Sizes=", "Peer=");
        assertThat(getInstance.exit()).as(getInstance.output()).isZero();
        assertThat(getInstance.output()).contains("Name=\"two\"");
    }

    @Test
    void callMethodWithParameters() throws Exception {
        Result result = wbemcli("cm", admin("root/virt:VEM_Foo.Name=\"one\""), "Echo.Text=\"xyz\",Count=1");

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("zyx");
        CimRequest request = DISPATCHER.lastRequest();
        assertThat(request.operation()).isEqualTo("Echo");
        CIMArgument<?> text = request.methodParameters().stream().filter(a -> a.getName().equals("Text")).findFirst().orElseThrow();
        Object value = text.getValue() instanceof UntypedValue untyped ? untyped.text() : text.getValue();
        assertThat(value).isEqualTo("xyz");
    }

    @Test
    void errorsAndWrongPasswordsAreReported() throws Exception {
        Result missing = wbemcli("gi", admin("root/virt:VEM_Foo.Name=\"absent\""));
        Result denied = wbemcli("ein", url(TestServer.ADMIN, "not-the-password", "root/virt:VEM_Foo"));

        assertThat(missing.exit()).isNotZero();
        assertThat(missing.output()).contains("CIM_ERR_NOT_FOUND");
        assertThat(denied.exit()).isNotZero();
        assertThat(denied.output()).containsIgnoringCase("username/password");
    }
}
