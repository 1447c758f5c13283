package org.vemanager.wbem.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

class QueryTest {

    /** VEM_ComputerSystem ⊂ CIM_ComputerSystem ⊂ CIM_System; CIM_InstModification ⊂ CIM_InstIndication. */
    private static final Map<String, String> PARENTS = Map.of(
            "vem_computersystem", "cim_computersystem",
            "cim_computersystem", "cim_system",
            "cim_instmodification", "cim_instindication",
            "cim_instcreation", "cim_instindication");

    static final ClassHierarchy HIERARCHY = (name, ancestor) -> {
        for (String c = name.toLowerCase(); c != null; c = PARENTS.get(c)) {
            if (c.equalsIgnoreCase(ancestor)) {
                return true;
            }
        }
        return false;
    };

    static CIMInstance system(String className, String name, int enabledState) {
        CIMObjectPath path = new CIMObjectPath(null, null, null, "root/virt", className,
                new CIMProperty<?>[] {new CIMProperty<>("Name", CIMDataType.STRING_T, name, true, false, null)});
        return new CIMInstance(path, new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, name, true, false, null),
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, "vm-" + name),
            new CIMProperty<>("EnabledState", CIMDataType.UINT16_T, new UnsignedInteger16(enabledState)),
            new CIMProperty<>("Memory", CIMDataType.UINT64_T, new UnsignedInteger64("18446744073709551615")),
            new CIMProperty<>("Load", CIMDataType.REAL64_T, 0.75),
            new CIMProperty<>("Dedicated", CIMDataType.BOOLEAN_T, Boolean.TRUE),
            new CIMProperty<>("Description", CIMDataType.STRING_T, null),
            new CIMProperty<>("Tags", CIMDataType.STRING_ARRAY_T, new String[] {"a"}),
            new CIMProperty<>("InstallDate", CIMDataType.DATETIME_T, new CIMDateTimeAbsolute("20260101120000.000000+000")),
        });
    }

    static CIMInstance modification(CIMInstance source, CIMInstance previous) {
        return new CIMInstance(new CIMObjectPath(null, null, null, "root/virt", "CIM_InstModification", null),
                new CIMProperty<?>[] {
                    new CIMProperty<>("SourceInstance", CIMDataType.OBJECT_T, source),
                    new CIMProperty<>("PreviousInstance", CIMDataType.OBJECT_T, previous),
                    new CIMProperty<>("IndicationIdentifier", CIMDataType.STRING_T, "id-1"),
                });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            '' | the query text is empty
            SELEC * FROM A | position 1: expected SELECT but found 'SELEC'
            SELECT FROM A | position 8: expected '*' or a property name in the SELECT list but found 'FROM'
            SELECT * A | position 10: expected FROM but found 'A'
            SELECT * FROM | position 14: expected a class name after FROM but found end of query
            SELECT * FROM A B | position 17: expected WHERE or end of query but found 'B'
            SELECT * FROM A WHERE | position 22: expected a property name or a literal but found end of query
            SELECT * FROM A WHERE X | position 24: expected a comparison operator (=, <>, !=, <, <=, >, >=), IS, ISA or LIKE
            SELECT * FROM A WHERE X = 1 Y | position 29: expected AND, OR or end of query but found 'Y'
            SELECT * FROM A WHERE (X = 1 | position 29: expected ')' or AND/OR but found end of query
            SELECT * FROM A WHERE X = 'abc | position 27: string literal is not closed
            SELECT * FROM A WHERE X IS 5 | position 28: expected NULL but found '5'
            SELECT * FROM A WHERE X ISA 'B' | position 29: expected a class name after ISA but found string 'B'
            SELECT * FROM A WHERE X LIKE 5 | position 30: expected a string pattern after LIKE but found '5'
            SELECT * FROM A WHERE X NOT = 5 | position 29: expected LIKE after NOT but found '='
            SELECT * FROM A WHERE X = # | position 27: unexpected character '#'
            SELECT * FROM A WHERE X.Y:: = 1 | position 29: expected a property name after '::' but found '='
            SELECT * FROM A WHERE X = - Y | position 29: expected a number after '-' but found 'Y'
            SELECT * FROM A WHERE X LIKE 'a[bc' | LIKE pattern 'a[bc': character set '[' is not closed
            """)
    void rejectsInvalidQueriesSayingWhereAndWhat(String text, String message) {
        assertThatThrownBy(() -> Query.parse("WQL", text == null ? "" : text))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.status()).isEqualTo(CimStatus.INVALID_QUERY);
                    assertThat(e.description()).contains(message);
                });
    }

    @ParameterizedTest
    @CsvSource({"SQL", "CQL2", "XPath"})
    void rejectsOtherLanguages(String language) {
        assertThatThrownBy(() -> Query.parse(language, "SELECT * FROM A"))
                .isInstanceOfSatisfying(CimException.class,
                        e -> assertThat(e.status()).isEqualTo(CimStatus.QUERY_LANGUAGE_NOT_SUPPORTED));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true | SELECT * FROM CIM_ComputerSystem
            true | select * from cim_system
            false | SELECT * FROM CIM_InstModification
            true | SELECT * FROM CIM_ComputerSystem WHERE EnabledState = 2
            true | SELECT * FROM CIM_ComputerSystem WHERE enabledstate = 2
            true | SELECT * FROM CIM_ComputerSystem WHERE EnabledState = '2'
            false | SELECT * FROM CIM_ComputerSystem WHERE EnabledState <> 2
            false | SELECT * FROM CIM_ComputerSystem WHERE EnabledState != 2
            true | SELECT * FROM CIM_ComputerSystem WHERE EnabledState >= 2 AND EnabledState <= 2
            true | SELECT * FROM CIM_ComputerSystem WHERE EnabledState > -1
            false | SELECT * FROM CIM_ComputerSystem WHERE EnabledState < 2.0
            true | SELECT * FROM CIM_ComputerSystem WHERE EnabledState = 0x2
            true | SELECT * FROM CIM_ComputerSystem WHERE Memory = 18446744073709551615
            true | SELECT * FROM CIM_ComputerSystem WHERE Memory > 9223372036854775807
            true | SELECT * FROM CIM_ComputerSystem WHERE Load < 1 AND Load > 0.5
            true | SELECT * FROM CIM_ComputerSystem WHERE Load = 7.5e-1
            true | SELECT * FROM CIM_ComputerSystem WHERE Dedicated = TRUE
            false | SELECT * FROM CIM_ComputerSystem WHERE Dedicated = false
            true | SELECT * FROM CIM_ComputerSystem WHERE Name = 'vm1'
            false | SELECT * FROM CIM_ComputerSystem WHERE Name = 'VM1'
            true | SELECT * FROM CIM_ComputerSystem WHERE Name < 'vm2' AND Name > 'vm0'
            true | SELECT * FROM CIM_ComputerSystem WHERE CIM_ComputerSystem.Name = "vm1"
            true | SELECT * FROM CIM_ComputerSystem WHERE Name = 'vm1' OR EnabledState = 99 AND Name = 'x'
            false | SELECT * FROM CIM_ComputerSystem WHERE (Name = 'vm1' OR EnabledState = 99) AND Name = 'x'
            true | SELECT * FROM CIM_ComputerSystem WHERE NOT Name = 'x' AND NOT (EnabledState = 3)
            true | SELECT * FROM CIM_ComputerSystem WHERE Description IS NULL
            false | SELECT * FROM CIM_ComputerSystem WHERE Description IS NOT NULL
            true | SELECT * FROM CIM_ComputerSystem WHERE Description = NULL
            true | SELECT * FROM CIM_ComputerSystem WHERE NoSuchProperty IS NULL
            false | SELECT * FROM CIM_ComputerSystem WHERE Description = 'x'
            false | SELECT * FROM CIM_ComputerSystem WHERE NOT Description = 'x'
            true | SELECT * FROM CIM_ComputerSystem WHERE NOT Description = 'x' OR Name = 'vm1'
            false | SELECT * FROM CIM_ComputerSystem WHERE Tags = 'a'
            false | SELECT * FROM CIM_ComputerSystem WHERE Name = 2
            true | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm-%'
            true | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm_vm1'
            true | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE '[uv]m-vm[0-9]'
            false | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE '[^v]%'
            true | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm[-]vm%'
            false | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm[%]%'
            false | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm'
            false | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'VM-%'
            true | SELECT * FROM CIM_ComputerSystem WHERE ElementName NOT LIKE 'x%'
            false | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm.*'
            true | SELECT * FROM CIM_ComputerSystem WHERE InstallDate > '20251231000000.000000+000'
            false | SELECT * FROM CIM_ComputerSystem WHERE InstallDate < '20251231000000.000000+000'
            true | SELECT * FROM CIM_ComputerSystem WHERE CIM_ComputerSystem ISA CIM_System
            true | SELECT * FROM VEM_ComputerSystem WHERE CIM_System.Name = 'vm1'
            false | SELECT * FROM VEM_ComputerSystem WHERE CIM_InstCreation.Name = 'vm1'
            """)
    void evaluatesWqlAgainstAComputerSystem(boolean expected, String text) throws CimException {
        Query query = Query.parse("WQL", text);
        assertThat(query.matches(system("VEM_ComputerSystem", "vm1", 2), HIERARCHY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm.*'
            true | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm-v.1'
            true | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'v*m-vm1'
            false | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm-%'
            true | SELECT * FROM CIM_ComputerSystem WHERE ElementName LIKE 'vm\\-vm[0-9]'
            """)
    void cqlLikeUsesBasicRegularExpressions(boolean expected, String text) throws CimException {
        Query query = Query.parse("DMTF:CQL", text);
        assertThat(query.matches(system("VEM_ComputerSystem", "vm1", 2), HIERARCHY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true | SELECT * FROM CIM_InstModification WHERE SourceInstance ISA VEM_ComputerSystem
            true | SELECT * FROM CIM_InstIndication WHERE SourceInstance ISA CIM_System
            false | SELECT * FROM CIM_InstModification WHERE SourceInstance ISA CIM_InstCreation
            false | SELECT * FROM CIM_InstModification WHERE NoSuchEmbedded ISA CIM_System
            true | SELECT * FROM CIM_InstModification WHERE SourceInstance.Name = 'vm1'
            true | SELECT * FROM CIM_InstModification WHERE SourceInstance.CIM_ComputerSystem::EnabledState = 2
            false | SELECT * FROM CIM_InstModification WHERE SourceInstance.CIM_InstCreation::Name = 'vm1'
            false | SELECT * FROM CIM_InstModification WHERE SourceInstance.Name <> PreviousInstance.Name
            true | SELECT * FROM CIM_InstModification WHERE IndicationIdentifier.Name IS NULL
            """)
    void reachesIntoEmbeddedInstances(boolean expected, String text) throws CimException {
        CIMInstance indication = modification(system("VEM_ComputerSystem", "vm1", 2), system("VEM_ComputerSystem", "vm1", 3));
        assertThat(Query.parse("DMTF:CQL", text).matches(indication, HIERARCHY)).isEqualTo(expected);
    }

    @Test
    void matchesTheStateChangeFilterOfTheVirtualSystemProfile() throws CimException {
        Query query = Query.parse("DMTF:CQL", "SELECT * FROM CIM_InstModification WHERE SourceInstance ISA VEM_ComputerSystem"
                + " AND SourceInstance.CIM_ComputerSystem::EnabledState <> PreviousInstance.CIM_ComputerSystem::EnabledState");
        CIMInstance running = system("VEM_ComputerSystem", "vm1", 2);
        assertThat(query.matches(modification(running, system("VEM_ComputerSystem", "vm1", 3)), HIERARCHY)).isTrue();
        assertThat(query.matches(modification(running, running), HIERARCHY)).isFalse();
        assertThat(query.matches(modification(system("CIM_System", "h", 2), system("CIM_System", "h", 3)), HIERARCHY)).isFalse();
    }

    @Test
    void selectListAndProjection() throws CimException {
        Query query = Query.parse("wql", "SELECT Name, CIM_ComputerSystem.EnabledState, name FROM CIM_ComputerSystem");
        assertThat(query.fromClass()).isEqualTo("CIM_ComputerSystem");
        assertThat(query.selectList()).containsExactly("Name", "EnabledState");
        CIMInstance projected = query.project(system("VEM_ComputerSystem", "vm1", 2));
        assertThat(projected.getProperties()).extracting(CIMProperty::getName).containsExactlyInAnyOrder("Name", "EnabledState");
        assertThat(projected.getObjectPath().getKeyValue("Name")).isEqualTo("vm1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM CIM_ComputerSystem
            SELECT CIM_ComputerSystem.* FROM CIM_ComputerSystem
            """)
    void selectAllKeepsEveryProperty(String text) throws CimException {
        Query query = Query.parse("WQL", text);
        CIMInstance instance = system("VEM_ComputerSystem", "vm1", 2);
        assertThat(query.selectList()).isEmpty();
        assertThat(query.project(instance)).isSameAs(instance);
    }
}
