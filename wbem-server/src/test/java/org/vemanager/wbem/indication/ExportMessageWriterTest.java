package org.vemanager.wbem.indication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
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
import org.vemanager.wbem.interop.Paths;
import org.w3c.dom.Document;

class ExportMessageWriterTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final CIMObjectPath VM = Paths.of("root/virt", "VEM_ComputerSystem", "CreationClassName", "VEM_ComputerSystem",
            "Name", "uuid-1");

    private static CIMInstance indication() {
        CIMInstance source = new CIMInstance(VM, new CIMProperty<?>[] {
            new CIMProperty<>("Name", CIMDataType.STRING_T, "uuid-1", true, false, null),
            new CIMProperty<>("ElementName", CIMDataType.STRING_T, "a<b>&\"c'\u0001"),
        });
        return new CIMInstance(new CIMObjectPath(null, null, null, "root/virt", "CIM_InstCreation", null), new CIMProperty<?>[] {
            new CIMProperty<>("SourceInstance", CIMDataType.OBJECT_T, source),
            new CIMProperty<>("SourceInstanceModelPath", new CIMDataType("CIM_ManagedElement"), VM),
            new CIMProperty<>("IndicationTime", CIMDataType.DATETIME_T, new CIMDateTimeAbsolute("20260101120000.000000+000")),
            new CIMProperty<>("PerceivedSeverity", CIMDataType.UINT16_T, new UnsignedInteger16(2)),
            new CIMProperty<>("Counters", CIMDataType.UINT64_ARRAY_T, new UnsignedInteger64[] {new UnsignedInteger64("1"), null}),
            new CIMProperty<>("Handled", CIMDataType.BOOLEAN_T, Boolean.TRUE),
            new CIMProperty<>("Message", CIMDataType.STRING_T, null),
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /CIM/MESSAGE/@ID | 42
            /CIM/MESSAGE/SIMPLEEXPREQ/EXPMETHODCALL/@NAME | ExportIndication
            //EXPPARAMVALUE/@NAME | NewIndication
            //EXPPARAMVALUE/INSTANCE/@CLASSNAME | CIM_InstCreation
            //PROPERTY[@NAME='SourceInstance']/@TYPE | string
            //PROPERTY[@NAME='SourceInstance']/@EmbeddedObject | instance
            //PROPERTY[@NAME='IndicationTime']/VALUE | 20260101120000.000000+000
            //PROPERTY[@NAME='IndicationTime']/@TYPE | datetime
            //PROPERTY[@NAME='PerceivedSeverity']/@TYPE | uint16
            //PROPERTY[@NAME='Handled']/VALUE | TRUE
            count(//PROPERTY[@NAME='Message']/VALUE) | 0
            //PROPERTY.ARRAY[@NAME='Counters']/@TYPE | uint64
            count(//PROPERTY.ARRAY[@NAME='Counters']/VALUE.ARRAY/*) | 2
            name(//PROPERTY.ARRAY[@NAME='Counters']/VALUE.ARRAY/*[2]) | VALUE.NULL
            //PROPERTY.REFERENCE/@REFERENCECLASS | CIM_ManagedElement
            count(//PROPERTY.REFERENCE/VALUE.REFERENCE/LOCALINSTANCEPATH/LOCALNAMESPACEPATH/NAMESPACE) | 2
            //LOCALINSTANCEPATH/INSTANCENAME/KEYBINDING[@NAME='Name']/KEYVALUE | uuid-1
            //LOCALINSTANCEPATH/INSTANCENAME/KEYBINDING[@NAME='Name']/KEYVALUE/@VALUETYPE | string
            """)
    void writesTheExportIndicationElements(String xpath, String expected) throws Exception {
        Document document = parse(ExportMessageWriter.exportIndication(42, indication()));
        XPath path = XPathFactory.newInstance().newXPath();
        assertThat(path.evaluate(xpath, document)).isEqualTo(expected);
    }

    @Test
    void embeddedInstanceIsItselfAWellFormedInstanceWithItsTextEscaped() throws Exception {
        Document document = parse(ExportMessageWriter.exportIndication(1, indication()));
        String embedded = XPathFactory.newInstance().newXPath().evaluate("//PROPERTY[@NAME='SourceInstance']/VALUE", document);
        Document inner = parse(embedded);
        assertThat(inner.getDocumentElement().getAttribute("CLASSNAME")).isEqualTo("VEM_ComputerSystem");
        assertThat(XPathFactory.newInstance().newXPath().evaluate("//PROPERTY[@NAME='ElementName']/VALUE", inner))
                .as("markup characters survive; a control character XML cannot carry is replaced")
                .isEqualTo("a<b>&\"c'\uFFFD");
    }
}
