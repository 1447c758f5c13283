package org.vemanager.wbem.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.testing.DispatcherFixture;
import org.vemanager.wbem.testing.RecordingWriter;
import org.vemanager.wbem.testing.TestPaths;

class MethodOperationsTest {

    private final DispatcherFixture f = new DispatcherFixture();

    @Test
    void untypedParametersGetTheDeclaredTypes() throws CimException {
        RecordingWriter out = f.invoke(TestPaths.service(), "greet",
            new CIMArgument<>("who", CIMDataType.STRING_T, UntypedValue.scalar("Ann")),
            new CIMArgument<>("Times", CIMDataType.STRING_T, UntypedValue.scalar("2")));
        assertThat(out.returnValue.type()).isEqualTo(CIMDataType.UINT32_T);
        assertThat(out.returnValue.value()).isEqualTo(new UnsignedInteger32(0));
        assertThat(out.out("Reply")).isEqualTo("Hello Ann!Hello Ann!");
        assertThat(f.service.lastArguments).extracting(CIMArgument::getName).containsExactly("Who", "Times");
        assertThat(f.service.lastArguments[1].getValue()).isEqualTo(new UnsignedInteger16(2));
    }

    @Test
    void typedParametersPassThrough() throws CimException {
        RecordingWriter out = f.invoke(TestPaths.service(), "Greet",
            new CIMArgument<>("Who", CIMDataType.STRING_T, "Bo"),
            new CIMArgument<>("Times", CIMDataType.UINT16_T, new UnsignedInteger16(1)));
        assertThat(out.out("Reply")).isEqualTo("Hello Bo!");
    }

    @Test
    void staticMethodOnClassPath() throws CimException {
        assertThat(f.invoke(TestPaths.path("TEST_Service"), "Ping").returnValue.value()).isEqualTo(new UnsignedInteger32(0));
    }

    static Stream<Arguments> embeddedForms() {
        String xml = """
            <INSTANCE CLASSNAME="TEST_Person">
              <QUALIFIER NAME="Description" TYPE="string"><VALUE>ignored</VALUE></QUALIFIER>
              <PROPERTY NAME="Name" TYPE="string"><VALUE>zoe</VALUE></PROPERTY>
              <PROPERTY NAME="Age" TYPE="uint32"><VALUE>41</VALUE></PROPERTY>
              <PROPERTY NAME="Active" TYPE="boolean"><VALUE>TRUE</VALUE></PROPERTY>
              <PROPERTY.ARRAY NAME="Nicknames" TYPE="string"><VALUE.ARRAY><VALUE>z</VALUE><VALUE.NULL/><VALUE>zo&amp;e</VALUE>\
            </VALUE.ARRAY></PROPERTY.ARRAY>
              <PROPERTY NAME="ElementName" TYPE="string"></PROPERTY>
            </INSTANCE>""";
        String mof = """
            instance of TEST_Person {
                Name = "zoe";
                Age = 41;
                Active = true;
                Nicknames = {"z", NULL, "zo&e"};
            };""";
        return Stream.of(Arguments.of("CIM-XML", xml), Arguments.of("MOF", mof));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("embeddedForms")
    void embeddedInstancesAreDecodedAndTyped(String form, String text) throws CimException {
        RecordingWriter out = f.invoke(TestPaths.service(), "Define", new CIMArgument<>("Person", CIMDataType.STRING_T, text));
        CIMArgument<?> person = f.service.lastArguments[0];
        assertThat(person.getDataType()).isEqualTo(CIMDataType.OBJECT_T);
        CIMInstance zoe = (CIMInstance) person.getValue();
        assertThat(zoe.getClassName()).isEqualTo("TEST_Person");
        assertThat(zoe.getPropertyValue("Age")).isEqualTo(new UnsignedInteger32(41));
        assertThat(zoe.getPropertyValue("Active")).isEqualTo(Boolean.TRUE);
        assertThat((String[]) zoe.getPropertyValue("Nicknames")).containsExactly("z", null, "zo&e");
        assertThat(zoe.getObjectPath().getKeyValue("Name")).isEqualTo("zoe");
        assertThat(out.outParameters.get("Echo").type()).isEqualTo(CIMDataType.OBJECT_T);
        assertThat(out.out("Echo")).isSameAs(zoe);
        assertThat(((CIMObjectPath) out.out("Created")).getKeyValue("Name")).isEqualTo("zoe");
    }

    @Test
    void embeddedArraysAndReferencesInXml() throws CimException {
        String withRef = "<INSTANCE CLASSNAME=\"TEST_Person\"><PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>a</VALUE></PROPERTY>"
            + "</INSTANCE>";
        f.invoke(TestPaths.service(), "Define", new CIMArgument<>("People", CIMDataType.STRING_ARRAY_T,
            UntypedValue.array(List.of(withRef, "instance of TEST_Ext { Name = \"b\"; Extra = \"e\"; };"))));
        CIMInstance[] people = (CIMInstance[]) f.service.lastArguments[0].getValue();
        assertThat(people).extracting(CIMInstance::getClassName).containsExactly("TEST_Person", "TEST_Ext");
        assertThat(people[1].getPropertyValue("Extra")).isEqualTo("e");
    }

    @Test
    void alreadyDecodedInstancesAreTypedAndCheckedLikeStrings() throws CimException {
        CIMInstance sent = new CIMInstance(TestPaths.path("test_person"), new CIMProperty<?>[] {
            new CIMProperty<>("name", CIMDataType.STRING_T, "zed", false, false, null),
            new CIMProperty<>("Age", CIMDataType.STRING_T, "7", false, false, null)});
        f.invoke(TestPaths.service(), "Define", new CIMArgument<>("Person", CIMDataType.OBJECT_T, sent));
        CIMInstance typed = (CIMInstance) f.service.lastArguments[0].getValue();
        assertThat(typed.getClassName()).isEqualTo("TEST_Person");
        assertThat(typed.getPropertyValue("Age")).isEqualTo(new UnsignedInteger32(7));
        assertThat(typed.getObjectPath().getKeyValue("Name")).isEqualTo("zed");

        CIMInstance unknown = new CIMInstance(TestPaths.path("TEST_Person"), new CIMProperty<?>[] {
            new CIMProperty<>("Shoe", CIMDataType.STRING_T, "x", false, false, null)});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.invoke(TestPaths.service(), "Define",
            new CIMArgument<>("People", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[] {unknown})))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_PARAMETER))
            .hasMessageContaining("People[0]").hasMessageContaining("Shoe");
    }

    @Test
    void embeddedXmlIsBounded() {
        String huge = "<INSTANCE CLASSNAME=\"TEST_Person\">" + "<QUALIFIER NAME=\"q\"></QUALIFIER>".repeat(30_000) + "</INSTANCE>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.invoke(TestPaths.service(), "Define",
            new CIMArgument<>("Person", CIMDataType.STRING_T, huge)))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.getMessage()).contains("too large"));
    }
}
