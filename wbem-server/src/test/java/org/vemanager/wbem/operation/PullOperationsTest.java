package org.vemanager.wbem.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.RecordingWriter;
import org.vemanager.wbem.testing.TestPaths;

/** The pull family: real paging, ownership, expiry on a hand-moved clock, limits. */
class PullOperationsTest {

    private final DispatcherFixture f = new DispatcherFixture(s -> s.withTimeouts(Duration.ofSeconds(30), Duration.ofMinutes(5), false)
        .withLimits(2, 50, 1000));

    private static UnsignedInteger32 n(long value) {
        return new UnsignedInteger32(value);
    }

    private static String context(RecordingWriter out) {
        return (String) out.out("EnumerationContext");
    }

    private static boolean end(RecordingWriter out) {
        return (Boolean) out.out("EndOfSequence");
    }

    /** Opens, then pulls {@code pageSize} at a time until the end; returns the page sizes seen. */
    private List<Integer> pages(String open, String pull, int openCount, int pageSize, List<String> keys, Object... params)
            throws CimException {
        List<Object> all = new ArrayList<>(List.of(params));
        all.addAll(List.of("MaxObjectCount", n(openCount)));
        RecordingWriter out = f.call(open, all.toArray());
        List<Integer> sizes = new ArrayList<>(List.of(out.items.size()));
        keys.addAll(out.keys());
        while (!end(out)) {
            out = f.call(pull, "EnumerationContext", context(out), "MaxObjectCount", n(pageSize));
            sizes.add(out.items.size());
            keys.addAll(out.keys());
        }
        assertThat(context(out)).isNull();
        return sizes;
    }

    static Stream<Arguments> paging() {
        return Stream.of(
            // the last item ends the sequence: production is lazy but knows when every provider is done
            Arguments.of(0, 1, List.of(0, 1, 1, 1)),
            Arguments.of(1, 1, List.of(1, 1, 1)),
            Arguments.of(2, 5, List.of(2, 1)),
            Arguments.of(100, 1, List.of(3)));
    }

    @ParameterizedTest(name = "open {0}, pull {1}")
    @MethodSource("paging")
    void pagesThroughEveryInstanceOnce(int openCount, int pageSize, List<Integer> expectedPages) throws CimException {
        List<String> keys = new ArrayList<>();
        List<Integer> sizes = pages("OpenEnumerateInstances", "PullInstancesWithPath", openCount, pageSize, keys,
            "ClassName", "TEST_Person");
        assertThat(keys).containsExactlyInAnyOrder("alice", "bob", "carol");
        assertThat(sizes).isEqualTo(expectedPages);
        assertThat(f.dispatcher.openEnumerationContexts()).isZero();
    }

