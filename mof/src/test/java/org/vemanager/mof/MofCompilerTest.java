package org.vemanager.mof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMFlavor;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.metricshub.wbem.javax.cim.CIMScope;

/** What the compiler builds from valid MOF: types, values, inheritance, instances, pragmas, includes. */
class MofCompilerTest {

    private static final String NS = "root/cimv2";
    private static final String QUALIFIERS = resource("compile/qualifiers.mof");

    private static MofRepository compile(String mof) throws MofCompilationException {
        return new MofCompiler().compile("test.mof", QUALIFIERS + mof);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        uint8     | 0x1F                          | UnsignedInteger8     | 31
        uint8     | 255                           | UnsignedInteger8     | 255
        uint16    | 1010b                         | UnsignedInteger16    | 10
        uint32    | 017                           | UnsignedInteger32    | 15
        uint64    | 18446744073709551615          | UnsignedInteger64    | 18446744073709551615
        sint8     | -128                          | Byte                 | -128
        sint16    | -0x10                         | Short                | -16
        sint32    | 2147483647                    | Integer              | 2147483647
        sint64    | -9223372036854775808          | Long                 | -9223372036854775808
        real32    | 1.5                           | Float                | 1.5
        real64    | -2.5e3                        | Double               | -2500.0
        real64    | 3                             | Double               | 3.0
        real64    | .25                           | Double               | 0.25
        boolean   | TRUE                          | Boolean              | true
        boolean   | false                         | Boolean              | false
        char16    | 'x'                           | Character            | x
        char16    | '\\x41'                       | Character            | A
        string    | "plain"                       | String               | plain
        string    | "con" "cat" "enated"          | String               | concatenated
        string    | "q\\"uote\\\\d"               | String               | q"uote\\d
        string    | "\\x263a\\X41"                | String               | ☺A
        datetime  | "20240102030405.000000+060"   | CIMDateTimeAbsolute  | 20240102030405.000000+060
        datetime  | "00000001020304.000000:000"   | CIMDateTimeInterval  | 00000001020304.000000:000
        """)
    void defaultValuesGetTheJavaTypeOfTheirCimType(String type, String literal, String javaClass, String text)
        throws MofCompilationException {
        CIMClass c = compile("class Test_V { " + type + " V = " + literal + "; };").getClass(NS, "Test_V");

        Object value = c.getProperty("V").getValue();
        assertThat(value.getClass().getSimpleName()).isEqualTo(javaClass);
        assertThat(value.toString()).isEqualTo(text);
    }

    @Test
    void escapesInStringsBecomeTheirCharacters() throws MofCompilationException {
        CIMClass c = compile("class Test_V { string V = \"a\\tb\\nc\\r\\f\\b\\'\"; };").getClass(NS, "Test_V");
        assertThat(c.getProperty("V").getValue()).isEqualTo("a\tb\nc\r\f\b'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        uint16 V[] = {1, 2, 3}       | [1, 2, 3]
        string V[3] = {"a", "b"}     | [a, b]
        boolean V[] = {}             | []
        sint64 V[] = null            | null
        """)
    void arraysAreTypedJavaArrays(String declaration, String expected) throws MofCompilationException {
        Object value = compile("class Test_V { " + declaration + "; };").getClass(NS, "Test_V").getProperty("V").getValue();
        assertThat(value == null ? "null" : Arrays.toString((Object[]) value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        uint8 P             | uint8        | false | -1 |
        sint32 P[]          | sint32       | true  | 0 |
        uint16 P[5]         | uint16       | true  | 5 |
        datetime P          | datetime     | false | -1 |
        char16 P            | char16       | false | -1 |
        real32 P[]          | real32       | true  | 0 |
        Test_T REF P        | reference    | false | -1 | Test_T
        """)
    // javax.cim reports size -1 for a scalar and 0 for a variable-length array.
    void declaredTypesMapToCimDataTypes(String declaration, String typeName, boolean array, int size, String refClass)
        throws MofCompilationException {
        CIMDataType type = compile("class Test_T { " + declaration + "; };").getClass(NS, "Test_T").getProperty("P").getDataType();
        assertThat(type.getType()).isEqualTo(typeCode(typeName));
        assertThat(type.isArray()).isEqualTo(array);
        assertThat(type.getSize()).isEqualTo(size);
        assertThat(type.getRefClassName()).isEqualTo(refClass);
    }

    private static int typeCode(String name) {
        return switch (name) {
            case "uint8" -> CIMDataType.UINT8;
            case "uint16" -> CIMDataType.UINT16;
            case "sint32" -> CIMDataType.SINT32;
            case "real32" -> CIMDataType.REAL32;
            case "datetime" -> CIMDataType.DATETIME;
            case "char16" -> CIMDataType.CHAR16;
            case "reference" -> CIMDataType.REFERENCE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void qualifierDeclarationsBecomeQualifierTypes() throws MofCompilationException {
        MofRepository repository = compile("");
        CIMQualifierType<?> key = repository.qualifierTypes(NS).stream().filter(q -> q.getName().equals("Key")).findFirst().orElseThrow();
        assertThat(key.getDataType()).isEqualTo(CIMDataType.BOOLEAN_T);
        assertThat(key.getValue()).isEqualTo(Boolean.FALSE);
        assertThat(key.getScope()).isEqualTo(CIMScope.PROPERTY | CIMScope.REFERENCE);
        assertThat(key.getFlavor()).isEqualTo(CIMFlavor.DISABLEOVERRIDE);
        CIMQualifierType<?> description = repository.qualifierTypes(NS).stream().filter(q -> q.getName().equals("Description"))
            .findFirst().orElseThrow();
        assertThat(description.getScope()).isEqualTo(CIMScope.ANY);
        assertThat(description.getFlavor()).isEqualTo(CIMFlavor.TRANSLATE);
        assertThat(repository.qualifierTypes(NS)).hasSize(12);
    }

    @Test
    void qualifierValuesTakeDefaultsAndTypes() throws MofCompilationException {
        CIMClass c = compile("""
            [Abstract, Description ("a class")]
            class Test_Q {
                [Key, MaxLen (256), ValueMap {"1", "2"}, Deprecated ("Test_Other.Name")] string Name;
                [Description] string Plain;
            };
            """).getClass(NS, "Test_Q");
        assertThat(c.getQualifierValue("Abstract")).isEqualTo(Boolean.TRUE);
        assertThat(c.getQualifierValue("description")).isEqualTo("a class");
        CIMClassProperty<?> name = c.getProperty("Name");
        assertThat(name.isKey()).isTrue();
        assertThat(name.getQualifierValue("MaxLen").toString()).isEqualTo("256");
        assertThat((Object[]) name.getQualifierValue("ValueMap")).containsExactly("1", "2");
        // A single value for an array-typed qualifier is a one-element array.
        assertThat((Object[]) name.getQualifierValue("Deprecated")).containsExactly("Test_Other.Name");
        // Written without a value, a non-boolean qualifier takes its declared default (here null).
        assertThat(c.getProperty("Plain").hasQualifier("Description")).isTrue();
        assertThat(c.getProperty("Plain").getQualifierValue("Description")).isNull();
    }

    @Test
    void subclassesInheritPropertiesMethodsAndPropagatingQualifiers() throws MofCompilationException {
        MofRepository repository = compile("""
            [Abstract, Description ("base")]
            class Test_A {
                [Key, Description ("the name")] string Name;
                uint16 Size = 3;
                [Description ("go")] uint32 Go([IN, Description ("how far")] uint16 Distance,
                    [IN (false), OUT, EmbeddedInstance ("Test_A")] string Result);
            };
            [Description ("derived")]
            class Test_B : Test_A {
                [Override ("Size"), Description ("bigger")] uint16 Size;
                string Extra = "e";
            };
            class Test_C : Test_B {
            };
            """);
        CIMClass b = repository.getClass(NS, "test_b");
        assertThat(b.getSuperClassName()).isEqualTo("Test_A");
        assertThat(b.hasQualifier("Abstract")).as("Restricted qualifiers do not propagate").isFalse();
        assertThat(b.getQualifierValue("Description")).isEqualTo("derived");

        CIMClassProperty<?> name = b.getProperty("Name");
        assertThat(name.isPropagated()).isTrue();
        assertThat(name.getOriginClass()).isEqualTo("Test_A");
        assertThat(name.isKey()).isTrue();
        assertThat(name.getQualifier("Description").isPropagated()).isTrue();

        CIMClassProperty<?> size = b.getProperty("Size");
        assertThat(size.isPropagated()).isFalse();
        assertThat(size.getOriginClass()).isEqualTo("Test_B");
        assertThat(size.getQualifierValue("Description")).isEqualTo("bigger");
        assertThat(size.getValue()).as("the overriding property keeps the inherited default").hasToString("3");

        CIMMethod<?> go = repository.getClass(NS, "Test_C").getMethod("Go");
        assertThat(go.isPropagated()).isTrue();
        assertThat(go.getOriginClass()).isEqualTo("Test_A");
        assertThat(go.getParameter("Result").getQualifierValue("Out")).isEqualTo(Boolean.TRUE);
        assertThat(go.getParameter("Result").getQualifierValue("In")).isEqualTo(Boolean.FALSE);
        assertThat(go.getParameter("Result").getQualifierValue("EmbeddedInstance")).isEqualTo("Test_A");
        assertThat(go.getParameter("Distance").getDataType()).isEqualTo(CIMDataType.UINT16_T);

        CIMClass c = repository.getClass(NS, "Test_C");
        assertThat(Arrays.stream(c.getProperties()).map(p -> p.getName() + "@" + p.getOriginClass()))
            .containsExactlyInAnyOrder("Name@Test_A", "Size@Test_B", "Extra@Test_B");
        assertThat(repository.classes(NS).stream().map(CIMClass::getName)).containsExactly("Test_A", "Test_B", "Test_C");
    }

    @Test
    void explicitFlavorsOverrideTheDeclaredOnes() throws MofCompilationException {
        MofRepository repository = compile("""
            class Test_A {
                [Description ("not for subclasses") : Restricted] string Name;
            };
            class Test_B : Test_A {
            };
            """);
        assertThat(repository.getClass(NS, "Test_A").getProperty("Name").getQualifier("Description").getFlavor() & CIMFlavor.RESTRICTED)
            .isEqualTo(CIMFlavor.RESTRICTED);
        assertThat(repository.getClass(NS, "Test_B").getProperty("Name").hasQualifier("Description")).isFalse();
    }

    @Test
    void associationsAndIndicationsAreRecognised() throws MofCompilationException {
        MofRepository repository = compile("""
            class Test_E { [Key] string Id; };
            [Association, Description ("links")]
            class Test_Link {
                [Key] Test_E REF Left;
                [Key] Test_E REF Right;
            };
            [Indication]
            class Test_Alert { string Message; };
            class Test_SubLink : Test_Link { };
            """);
        assertThat(repository.getClass(NS, "Test_Link").isAssociation()).isTrue();
        assertThat(repository.getClass(NS, "Test_SubLink").isAssociation()).isTrue();
        assertThat(repository.getClass(NS, "Test_E").isAssociation()).isFalse();
        assertThat(repository.getClass(NS, "Test_Alert").getQualifierValue("Indication")).isEqualTo(Boolean.TRUE);
        assertThat(repository.getClass(NS, "Test_Link").getProperty("Left").getDataType().getRefClassName()).isEqualTo("Test_E");
    }

    @Test
    void instancesTakeValuesDefaultsAliasesAndObjectPaths() throws MofCompilationException {
        MofRepository repository = compile("""
            class Test_E {
                [Key] string Id;
                uint16 Count = 7;
                datetime Since;
            };
            [Association]
            class Test_Link {
                [Key] Test_E REF Left;
                [Key] Test_E REF Right;
            };
            instance of Test_E as $First {
                Id = "one";
                Since = "20240102030405.000000+000";
            };
            instance of Test_E as $Second { Id = "two"; Count = 9; };
            instance of Test_Link {
                Left = $First;
                Right = "root/cimv2:Test_E.Id=\\"two\\"";
            };
            """);
        List<CIMInstance> instances = List.copyOf(repository.instances(NS));
        assertThat(instances).hasSize(3);
        CIMInstance first = instances.get(0);
        assertThat(first.getClassName()).isEqualTo("Test_E");
        assertThat(first.getPropertyValue("Count")).hasToString("7");
        assertThat(first.getPropertyValue("Since").getClass().getSimpleName()).isEqualTo("CIMDateTimeAbsolute");
        assertThat(first.getObjectPath().getKeyValue("Id")).isEqualTo("one");
        assertThat(first.getObjectPath().getNamespace()).isEqualTo(NS);
        assertThat(instances.get(1).getPropertyValue("Count")).hasToString("9");

        CIMInstance link = instances.get(2);
        CIMObjectPath left = (CIMObjectPath) link.getPropertyValue("Left");
        assertThat(left.getObjectName()).isEqualTo("Test_E");
        assertThat(left.getKeyValue("Id")).isEqualTo("one");
        CIMObjectPath right = (CIMObjectPath) link.getPropertyValue("Right");
        assertThat(right.getKeyValue("Id")).isEqualTo("two");
        assertThat(link.getObjectPath().getKeys()).hasSize(2);
    }

    @Test
    void pragmaNamespaceSwitchesTheTargetNamespace() throws MofCompilationException {
        MofRepository repository = new MofCompiler().defaultNamespace("root/first").compile("ns.mof", QUALIFIERS + """
            class Test_InFirst { };
            #pragma namespace ("root/virt")
            #pragma instancelocale ("en_US")
            #pragma nonlocal ("root/elsewhere")
            Qualifier Description : string = null, Scope(any);
            [Description ("virt")] class Test_InVirt { };
            """);
        assertThat(repository.namespaces()).containsExactly("root/first", "root/virt");
        assertThat(repository.getClass("root/first", "Test_InFirst")).isNotNull();
        assertThat(repository.getClass("root/first", "Test_InVirt")).isNull();
        assertThat(repository.getClass("ROOT/VIRT", "test_invirt").getQualifierValue("Description")).isEqualTo("virt");
        assertThat(repository.qualifierTypes("root/virt")).hasSize(1);
    }

    @Test
    void includesResolveRelativeToTheIncludingFile(@TempDir Path dir) throws Exception {
        copyResources(dir, "top.mof", "qualifiers.mof", "sub/child.mof", "lib/base.mof");

        MofRepository repository = new MofCompiler().compile(dir.resolve("top.mof"));

        assertThat(repository.getClass(NS, "Test_Child").getProperty("Name").getOriginClass()).isEqualTo("Test_Base");
    }

    @Test
    void includesOfAClasspathResourceResolveOnTheClasspath() throws MofCompilationException {
        MofRepository repository = new MofCompiler().compileResource(getClass().getClassLoader(), "compile/top.mof");
        assertThat(repository.classes(NS).stream().map(CIMClass::getName)).containsExactly("Test_Base", "Test_Child");
    }

    @Test
    void includesOfTextResolveInTheIncludeDirectories(@TempDir Path dir) throws Exception {
        copyResources(dir, "qualifiers.mof", "lib/base.mof");

        MofRepository repository = new MofCompiler().includeDirectory(dir).includeDirectory(dir.resolve("lib"))
            .compile("inline.mof", "#pragma include (\"qualifiers.mof\")\n#pragma include (\"base.mof\")\n");

        assertThat(repository.getClass(NS, "Test_Base")).isNotNull();
    }

    @Test
    void aBrokenFileYieldsNoRepositoryAndEveryError() {
        MofCompilationException e = catchThrowableOfType(() -> compile("""
            class Test_Good { string Name; };
            class Test_Bad1 { strnig Name; };
            class Test_Bad2 : Test_Nowhere { };
            class Test_Good2 { uint8 Small = 300; };
            class Test_Good3 : Test_Good { };
            """), MofCompilationException.class);

        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(MofError::message).containsExactly(
            "unknown type 'strnig': expected a data type (uint8…uint64, sint8…sint64, real32, real64, string, boolean, char16,"
                + " datetime) or 'ClassName REF'",
            "superclass Test_Nowhere of class Test_Bad2 is not declared: expected a class declared earlier in namespace root/cimv2",
            "value 300 is out of range for property Test_Good2.Small of type uint8: expected 0..255");
        assertThat(e.errors()).extracting(MofError::line).containsExactly(15, 16, 17);
        assertThat(e.getMessage()).startsWith("3 errors:");
    }

    @Test
    void aSubclassOfAFailedClassDoesNotRepeatTheError() {
        MofCompilationException e = catchThrowableOfType(() -> compile("""
            class Test_A { [Volatile] string Name; };
            class Test_B : Test_A { };
            instance of Test_B { };
            """), MofCompilationException.class);
        assertThat(e.errors()).extracting(MofError::message).singleElement().asString().startsWith("qualifier Volatile is not declared");
    }

    private static void copyResources(Path dir, String... names) throws IOException {
        for (String name : names) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, resource("compile/" + name));
        }
    }

    private static String resource(String name) {
        try (InputStream in = MofCompilerTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
