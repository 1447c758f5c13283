package org.vemanager.wbem.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.mof.MofRepository;

class RepositoryHierarchyTest {

    private static CIMClass cimClass(String name, String parent) {
        return new CIMClass(name, parent, new CIMQualifier<?>[0], new CIMClassProperty<?>[0], new CIMMethod<?>[0]);
    }

    /** root/virt: VEM_ComputerSystem ⊂ CIM_ComputerSystem ⊂ CIM_System; root/interop: CIM_InstModification ⊂ CIM_InstIndication. */
    private static final MofRepository REPOSITORY = new MofRepository() {
        private final Map<String, List<CIMClass>> classes = Map.of(
                "root/virt", List.of(cimClass("CIM_System", null), cimClass("CIM_ComputerSystem", "CIM_System"),
                        cimClass("VEM_ComputerSystem", "CIM_ComputerSystem")),
                "root/interop", List.of(cimClass("CIM_InstIndication", ""), cimClass("CIM_InstModification", "CIM_InstIndication")));

        @Override
        public Set<String> namespaces() {
            return classes.keySet();
        }

        @Override
        public Collection<CIMQualifierType<?>> qualifierTypes(String namespace) {
            return List.of();
        }

        @Override
        public Collection<CIMClass> classes(String namespace) {
            return classes.getOrDefault(namespace, List.of());
        }

        @Override
        public CIMClass getClass(String namespace, String className) {
            return classes(namespace).stream().filter(c -> c.getName().equalsIgnoreCase(className)).findFirst().orElse(null);
        }

        @Override
        public Collection<CIMInstance> instances(String namespace) {
            return List.of();
        }
    };

    @ParameterizedTest
    @CsvSource({
        "VEM_ComputerSystem, CIM_System, true",
        "vem_computersystem, cim_computersystem, true",
        "VEM_ComputerSystem, VEM_ComputerSystem, true",
        "CIM_System, VEM_ComputerSystem, false",
        "CIM_InstModification, CIM_InstIndication, true",
        "CIM_InstModification, CIM_System, false",
        "VEM_Unknown, CIM_System, false"})
    void walksSuperclasses(String className, String ancestor, boolean expected) {
        assertThat(new RepositoryHierarchy(REPOSITORY).isA(className, ancestor)).isEqualTo(expected);
    }
}
