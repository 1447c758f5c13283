package org.vemanager.wbem.cimxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.vemanager.wbem.operation.CimRequest;
import org.vemanager.wbem.operation.Role;
import org.vemanager.wbem.operation.UntypedValue;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/** Request documents as real clients write them → CimRequest as its Javadoc promises. */
class RequestDecodingTest {

    private final XmlTreeReader reader = new XmlTreeReader(XmlLimits.DEFAULT);
    private final RequestDecoder decoder = new RequestDecoder();

    private CimRequest decode(String call) throws Exception {
        String document = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
            + "<MESSAGE ID=\"5\" PROTOCOLVERSION=\"1.0\"><SIMPLEREQ>" + call + "</SIMPLEREQ></MESSAGE></CIM>";
        XmlElement root = reader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        return decoder.decode(decoder.call(root), "alice", Role.OPERATOR);
    }

    private static final String NS = "<LOCALNAMESPACEPATH><NAMESPACE NAME=\"root\"></NAMESPACE><NAMESPACE NAME=\"virt\"></NAMESPACE>"
        + "</LOCALNAMESPACEPATH>";

    private static String imethod(String name, String params) {
        return "<IMETHODCALL NAME=\"" + name + "\">" + NS + params + "</IMETHODCALL>";
    }

    @Test
    void intrinsicParametersAreTypedByName() throws Exception {
        CimRequest request = decode(imethod("EnumerateInstances",
            "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME NAME=\"VEM_Foo\"/></IPARAMVALUE>"
            + "<IPARAMVALUE NAME=\"DeepInheritance\"><VALUE>FALSE</VALUE></IPARAMVALUE>"
            + "<IPARAMVALUE NAME=\"PropertyList\"><VALUE.ARRAY></VALUE.ARRAY></IPARAMVALUE>"
            + "<IPARAMVALUE NAME=\"MaxObjectCount\"><VALUE>100</VALUE></IPARAMVALUE>"
            + "<IPARAMVALUE NAME=\"FilterQuery\"></IPARAMVALUE>"));

        assertThat(request.intrinsic()).isTrue();
        assertThat(request.namespace()).isEqualTo("root/virt");
        assertThat(request.user()).isEqualTo("alice");
        assertThat(request.role()).isEqualTo(Role.OPERATOR);
        assertThat(request.parameters()).containsEntry("ClassName", "VEM_Foo").containsEntry("DeepInheritance", false)
            .containsEntry("MaxObjectCount", new UnsignedInteger32(100)).containsEntry("FilterQuery", null);
        assertThat((String[]) request.parameters().get("PropertyList")).isEmpty();
    }

    @Test
    void instanceNamesWithEveryKeyForm() throws Exception {
        CimRequest request = decode(imethod("GetInstance", "<IPARAMVALUE NAME=\"InstanceName\"><INSTANCENAME CLASSNAME=\"VEM_Foo\">"
            + "<KEYBINDING NAME=\"Name\"><KEYVALUE VALUETYPE=\"string\">a &amp; b</KEYVALUE></KEYBINDING>"
            + "<KEYBINDING NAME=\"Id\"><KEYVALUE VALUETYPE=\"numeric\">42</KEYVALUE></KEYBINDING>"
            + "<KEYBINDING NAME=\"Typed\"><KEYVALUE VALUETYPE=\"numeric\" TYPE=\"uint16\">7</KEYVALUE></KEYBINDING>"
            + "<KEYBINDING NAME=\"On\"><KEYVALUE VALUETYPE=\"boolean\">true</KEYVALUE></KEYBINDING>"
            + "<KEYBINDING NAME=\"Host\"><VALUE.REFERENCE><INSTANCEPATH><NAMESPACEPATH><HOST>node1</HOST>" + NS + "</NAMESPACEPATH>"
            + "<INSTANCENAME CLASSNAME=\"VEM_Host\"><KEYBINDING NAME=\"Name\"><KEYVALUE>h1</KEYVALUE></KEYBINDING></INSTANCENAME>"
            + "</INSTANCEPATH></VALUE.REFERENCE></KEYBINDING></INSTANCENAME></IPARAMVALUE>"));

        CIMObjectPath path = (CIMObjectPath) request.parameters().get("InstanceName");
        assertThat(path.getObjectName()).isEqualTo("VEM_Foo");
        assertThat(path.getNamespace()).isEqualTo("root/virt");
        assertThat(path.getKeyValue("Name")).isEqualTo("a & b");
        assertThat(path.getKeyValue("Id")).isEqualTo(new UnsignedInteger64("42"));
        assertThat(path.getKeyValue("Typed")).isEqualTo(new UnsignedInteger16(7));
        assertThat(path.getKeyValue("On")).isEqualTo(true);
        CIMObjectPath host = (CIMObjectPath) path.getKeyValue("Host");
        assertThat(host.getHost()).isEqualTo("node1");
        assertThat(host.getKeyValue("Name")).isEqualTo("h1");
    }

