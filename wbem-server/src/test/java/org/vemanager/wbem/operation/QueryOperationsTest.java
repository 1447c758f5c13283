package org.vemanager.wbem.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.RecordingWriter;

/** ExecQuery, OpenQueryInstances and FilterQuery once a query engine is plugged (here a toy one). */
class QueryOperationsTest {

    /**
     * Language "TOY": {@code <class> [<property> <value>] [ISA <class>]} selects instances of the class
     * whose property's text equals the value; projection keeps Name only.
     */
    static final QueryEngine TOY = (language, text) -> {
        if (!"TOY".equals(language)) {
            throw new CimException(CimStatus.QUERY_LANGUAGE_NOT_SUPPORTED, language);
        }
        String[] words = text.trim().split("\\s+");
        return new PreparedQuery() {
            @Override
            public String fromClass() {
                return words[0];
            }

            @Override
            public boolean matches(CIMInstance instance, IsA isA) {
                if (words.length == 3 && "ISA".equals(words[1])) {
                    return isA.test(instance.getClassName(), words[2]);
                }
                return words.length < 3 || String.valueOf(instance.getPropertyValue(words[1])).equals(words[2]);
            }

            @Override
            public CIMInstance project(CIMInstance instance) {
                return instance.filterProperties(false, false, new String[] {"Name"});
            }
        };
    };

    private final DispatcherFixture f = new DispatcherFixture(s -> s.withQueryEngine(TOY));

    @Test
    void execQuerySelectsAndProjects() throws CimException {
        RecordingWriter out = f.call("ExecQuery", "QueryLanguage", "TOY", "Query", "TEST_Person Age 40");
        assertThat(out.items).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ReturnElement.VALUE_OBJECTWITHPATH);
            CIMInstance bob = (CIMInstance) i.value();
            assertThat(Arrays.stream(bob.getProperties()).map(CIMProperty::getName)).containsExactly("Name");
            assertThat(bob.getObjectPath().getHost()).isEqualTo("testhost");
        });
        assertThat(f.call("ExecQuery", "QueryLanguage", "TOY", "Query", "CIM_ManagedElement ISA TEST_Ext").keys())
            .containsExactly("bob");
    }

    @Test
    void unknownLanguageAndUnknownClass() {
        assertThatThrownBy(() -> f.call("ExecQuery", "QueryLanguage", "SQL", "Query", "x"))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.QUERY_LANGUAGE_NOT_SUPPORTED));
        assertThatThrownBy(() -> f.call("ExecQuery", "QueryLanguage", "TOY", "Query", "TEST_Nothing"))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_QUERY));
    }

    @Test
    void openQueryInstancesPagesInstancesWithoutPath() throws CimException {
        RecordingWriter open = f.call("OpenQueryInstances", "FilterQueryLanguage", "TOY", "FilterQuery", "TEST_Person",
            "MaxObjectCount", new UnsignedInteger32(2));
        assertThat(open.items).hasSize(2).allSatisfy(i -> assertThat(i.kind()).isEqualTo(ReturnElement.INSTANCE));
        RecordingWriter rest = f.call("PullInstances", "EnumerationContext", open.out("EnumerationContext"),
            "MaxObjectCount", new UnsignedInteger32(5));
        assertThat(rest.items).hasSize(1);
        assertThat(rest.out("EndOfSequence")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void filterQueryNarrowsAPullEnumeration() throws CimException {
        RecordingWriter out = f.call("OpenEnumerateInstances", "ClassName", "TEST_Person", "FilterQueryLanguage", "TOY",
            "FilterQuery", "TEST_Person Name carol", "MaxObjectCount", new UnsignedInteger32(10));
        assertThat(out.keys()).containsExactly("carol");
    }
}
