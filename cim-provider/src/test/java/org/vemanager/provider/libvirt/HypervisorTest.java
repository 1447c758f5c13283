package org.vemanager.provider.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vemanager.provider.testing.HostFixture;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/** The native edge on the libvirt test driver: error translation, reconnection with backoff, lifecycle events. */
class HypervisorTest {

    static final String WEB = "11111111-0000-4000-8000-000000000001";
    static final String SPARE = "11111111-0000-4000-8000-000000000004";

    static Path fixture(Path dir) {
        return HostFixture.write(dir, "/hosts/small-host.xml");
    }

    /** A libvirt call that fails for a known reason. */
    interface Failing {
        void run(Hypervisor h) throws CimException;
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("unknown domain", (Failing) h -> h.domain("99999999-0000-4000-8000-000000000000"), CimStatus.NOT_FOUND,
                        "no virtual system with UUID 99999999-0000-4000-8000-000000000000", false),
                Arguments.of("zero vCPUs", (Failing) h -> h.onDomain(WEB, "set vCPUs of web", d -> {
                    d.setVcpus(0);
                    return null;
                }), CimStatus.INVALID_PARAMETER, "set vCPUs of web: nvcpus in virDomainSetVcpus must not be zero", false),
                Arguments.of("power off a stopped domain", (Failing) h -> h.onDomain(SPARE, "power off spare", d -> {
                    d.destroy();
                    return null;
                }), CimStatus.FAILED, "power off spare: Requested operation is not valid", true),
                Arguments.of("hot-plug on the test driver", (Failing) h -> h.onDomain(WEB, "attach", d -> {
                    d.attachDeviceFlags("<disk type='file' device='disk'><source file='/x'/><target dev='vdz'/></disk>", 1);
                    return null;
                }), CimStatus.NOT_SUPPORTED, "not supported by the connection driver", false),
                Arguments.of("broken domain XML", (Failing) h -> h.call("define", c -> c.domainDefineXML("<domain type='test'><name>x")),
                        CimStatus.INVALID_PARAMETER, "define: (domain_definition)", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void translatesLibvirtErrorsInOnePlace(String title, Failing call, CimStatus status, String message, boolean invalidTransition,
            @TempDir Path dir) throws Exception {
        try (Hypervisor h = Hypervisor.open("test://" + fixture(dir))) {
            assertThatThrownBy(() -> call.run(h)).isInstanceOfSatisfying(CimException.class, e -> {
                assertThat(e.status()).isEqualTo(status);
                assertThat(e.getMessage()).contains(message);
                assertThat(e instanceof InvalidTransitionException).isEqualTo(invalidTransition);
            });
            assertThat(h.connected()).isTrue();
        }
    }

    @Test
    void saysTheHypervisorIsUnreachableWhenItCannotConnect(@TempDir Path dir) {
        assertThatThrownBy(() -> Hypervisor.open("test://" + dir.resolve("missing.xml")))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.status()).isEqualTo(CimStatus.FAILED);
                    assertThat(e.getMessage()).startsWith("hypervisor unreachable: cannot connect to test://");
                });
    }

    @Test
    void namesTheDebianPackageWhenTheNativeLibraryIsMissing() {
        CimException e = LibvirtErrors.libraryMissing(new UnsatisfiedLinkError("Unable to load library 'virt'"));

        assertThat(e.status()).isEqualTo(CimStatus.FAILED);
        assertThat(e.getMessage()).contains("libvirt.so.0", "install the Debian package libvirt0", "Unable to load library 'virt'");
    }

    @Test
    void reconnectsOnTheNextCallAfterTheConnectionDied() throws Exception {
        try (Hypervisor h = Hypervisor.open("test:///default")) {
            h.dropConnection();

            assertThatThrownBy(h::domainUuids).isInstanceOfSatisfying(CimException.class,
                    e -> assertThat(e.getMessage()).startsWith("hypervisor unreachable: test:///default"));
            assertThat(h.connected()).isFalse();
            assertThat(h.domainUuids()).isNotEmpty();
            assertThat(h.connected()).isTrue();
        }
    }

    @Test
    void backsOffBetweenFailedReconnectionsAndRecovers(@TempDir Path dir) throws Exception {
        Path file = fixture(dir);
        AtomicLong now = new AtomicLong(1_000_000);
        try (Hypervisor h = Hypervisor.open("test://" + file, now::get)) {
            Path away = dir.resolve("away.xml");
            Files.move(file, away);
            h.dropConnection();
            assertThatThrownBy(h::domainUuids).hasMessageStartingWith("hypervisor unreachable");

            assertThatThrownBy(h::domainUuids).as("first attempt fails").hasMessageContaining("cannot connect");
            assertThatThrownBy(h::domainUuids).as("no attempt during the backoff").hasMessageContaining("next reconnection attempt in 1 s");
            now.addAndGet(1_000);
            assertThatThrownBy(h::domainUuids).as("second attempt fails").hasMessageContaining("cannot connect");
            now.addAndGet(1_000);
            assertThatThrownBy(h::domainUuids).as("backoff doubled").hasMessageContaining("next reconnection attempt in 1 s");

            Files.move(away, file);
            now.addAndGet(1_000);
            assertThat(h.domainUuids()).hasSize(5);
        }
    }

    @Test
    void deliversDomainLifecycleEventsToOurListeners(@TempDir Path dir) throws Exception {
        try (Hypervisor h = Hypervisor.open("test://" + fixture(dir))) {
            BlockingQueue<DomainLifecycleEvent> events = new LinkedBlockingQueue<>();
            h.addLifecycleListener(events::add);

            h.onDomain(WEB, "pause web", d -> {
                d.suspend();
                return null;
            });

            DomainLifecycleEvent event = events.poll(60, TimeUnit.SECONDS);
            assertThat(event).isNotNull();
            assertThat(event.uuid()).isEqualTo(WEB);
            assertThat(event.name()).isEqualTo("web");
            assertThat(event.type()).isEqualTo(DomainLifecycleEvent.Type.SUSPENDED);
            assertThat(EventLoop.isRunning()).isTrue();
        }
    }
}