    @Test
    void newAndModifiedInstances() throws Exception {
        String instance = "<INSTANCE CLASSNAME=\"VEM_Foo\"><PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>n</VALUE></PROPERTY>"
            + "<PROPERTY.ARRAY NAME=\"Sizes\" TYPE=\"uint16\"><VALUE.ARRAY><VALUE>1</VALUE><VALUE.NULL/></VALUE.ARRAY></PROPERTY.ARRAY>"
            + "<PROPERTY.REFERENCE NAME=\"Peer\" REFERENCECLASS=\"VEM_Foo\"><VALUE.REFERENCE><INSTANCENAME CLASSNAME=\"VEM_Foo\">"
            + "<KEYBINDING NAME=\"Name\"><KEYVALUE>p</KEYVALUE></KEYBINDING></INSTANCENAME></VALUE.REFERENCE></PROPERTY.REFERENCE>"
            + "<PROPERTY NAME=\"Settings\" TYPE=\"string\" EmbeddedObject=\"instance\"><VALUE>&lt;INSTANCE CLASSNAME=\"X\"/&gt;</VALUE>"
            + "</PROPERTY><PROPERTY NAME=\"Empty\" TYPE=\"uint32\"></PROPERTY></INSTANCE>";
        CIMInstance created = (CIMInstance) decode(imethod("CreateInstance", "<IPARAMVALUE NAME=\"NewInstance\">" + instance
            + "</IPARAMVALUE>")).parameters().get("NewInstance");
        CIMInstance modified = (CIMInstance) decode(imethod("ModifyInstance", "<IPARAMVALUE NAME=\"ModifiedInstance\">"
            + "<VALUE.NAMEDINSTANCE><INSTANCENAME CLASSNAME=\"VEM_Foo\"><KEYBINDING NAME=\"Name\"><KEYVALUE>n</KEYVALUE></KEYBINDING>"
            + "</INSTANCENAME>" + instance + "</VALUE.NAMEDINSTANCE></IPARAMVALUE>")).parameters().get("ModifiedInstance");

        assertThat(created.getClassName()).isEqualTo("VEM_Foo");
        assertThat((Object[]) created.getPropertyValue("Sizes")).containsExactly(new UnsignedInteger16(1), null);
        assertThat(((CIMObjectPath) created.getPropertyValue("Peer")).getKeyValue("Name")).isEqualTo("p");
        assertThat(created.getPropertyValue("Settings")).isEqualTo("<INSTANCE CLASSNAME=\"X\"/>");
        assertThat(created.getProperty("Empty").getDataType()).isEqualTo(CIMDataType.UINT32_T);
        assertThat(created.getPropertyValue("Empty")).isNull();
        assertThat(modified.getObjectPath().getKeyValue("Name")).isEqualTo("n");
        assertThat(modified.getObjectPath().getNamespace()).isEqualTo("root/virt");
    }

    @Test
    void wbemcliUnescapedInstanceMarkupInsideValueIsAnEmbeddedInstance() throws Exception {
        // wbemcli cm copies its command-line value into VALUE without escaping: this is what it sends.
        CimRequest request = decode("<METHODCALL NAME=\"DefineSystem\"><LOCALCLASSPATH>" + NS + "<CLASSNAME NAME=\"VEM_VSMS\"/>"
            + "</LOCALCLASSPATH><PARAMVALUE NAME=\"SystemSettings\"><VALUE><INSTANCE CLASSNAME='VEM_VSSD'>"
            + "<PROPERTY NAME='ElementName' TYPE='string'><VALUE>vm1</VALUE></PROPERTY></INSTANCE></VALUE></PARAMVALUE>"
            + "<PARAMVALUE NAME=\"ResourceSettings\"><VALUE.ARRAY><VALUE><INSTANCE CLASSNAME='VEM_A'></INSTANCE></VALUE>"
            + "<VALUE><INSTANCE CLASSNAME='VEM_B'/></VALUE></VALUE.ARRAY></PARAMVALUE></METHODCALL>");

        List<CIMArgument<?>> args = request.methodParameters();
        assertThat(args.get(0).getDataType()).isEqualTo(CIMDataType.OBJECT_T);
        assertThat(((CIMInstance) args.get(0).getValue()).getPropertyValue("ElementName")).isEqualTo("vm1");
        assertThat(args.get(1).getDataType()).isEqualTo(CIMDataType.OBJECT_ARRAY_T);
        assertThat((CIMInstance[]) args.get(1).getValue()).extracting(CIMInstance::getClassName).containsExactly("VEM_A", "VEM_B");
    }

