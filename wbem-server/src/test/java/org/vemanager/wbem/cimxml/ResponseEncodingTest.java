package org.vemanager.wbem.cimxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMDateTimeAbsolute;
import org.metricshub.wbem.javax.cim.CIMFlavor;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.metricshub.wbem.javax.cim.CIMScope;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger8;
import org.vemanager.wbem.operation.ReturnElement;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.testsupport.FixtureDispatcher;

/** What the encoder writes is valid against the DSP0203 structure, and decodes back to what went in. */
class ResponseEncodingTest {

    /** One response scenario: the operation and what the dispatcher says. */
    interface Scenario {
        void answer(CimXmlResponse response) throws Exception;
    }

    static String encode(String operation, boolean intrinsic, Scenario scenario) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output((buffer, last) -> bytes.write(buffer.array(), buffer.arrayOffset() + buffer.position(),
            buffer.remaining()), 256);
        CimXmlResponse response = new CimXmlResponse(out, "42", operation, intrinsic, "root/virt", "node1");
        scenario.answer(response);
        response.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static CIMInstance withEmbedded() {
        return new CIMInstance(FixtureDispatcher.path("emb"), new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, "emb", true, false, null),
            new CIMProperty<>("Settings", CIMDataType.OBJECT_T, FixtureDispatcher.instance("inner"), false, false, null),
            new CIMProperty<>("When", CIMDataType.DATETIME_T, new CIMDateTimeAbsolute("20240102030405.000000+060"), false, false, null),
            new CIMProperty<>("Small", CIMDataType.UINT8_T, new UnsignedInteger8((short) 7), false, false, null),
            new CIMProperty<>("Flag", CIMDataType.BOOLEAN_T, Boolean.TRUE, false, false, null),
            new CIMProperty<>("Missing", CIMDataType.STRING_T, null, false, false, null),
        });
    }

    static Stream<Arguments> scenarios() {
        CIMInstance one = FixtureDispatcher.instance("one");
        CIMObjectPath hosted = new CIMObjectPath("https", "elsewhere", "5989", "root/virt", FixtureDispatcher.CLASS,
            FixtureDispatcher.path("x").getKeys());
        CIMQualifierType<?> key = new CIMQualifierType<>(new CIMObjectPath(null, null, null, "root/virt", "Key", null),
            CIMDataType.BOOLEAN_T, Boolean.FALSE, CIMScope.PROPERTY | CIMScope.REFERENCE, CIMFlavor.DISABLEOVERRIDE);
        return Stream.of(
            Arguments.of("class names", "EnumerateClassNames", true, (Scenario) r -> r.item(ReturnElement.CLASSNAME, "VEM_Foo")),
            Arguments.of("class", "GetClass", true, (Scenario) r -> r.item(ReturnElement.CLASS, FixtureDispatcher.fooClass())),
            Arguments.of("instance names", "EnumerateInstanceNames", true, (Scenario) r -> r.item(ReturnElement.INSTANCENAME,
                one.getObjectPath())),
            Arguments.of("instance", "GetInstance", true, (Scenario) r -> r.item(ReturnElement.INSTANCE, one)),
            Arguments.of("embedded, datetime, refarray", "GetInstance", true, (Scenario) r -> r.item(ReturnElement.INSTANCE,
                withEmbedded())),
            Arguments.of("named instances", "EnumerateInstances", true, (Scenario) r -> {
                r.item(ReturnElement.VALUE_NAMEDINSTANCE, one);
                r.item(ReturnElement.VALUE_NAMEDINSTANCE, FixtureDispatcher.instance("two"));
            }),
            Arguments.of("empty enumeration", "EnumerateInstances", true, (Scenario) r -> { }),
            Arguments.of("objects with path", "Associators", true, (Scenario) r -> {
                r.item(ReturnElement.VALUE_OBJECTWITHPATH, one);
                r.item(ReturnElement.VALUE_OBJECTWITHPATH, FixtureDispatcher.fooClass());
            }),
            Arguments.of("object paths", "ReferenceNames", true, (Scenario) r -> {
                r.item(ReturnElement.OBJECTPATH, hosted);
                r.item(ReturnElement.OBJECTPATH, new CIMObjectPath(null, null, null, "root/virt", "VEM_Foo", null));
            }),
            Arguments.of("pull with context", "OpenEnumerateInstances", true, (Scenario) r -> {
                r.item(ReturnElement.VALUE_INSTANCEWITHPATH, one);
                r.outParameter("EnumerationContext", CIMDataType.STRING_T, "ctx-1");
                r.outParameter("EndOfSequence", CIMDataType.BOOLEAN_T, Boolean.FALSE);
            }),
            Arguments.of("empty pull", "PullInstancesWithPath", true, (Scenario) r ->
                r.outParameter("EndOfSequence", CIMDataType.BOOLEAN_T, Boolean.TRUE)),
            Arguments.of("qualifier declaration", "GetQualifier", true, (Scenario) r -> r.item(ReturnElement.QUALIFIER_DECLARATION, key)),
            Arguments.of("property value", "GetProperty", true, (Scenario) r -> r.value(CIMDataType.UINT32_T, new UnsignedInteger32(3))),
            Arguments.of("property array", "GetProperty", true, (Scenario) r -> r.value(CIMDataType.STRING_ARRAY_T,
                new String[] {"a", null, "<b>"})),
            Arguments.of("property null", "GetProperty", true, (Scenario) r -> r.value(CIMDataType.STRING_T, null)),
            Arguments.of("nothing returned", "DeleteInstance", true, (Scenario) r -> { }),
            Arguments.of("method with out params", "RequestStateChange", false, (Scenario) r -> {
                r.returnValue(CIMDataType.UINT32_T, new UnsignedInteger32(4096));
                r.outParameter("Job", new CIMDataType("CIM_ConcreteJob"), FixtureDispatcher.path("job"));
                r.outParameter("Embedded", CIMDataType.OBJECT_T, one);
                r.outParameter("Names", CIMDataType.STRING_ARRAY_T, new String[] {"x"});
            }),
            Arguments.of("method returning reference", "DefineSystem", false, (Scenario) r ->
                r.returnValue(new CIMDataType("VEM_Foo"), FixtureDispatcher.path("ref"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void responseIsValidAgainstTheDtd(String what, String operation, boolean intrinsic, Scenario scenario) throws Exception {
        String document = encode(operation, intrinsic, scenario);

        DtdValidator.validate(document);
        assertThat(document).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\" ?>").contains("<MESSAGE ID=\"42\"");
    }

    @Test
    void errorsAreValidWithAndWithoutCimErrorInstances() throws Exception {
        for (List<CIMInstance> errors : List.of(List.<CIMInstance>of(), List.of(FixtureDispatcher.instance("error")))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Output out = new Utf8Output((b, last) -> bytes.write(b.array(), b.arrayOffset() + b.position(), b.remaining()), 1 << 20);
            CimXmlResponse response = new CimXmlResponse(out, "9", "GetInstance", true, "root/virt", "h");
            response.item(ReturnElement.INSTANCE, FixtureDispatcher.instance("discarded"));
            assertThat(response.canReplaceWithError()).isTrue();

            response.error(new CimException(CimStatus.NOT_FOUND, "no \"x\" <here>", null, errors));

            String document = bytes.toString(StandardCharsets.UTF_8);
            DtdValidator.validate(document);
            assertThat(document).contains("<ERROR CODE=\"6\" DESCRIPTION=\"no &quot;x&quot; &lt;here&gt;\"").doesNotContain("discarded");
        }
    }

    @Test
    void escapedTextDecodesBackExceptCharactersXmlCannotCarry() throws Exception {
        String document = encode("GetInstance", true, r -> r.item(ReturnElement.INSTANCE, FixtureDispatcher.instance("one")));
        XmlElement root = new XmlTreeReader(XmlLimits.DEFAULT).read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        XmlElement instance = root.child("MESSAGE").child("SIMPLERSP").child("IMETHODRESPONSE").child("IRETURNVALUE").child("INSTANCE");

        CIMInstance decoded = new ObjectDecoder().instance(instance, "root/virt");

        assertThat(decoded.getPropertyValue("Text")).isEqualTo(FixtureDispatcher.TRICKY.replace('\u0001', '\ufffd'));
        assertThat(decoded.getProperty("Sizes").getDataType()).isEqualTo(CIMDataType.UINT16_ARRAY_T);
        assertThat(((CIMObjectPath) decoded.getPropertyValue("Peer")).getKeyValue("Name")).isEqualTo("peer-of-one");
    }

    @Test
    void embeddedInstanceTravelsAsEscapedCimXmlAndDecodes() throws Exception {
        String document = encode("GetInstance", true, r -> r.item(ReturnElement.INSTANCE, withEmbedded()));

        assertThat(document).contains("EmbeddedObject=\"instance\"", "&lt;INSTANCE CLASSNAME=\"VEM_Foo\"&gt;");
        String text = EmbeddedObjects.toXml(FixtureDispatcher.instance("inner"), "root/virt", "h");
        CIMInstance back = (CIMInstance) EmbeddedObjects.fromXml(text, "root/virt", "Settings");
        assertThat(back.getPropertyValue("Name")).isEqualTo("inner");
        assertThatThrownBy(() -> EmbeddedObjects.fromXml("<FOO/>", "root/virt", "Settings"))
            .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_PARAMETER))
            .hasMessageContaining("Settings");
    }

    @Test
    void anEmptyListIsAnOpenAndClosedReturnValue() throws Exception {
        // wbemcli cannot read a self-closing <IRETURNVALUE/>: an empty enumeration made it fail.
        String document = encode("EnumerateInstanceNames", true, r -> { });

        DtdValidator.validate(document);
        assertThat(document).contains("<IRETURNVALUE></IRETURNVALUE>").doesNotContain("<IRETURNVALUE/>");
    }

    @Test
    void nullOutputParametersOfAMethodAreLeftOut() throws Exception {
        String document = encode("DefineSystem", false, r -> {
            r.returnValue(CIMDataType.UINT32_T, new UnsignedInteger32(0));
            r.outParameter("ResultingSystem", new CIMDataType("VEM_Foo"), FixtureDispatcher.path("vm"));
            r.outParameter("Job", new CIMDataType("CIM_ConcreteJob"), null);
        });

        DtdValidator.validate(document);
        assertThat(document).contains("<PARAMVALUE NAME=\"ResultingSystem\"").doesNotContain("NAME=\"Job\"");
    }

    @Test
    void referenceArrayPropertiesAreRefusedAsDsp0004Forbids() {
        CIMInstance bad = new CIMInstance(FixtureDispatcher.path("bad"), new CIMProperty<?>[] {
            new CIMProperty<>("Refs", new CIMDataType(FixtureDispatcher.CLASS, 0), new CIMObjectPath[] {FixtureDispatcher.path("r")},
                false, false, null)});

        assertThatThrownBy(() -> encode("GetInstance", true, r -> r.item(ReturnElement.INSTANCE, bad)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("Refs");
    }

    @Test
    void largeResponsesStreamInBoundedChunks() throws Exception {
        int[] writes = {0};
        int[] largest = {0};
        Utf8Output out = new Utf8Output((b, last) -> {
            writes[0]++;
            largest[0] = Math.max(largest[0], b.remaining());
        }, 4096);
        CimXmlResponse response = new CimXmlResponse(out, "1", "EnumerateInstances", true, "root/virt", "h");
        for (int i = 0; i < 1000; i++) {
            response.item(ReturnElement.VALUE_NAMEDINSTANCE, FixtureDispatcher.instance("n" + i));
        }
        response.finish();

        assertThat(writes[0]).isGreaterThan(100);
        assertThat(largest[0]).isLessThan(4096 + 4096);
        assertThat(response.canReplaceWithError()).isFalse();
    }
}
