package org.vemanager.mof.served;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.cim.CIMQualifierType;
import org.vemanager.mof.MofCompiler;
import org.vemanager.mof.MofRepository;
import org.vemanager.mof.ServedClasses;
import org.vemanager.mof.internal.RepositoryImage;

/**
 * The build's precompiled image of the served classes (what a node-agent loads instead of compiling)
 * must equal a fresh compilation of the MOF in every detail, so the two cannot drift: a MOF change the
 * image did not follow fails here.
 */
class ServedImageTest {

    @Test
    void theBuildsImageEqualsAFreshCompilationOfTheServedMof() throws IOException {
        MofRepository image;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ServedClasses.IMAGE)) {
            assertThat(in).as("the build writes " + ServedClasses.IMAGE + " (mof/pom.xml, exec-maven-plugin)").isNotNull();
            image = RepositoryImage.read(in);
        }
        assertSame(image, ServedClasses.compile());
    }

    @Test
    void servedClassesAreLoadedFromTheImage() {
        assertThat(ServedClasses.load().classes(ServedClasses.VIRT_NAMESPACE)).isNotEmpty();
        assertThat(ServedClasses.load().toString()).startsWith("MofRepository[");
    }

    @Test
    void everyValueTypeSurvivesTheRoundTrip() throws Exception {
        String mof = """
            Qualifier Description : string = null, Scope(any), Flavor(Translatable);
            Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride);
            Qualifier Association : boolean = false, Scope(association), Flavor(DisableOverride);
            Qualifier Counts : uint32[] = {1, 2}, Scope(property);
            Qualifier Weight : real64 = 1.5, Scope(property);
            class T_Base {
                [Key, Description("ü and \\x00e9")] string Id;
                uint8 U8 = 255; uint16 U16 = 65535; uint32 U32 = 4294967295; uint64 U64 = 18446744073709551615;
                sint8 S8 = -128; sint16 S16 = -32768; sint32 S32 = -2147483648; sint64 S64 = -9223372036854775808;
                real32 R32 = 1.25; [Weight(2.5)] real64 R64 = -0.5; boolean B = true; char16 C = 'x';
                datetime When = "20240102030405.000000+000"; datetime Span = "00000001020304.000000:000";
                [Counts{3}] string Names[] = {"a", "b"}; uint16 Fixed[4]; datetime Times[];
                uint32 Run([Description("in")] string Arg, uint16 Flags[]);
            };
            class T_Derived : T_Base { string Extra = "e"; };
            [Association] class T_Link { [Key] T_Base REF A; [Key] T_Derived REF B; };
            """;
        MofRepository compiled = new MofCompiler().defaultNamespace("root/test").compile("types.mof", mof);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RepositoryImage.write(compiled, bytes);

        assertSame(RepositoryImage.read(new ByteArrayInputStream(bytes.toByteArray())), compiled);
    }

    @Test
    void refusesWhatIsNotAnImage() {
        assertThatThrownBy(() -> RepositoryImage.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
                .isInstanceOf(IOException.class).hasMessage("not a repository image");
    }

    private static void assertSame(MofRepository actual, MofRepository expected) {
        assertThat(actual.namespaces()).containsExactlyElementsOf(expected.namespaces());
        for (String ns : expected.namespaces()) {
            assertThat(describeQualifierTypes(actual, ns)).isEqualTo(describeQualifierTypes(expected, ns));
            assertThat(actual.classes(ns)).extracting(CIMClass::getName)
                    .containsExactlyElementsOf(expected.classes(ns).stream().map(CIMClass::getName).toList());
            for (CIMClass c : expected.classes(ns)) {
                CIMClass read = actual.getClass(ns, c.getName());
                assertThat(describe(read)).as(ns + ":" + c.getName()).isEqualTo(describe(c));
                assertThat(read).as(ns + ":" + c.getName()).isEqualTo(c);
            }
            assertThat(actual.instances(ns)).isEmpty();
        }
    }

    private static List<String> describeQualifierTypes(MofRepository repository, String ns) {
        List<String> out = new ArrayList<>();
        for (CIMQualifierType<?> t : repository.qualifierTypes(ns)) {
            out.add(t.getObjectPath() + " " + type(t.getDataType()) + " = " + value(t.getValue()) + " scope " + t.getScope() + " flavor "
                    + t.getFlavor());
            assertThat(t).isEqualTo(t);
        }
        return out;
    }

    /** Every attribute javax.cim exposes, written out independently of the image format. */
    private static String describe(CIMClass c) {
        StringBuilder s = new StringBuilder();
        s.append(c.getObjectPath()).append(" : ").append(c.getSuperClassName()).append(" assoc=").append(c.isAssociation())
                .append(" keyed=").append(c.isKeyed()).append(qualifiers(c.getQualifiers())).append('\n');
        for (CIMClassProperty<?> p : c.getProperties()) {
            s.append("  property ").append(p.getName()).append(' ').append(type(p.getDataType())).append(" = ").append(value(p.getValue()))
                    .append(" key=").append(p.isKey()).append(" propagated=").append(p.isPropagated()).append(" origin=")
                    .append(p.getOriginClass()).append(qualifiers(p.getQualifiers())).append('\n');
        }
        for (CIMMethod<?> m : c.getMethods()) {
            s.append("  method ").append(m.getName()).append(' ').append(type(m.getDataType())).append(" propagated=")
                    .append(m.isPropagated()).append(" origin=").append(m.getOriginClass()).append(qualifiers(m.getQualifiers()))
                    .append('\n');
            for (CIMParameter<?> p : m.getParameters()) {
                s.append("    parameter ").append(p.getName()).append(' ').append(type(p.getDataType()))
                        .append(qualifiers(p.getQualifiers())).append('\n');
            }
        }
        return s.toString();
    }

    private static String qualifiers(CIMQualifier<?>[] qualifiers) {
        StringBuilder s = new StringBuilder(" [");
        for (CIMQualifier<?> q : qualifiers) {
            s.append(q.getName()).append(' ').append(type(q.getDataType())).append('=').append(value(q.getValue())).append(" flavor ")
                    .append(q.getFlavor()).append(" propagated ").append(q.isPropagated()).append("; ");
        }
        return s.append(']').toString();
    }

    private static String type(CIMDataType t) {
        return t == null ? "null" : t.getType() + (t.isArray() ? "[" + t.getSize() + "]" : "") + "/" + t.getRefClassName();
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v.getClass().isArray()) {
            StringBuilder s = new StringBuilder(v.getClass().getComponentType().getSimpleName()).append('{');
            for (int i = 0; i < Array.getLength(v); i++) {
                s.append(value(Array.get(v, i))).append(',');
            }
            return s.append('}').toString();
        }
        return v.getClass().getSimpleName() + ":" + v;
    }
}