    @Test
    void extrinsicParametersTypedUntypedEmbeddedAndReferences() throws Exception {
        CimRequest request = decode("<METHODCALL NAME=\"DefineSystem\"><LOCALINSTANCEPATH>" + NS + "<INSTANCENAME CLASSNAME=\"VEM_VSMS\">"
            + "<KEYBINDING NAME=\"Name\"><KEYVALUE>vsms</KEYVALUE></KEYBINDING></INSTANCENAME></LOCALINSTANCEPATH>"
            + "<PARAMVALUE NAME=\"Count\" PARAMTYPE=\"uint32\"><VALUE>3</VALUE></PARAMVALUE>"
            + "<PARAMVALUE NAME=\"Loose\"><VALUE>17</VALUE></PARAMVALUE>"
            + "<PARAMVALUE NAME=\"LooseArray\"><VALUE.ARRAY><VALUE>a</VALUE><VALUE>b</VALUE></VALUE.ARRAY></PARAMVALUE>"
            + "<PARAMVALUE NAME=\"SystemSettings\" PARAMTYPE=\"string\" EmbeddedObject=\"instance\"><VALUE>&lt;INSTANCE CLASSNAME="
            + "\"VEM_VSSD\"&gt;&lt;/INSTANCE&gt;</VALUE></PARAMVALUE>"
            + "<PARAMVALUE NAME=\"Ref\" PARAMTYPE=\"reference\"><VALUE.REFERENCE><CLASSNAME NAME=\"VEM_Foo\"/></VALUE.REFERENCE>"
            + "</PARAMVALUE>"
            + "<PARAMVALUE NAME=\"Refs\" PARAMTYPE=\"reference\"><VALUE.REFARRAY><VALUE.REFERENCE><INSTANCENAME CLASSNAME=\"VEM_Foo\">"
            + "<KEYBINDING NAME=\"Name\"><KEYVALUE>r</KEYVALUE></KEYBINDING></INSTANCENAME></VALUE.REFERENCE><VALUE.NULL/>"
            + "</VALUE.REFARRAY></PARAMVALUE>"
            + "<PARAMVALUE NAME=\"Nothing\" PARAMTYPE=\"uint16\"></PARAMVALUE></METHODCALL>");

        assertThat(request.intrinsic()).isFalse();
        assertThat(request.operation()).isEqualTo("DefineSystem");
        assertThat(request.namespace()).isEqualTo("root/virt");
        assertThat(request.target().getKeyValue("Name")).isEqualTo("vsms");
        List<CIMArgument<?>> args = request.methodParameters();
        assertThat(args).extracting(CIMArgument::getName).containsExactly("Count", "Loose", "LooseArray", "SystemSettings", "Ref", "Refs",
            "Nothing");
        assertThat(args.get(0).getValue()).isEqualTo(new UnsignedInteger32(3));
        assertThat(args.get(1).getDataType()).isEqualTo(CIMDataType.STRING_T);
        assertThat(args.get(1).getValue()).isEqualTo(UntypedValue.scalar("17"));
        assertThat(args.get(2).getDataType()).isEqualTo(CIMDataType.STRING_ARRAY_T);
        assertThat(args.get(2).getValue()).isEqualTo(UntypedValue.array(List.of("a", "b")));
        assertThat(args.get(3).getValue()).isEqualTo("<INSTANCE CLASSNAME=\"VEM_VSSD\"></INSTANCE>");
        assertThat(((CIMObjectPath) args.get(4).getValue()).getObjectName()).isEqualTo("VEM_Foo");
        assertThat(args.get(5).getDataType().isArray()).isTrue();
        assertThat((CIMObjectPath[]) args.get(5).getValue()).hasSize(2).containsNull();
        assertThat(args.get(6).getDataType()).isEqualTo(CIMDataType.UINT16_T);
        assertThat(args.get(6).getValue()).isNull();
    }