    @Test
    void instancesCarryFullPathsAndFilters() throws CimException {
        RecordingWriter out = f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "DeepInheritance", false,
            "PropertyList", new String[] {"Extra", "Age"}, "MaxObjectCount", n(10));
        assertThat(out.items).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(ReturnElement.VALUE_INSTANCEWITHPATH);
            CIMInstance instance = (CIMInstance) i.value();
            assertThat(instance.getObjectPath().getHost()).isEqualTo("testhost");
            assertThat(instance.getObjectPath().getNamespace()).isEqualTo("root/test");
            assertThat(instance.getProperty("Extra")).isNull();
            assertThat(instance.getProperty("Age")).isNotNull();
        });
    }

    @Test
    void pathsAndAssociationsPage() throws CimException {
        List<String> keys = new ArrayList<>();
        pages("OpenEnumerateInstancePaths", "PullInstancePaths", 1, 1, keys, "ClassName", "CIM_ManagedElement");
        assertThat(keys).containsExactlyInAnyOrder("alice", "bob", "carol", "1", "2", "svc");
        keys.clear();
        pages("OpenAssociatorInstances", "PullInstancesWithPath", 0, 1, keys, "InstanceName", TestPaths.team(1));
        assertThat(keys).containsExactlyInAnyOrder("alice", "bob");
        keys.clear();
        pages("OpenAssociatorInstancePaths", "PullInstancePaths", 1, 1, keys, "InstanceName", TestPaths.person("alice"),
            "ResultClass", "TEST_Person");
        assertThat(keys).containsExactly("bob");
        keys.clear();
        pages("OpenReferenceInstances", "PullInstancesWithPath", 1, 1, keys, "InstanceName", TestPaths.person("alice"));
        assertThat(keys).hasSize(2);
        keys.clear();
        pages("OpenReferenceInstancePaths", "PullInstancePaths", 0, 10, keys, "InstanceName", TestPaths.team(1), "Role", "Team");
        assertThat(keys).hasSize(2);
    }

    @Test
    void pullOfTheWrongKindIsRefused() throws CimException {
        String ctx = context(f.call("OpenEnumerateInstancePaths", "ClassName", "TEST_Person", "MaxObjectCount", n(0)));
        assertThatThrownBy(() -> f.call("PullInstancesWithPath", "EnumerationContext", ctx, "MaxObjectCount", n(1)))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_ENUMERATION_CONTEXT));
        assertThat(f.call("PullInstancePaths", "EnumerationContext", ctx, "MaxObjectCount", n(10)).keys()).hasSize(3);
    }

    @Test
    void anotherUserCannotUseTheContext() throws CimException {
        String ctx = context(f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(1)));
        assertThatThrownBy(() -> f.callAs("mallory", Role.ADMIN, "PullInstancesWithPath", "EnumerationContext", ctx,
            "MaxObjectCount", n(1)))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_ENUMERATION_CONTEXT));
        assertThatThrownBy(() -> f.callAs("mallory", Role.ADMIN, "CloseEnumeration", "EnumerationContext", ctx))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_ENUMERATION_CONTEXT));
        assertThat(f.call("PullInstancesWithPath", "EnumerationContext", ctx, "MaxObjectCount", n(5)).items).hasSize(2);
    }

    @Test
    void contextExpiresWhenNotPulledWithinItsTimeout() throws CimException {
        String ctx = context(f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(1),
            "OperationTimeout", n(10)));
        f.advance(Duration.ofSeconds(9));
        String same = context(f.call("PullInstancesWithPath", "EnumerationContext", ctx, "MaxObjectCount", n(1)));
        assertThat(same).isEqualTo(ctx);
        f.advance(Duration.ofSeconds(11));
        assertThatThrownBy(() -> f.call("PullInstancesWithPath", "EnumerationContext", ctx, "MaxObjectCount", n(1)))
            .isInstanceOfSatisfying(CimException.class, e -> {
                assertThat(e.status()).isEqualTo(CimStatus.INVALID_ENUMERATION_CONTEXT);
                assertThat(e.getMessage()).contains("expired");
            });
        assertThat(f.dispatcher.openEnumerationContexts()).isZero();
    }

    @Test
    void defaultTimeoutAppliesWhenNull() throws CimException {
        String ctx = context(f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(0),
            "OperationTimeout", null));
        f.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> f.call("PullInstancesWithPath", "EnumerationContext", ctx, "MaxObjectCount", n(1)))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_ENUMERATION_CONTEXT));
    }

    @Test
    void zeroTimeoutAcceptedWhenTheServerAllowsIt() throws CimException {
        DispatcherFixture open = new DispatcherFixture(s -> s.withTimeouts(Duration.ofSeconds(30), Duration.ofMinutes(5), true));
        String ctx = context(open.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(0),
            "OperationTimeout", n(0)));
        open.advance(Duration.ofDays(3));
        assertThat(open.call("PullInstancesWithPath", "EnumerationContext", ctx, "MaxObjectCount", n(9)).items).hasSize(3);
    }

    @Test
    void closeAndCount() throws CimException {
        String ctx = context(f.call("OpenEnumerateInstances", "ClassName", "TEST_Team", "MaxObjectCount", n(0)));
        RecordingWriter unknown = f.call("EnumerationCount", "EnumerationContext", ctx);
        assertThat(unknown.values).singleElement().satisfies(v -> assertThat(v.value()).isNull());
        f.call("PullInstancesWithPath", "EnumerationContext", ctx, "MaxObjectCount", n(1));
        RecordingWriter known = f.call("EnumerationCount", "EnumerationContext", ctx);
        assertThat(known.values.get(0).value()).isEqualTo(new UnsignedInteger64("1"));
        f.call("CloseEnumeration", "EnumerationContext", ctx);
        assertThatThrownBy(() -> f.call("PullInstancesWithPath", "EnumerationContext", ctx, "MaxObjectCount", n(1)))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_ENUMERATION_CONTEXT));
    }

    @Test
    void openContextsPerUserAreLimited() throws CimException {
        f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(0));
        f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(0));
        assertThatThrownBy(() -> f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(0)))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.SERVER_LIMITS_EXCEEDED));
        assertThat(context(f.callAs("bob", Role.READER, "OpenEnumerateInstances", "ClassName", "TEST_Person",
            "MaxObjectCount", n(0)))).isNotNull();
    }

    @Test
    void bufferIsBoundedAndOverflowClosesTheContext() throws CimException {
        f.people.addMany(60);
        String ctx = context(f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(0)));
        assertThatThrownBy(() -> f.call("PullInstancesWithPath", "EnumerationContext", ctx, "MaxObjectCount", n(1)))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.SERVER_LIMITS_EXCEEDED));
        assertThat(f.dispatcher.openEnumerationContexts()).isZero();
    }

    @Test
    void pullRequiresMaxObjectCount() throws CimException {
        String ctx = context(f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(0)));
        assertThatThrownBy(() -> f.call("PullInstancesWithPath", "EnumerationContext", ctx))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_PARAMETER));
    }

    @Test
    void contextIdsAreUnguessable() throws CimException {
        String a = context(f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(0)));
        String b = context(f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "MaxObjectCount", n(0)));
        assertThat(a).hasSize(32).isNotEqualTo(b);
    }
}
