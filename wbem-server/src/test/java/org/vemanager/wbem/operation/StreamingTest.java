package org.vemanager.wbem.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.RecordingWriter;
import org.vemanager.wbem.testing.TestSchema;

/** Results go to the writer as the provider produces them, and a writer that gives up stops the provider. */
class StreamingTest {

    private final DispatcherFixture f = new DispatcherFixture();

    @Test
    void enumerationStreamsAndStopsWhenTheClientIsGone() {
        f.people.addMany(10_000);
        RecordingWriter out = new RecordingWriter().failAfter(5);
        assertThatThrownBy(() -> f.dispatcher.dispatch(new CimRequest("EnumerateInstances", true, TestSchema.NAMESPACE, null,
            java.util.Map.of("ClassName", "TEST_Person"), java.util.List.of(), "alice", Role.READER), out))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.SERVER_LIMITS_EXCEEDED));
        assertThat(out.items).hasSize(5);
    }

    @Test
    void plainInstancesAreNotCopied() throws CimException {
        AtomicInteger same = new AtomicInteger();
        RecordingWriter out = f.call("EnumerateInstances", "ClassName", "TEST_Team");
        f.registry.instanceProvider(f.classes.classInfo(TestSchema.NAMESPACE, "TEST_Team"))
            .enumerateInstances(null, "TEST_Team", instance -> {
                if (out.instances().stream().anyMatch(i -> i.equals(instance))) {
                    same.incrementAndGet();
                }
            });
        assertThat(same).hasValue(2);
    }
}