    @Test
    void classMethodCallTargetsTheClassPath() throws Exception {
        CimRequest request = decode("<METHODCALL NAME=\"Static\"><LOCALCLASSPATH>" + NS + "<CLASSNAME NAME=\"VEM_Foo\"/></LOCALCLASSPATH>"
            + "</METHODCALL>");

        assertThat(request.target().getObjectName()).isEqualTo("VEM_Foo");
        assertThat(request.target().getKeys()).isEmpty();
        assertThat(request.methodParameters()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "uint8 overflow|<PARAMVALUE NAME=\"P\" PARAMTYPE=\"uint8\"><VALUE>256</VALUE></PARAMVALUE>",
        "negative uint32|<PARAMVALUE NAME=\"P\" PARAMTYPE=\"uint32\"><VALUE>-1</VALUE></PARAMVALUE>",
        "not a boolean|<PARAMVALUE NAME=\"P\" PARAMTYPE=\"boolean\"><VALUE>yes</VALUE></PARAMVALUE>",
        "bad datetime|<PARAMVALUE NAME=\"P\" PARAMTYPE=\"datetime\"><VALUE>yesterday</VALUE></PARAMVALUE>",
        "bad real|<PARAMVALUE NAME=\"P\" PARAMTYPE=\"real64\"><VALUE>1.5f</VALUE></PARAMVALUE>",
        "long char16|<PARAMVALUE NAME=\"P\" PARAMTYPE=\"char16\"><VALUE>ab</VALUE></PARAMVALUE>"})
    void badValuesAreInvalidParameterNamingTheParameter(String what, String parameter) {
        String call = "<METHODCALL NAME=\"M\"><LOCALCLASSPATH>" + NS + "<CLASSNAME NAME=\"C\"/></LOCALCLASSPATH>" + parameter
            + "</METHODCALL>";

        assertThatThrownBy(() -> decode(call)).isInstanceOfSatisfying(CimException.class,
            e -> assertThat(e.status()).isEqualTo(CimStatus.INVALID_PARAMETER)).hasMessageStartingWith("P:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no namespace|<IMETHODCALL NAME=\"GetClass\"></IMETHODCALL>",
        "unknown element|<IMETHODCALL NAME=\"GetClass\"><LOCALNAMESPACEPATH><NAMESPACE NAME=\"r\"/></LOCALNAMESPACEPATH>"
            + "<FOO/></IMETHODCALL>",
        "unknown type|<METHODCALL NAME=\"M\"><LOCALCLASSPATH><LOCALNAMESPACEPATH><NAMESPACE NAME=\"r\"/></LOCALNAMESPACEPATH>"
            + "<CLASSNAME NAME=\"C\"/></LOCALCLASSPATH><PARAMVALUE NAME=\"P\" PARAMTYPE=\"uint128\"><VALUE>1</VALUE></PARAMVALUE>"
            + "</METHODCALL>",
        "duplicate parameter|<IMETHODCALL NAME=\"GetClass\"><LOCALNAMESPACEPATH><NAMESPACE NAME=\"r\"/></LOCALNAMESPACEPATH>"
            + "<IPARAMVALUE NAME=\"A\"/><IPARAMVALUE NAME=\"A\"/></IMETHODCALL>",
        "classname without NAME|<IMETHODCALL NAME=\"GetClass\"><LOCALNAMESPACEPATH><NAMESPACE NAME=\"r\"/></LOCALNAMESPACEPATH>"
            + "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME/></IPARAMVALUE></IMETHODCALL>"})
    void structuralErrorsAreRequestNotValid(String what, String call) {
        assertThatThrownBy(() -> decode(call)).isInstanceOfSatisfying(CimXmlProtocolException.class,
            e -> assertThat(e.error()).isEqualTo(ProtocolError.REQUEST_NOT_VALID));
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreExpanded() throws Exception {
        CimRequest request = decode(imethod("GetClass",
            "<IPARAMVALUE NAME=\"ClassName\"><CLASSNAME NAME=\"A&lt;&gt;&amp;&quot;&apos;&#x42;\"/>"
            + "</IPARAMVALUE>"));

        assertThat(request.parameters()).containsEntry("ClassName", "A<>&\"'B");
    }
}
