package org.vemanager.mof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;

/**
 * The whole DMTF CIM Schema 2.41 (../shared/dmtf-schema) compiles without an error, and what it
 * yields agrees with the MOF. Fails — does not skip — when the shared folder is missing: the
 * compiler is not known to work until it has compiled the real schema.
 */
class DmtfSchemaTest {

    private static final String NS = "root/cimv2";
    private static MofRepository repository;

    @BeforeAll
    static void compileSchema() throws MofCompilationException {
        Path shared = Path.of(System.getProperty("vem.shared.dir", "../../shared"));
        Path schema = shared.resolve("dmtf-schema").resolve("cim_schema_2.41.0.mof");
        assertThat(Files.isRegularFile(schema))
            .as("the DMTF schema must be at %s (set -Dvem.shared.dir to the shared folder)", schema.toAbsolutePath())
            .isTrue();
        repository = new MofCompiler().compile(schema);
    }

    @Test
    void compilesEveryQualifierTypeAndClass() {
        assertThat(repository.namespaces()).containsExactly(NS);
        // qualifiers.mof declares 56, qualifiers_optional.mof 14.
        assertThat(repository.qualifierTypes(NS)).hasSize(70);
        assertThat(repository.classes(NS)).hasSizeGreaterThanOrEqualTo(1800);
        assertThat(repository.instances(NS)).isEmpty();
    }

    @Test
    void everySuperclassComesBeforeItsSubclasses() {
        List<String> seen = new ArrayList<>();
        for (CIMClass c : repository.classes(NS)) {
            if (c.getSuperClassName() != null) {
                assertThat(seen).as("superclass of %s", c.getName()).contains(c.getSuperClassName().toLowerCase());
            }
            seen.add(c.getName().toLowerCase());
        }
    }

    @Test
    void computerSystemHasTheSuperclassChainOfTheSchema() {
        List<String> chain = new ArrayList<>();
        for (CIMClass c = repository.getClass(NS, "cim_computersystem"); c != null;
             c = c.getSuperClassName() == null ? null : repository.getClass(NS, c.getSuperClassName())) {
            chain.add(c.getName());
        }
        assertThat(chain).containsExactly("CIM_ComputerSystem", "CIM_System", "CIM_AllocatedLogicalElement",
            "CIM_EnabledLogicalElement", "CIM_LogicalElement", "CIM_ManagedSystemElement", "CIM_ManagedElement");
    }

    @Test
    void virtualSystemSettingDataHasInstanceIdAsItsOnlyKey() {
        CIMClass vssd = repository.getClass(NS, "CIM_VirtualSystemSettingData");
        assertThat(Arrays.stream(vssd.getKeys()).map(CIMClassProperty::getName)).containsExactly("InstanceID");
        assertThat(vssd.isKeyed()).isTrue();
        // InstanceID is overridden in CIM_SettingData (Key, Override), so that is its class origin.
        assertThat(vssd.getProperty("InstanceID").getOriginClass()).isEqualTo("CIM_SettingData");
        assertThat(vssd.getProperty("InstanceID").isPropagated()).isTrue();
        assertThat(vssd.getProperty("VirtualSystemType").getOriginClass()).isEqualTo("CIM_VirtualSystemSettingData");
        assertThat(vssd.getProperty("VirtualSystemType").isPropagated()).isFalse();
    }

    @Test
    void requestStateChangeHasItsParametersWithTheirQualifiers() {
        CIMMethod<?> method = repository.getClass(NS, "CIM_EnabledLogicalElement").getMethod("RequestStateChange");
        assertThat(method.getDataType()).isEqualTo(CIMDataType.UINT32_T);
        // javax.cim keeps parameters (like properties) sorted by name, not in declaration order.
        assertThat(Arrays.stream(method.getParameters()).map(CIMParameter::getName))
            .containsExactlyInAnyOrder("RequestedState", "Job", "TimeoutPeriod");
        CIMParameter<?> job = method.getParameter("Job");
        assertThat(job.getDataType().getType()).isEqualTo(CIMDataType.REFERENCE);
        assertThat(job.getDataType().getRefClassName()).isEqualTo("CIM_ConcreteJob");
        assertThat(job.getQualifierValue("In")).isEqualTo(Boolean.FALSE);
        assertThat(job.getQualifierValue("Out")).isEqualTo(Boolean.TRUE);
        assertThat(method.getParameter("TimeoutPeriod").getDataType()).isEqualTo(CIMDataType.DATETIME_T);
        // Inherited by CIM_ComputerSystem, with CIM_EnabledLogicalElement as its origin.
        CIMMethod<?> inherited = repository.getClass(NS, "CIM_ComputerSystem").getMethod("RequestStateChange");
        assertThat(inherited.isPropagated()).isTrue();
        assertThat(inherited.getOriginClass()).isEqualTo("CIM_EnabledLogicalElement");
    }

    @ParameterizedTest(name = "{0}.{1} comes from {2}")
    @CsvSource(delimiter = '|', textBlock = """
        CIM_ComputerSystem           | ElementName      | CIM_ManagedElement
        CIM_ComputerSystem           | EnabledState     | CIM_EnabledLogicalElement
        CIM_ComputerSystem           | Name             | CIM_System
        CIM_ComputerSystem           | NameFormat       | CIM_ComputerSystem
        CIM_ComputerSystem           | Dedicated        | CIM_ComputerSystem
        CIM_VirtualSystemSettingData | ElementName      | CIM_SettingData
        """)
    void inheritedPropertiesKeepTheirClassOrigin(String className, String property, String origin) {
        CIMClassProperty<?> p = repository.getClass(NS, className).getProperty(property);
        assertThat(p).as("%s.%s", className, property).isNotNull();
        assertThat(p.getOriginClass()).isEqualTo(origin);
        assertThat(p.isPropagated()).isEqualTo(!origin.equals(className));
    }

    @Test
    void qualifiersPropagateByFlavor() {
        CIMClass system = repository.getClass(NS, "CIM_ComputerSystem");
        // Abstract is Restricted: CIM_System is abstract, CIM_ComputerSystem does not inherit that.
        assertThat(repository.getClass(NS, "CIM_System").getQualifierValue("Abstract")).isEqualTo(Boolean.TRUE);
        assertThat(system.hasQualifier("Abstract")).isFalse();
        // Key is ToSubclass: the inherited CreationClassName key stays a key.
        assertThat(system.getProperty("CreationClassName").isKey()).isTrue();
        assertThat(system.getProperty("CreationClassName").getQualifier("Key").isPropagated()).isTrue();
        // A default value written in MOF is typed: EnabledState = 5 is a uint16.
        assertThat(system.getProperty("EnabledState").getValue()).isEqualTo(new UnsignedInteger16(5));
    }

    @Test
    void associationsAreMarkedAsSuch() {
        CIMClass component = repository.getClass(NS, "CIM_SystemComponent");
        assertThat(component.isAssociation()).isTrue();
        assertThat(component.getProperty("GroupComponent").getDataType().getRefClassName()).isEqualTo("CIM_System");
        assertThat(repository.getClass(NS, "CIM_ComputerSystem").isAssociation()).isFalse();
    }
}
