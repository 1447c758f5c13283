package org.vemanager.mof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMFlavor;
import org.metricshub.wbem.javax.cim.CIMScope;
import org.vemanager.mof.MofError;

/**
 * The parser, as tables (parser/*.csv): MOF in, what the sink received out (one line per production, written
 * compactly by {@link RecordingSink}), including errors and what is read after recovering.
 */
class MofParserTest {

    /** Writes each production the parser delivers as one short line. */
    static final class RecordingSink implements MofSink {

        final List<String> lines = new ArrayList<>();

        @Override
        public void qualifierDeclaration(QualifierTypeDeclaration d) {
            lines.add("qualifier " + d.name() + " " + type(d.type()) + (d.defaultValue() == null ? "" : " = " + value(d.defaultValue()))
                + " scope" + scopes(d.scope()) + (d.flavors().isEmpty() ? "" : " flavor(" + flavors(d.flavors()) + ")"));
        }

        @Override
        public void classDeclaration(ClassDeclaration d) {
            lines.add(qualifiers(d.qualifiers()) + "class " + d.name() + (d.superclass() == null ? "" : " : " + d.superclass()) + " {"
                + d.properties().stream().map(p -> " " + qualifiers(p.qualifiers()) + type(p.type()) + " " + p.name()
                    + (p.defaultValue() == null ? "" : " = " + value(p.defaultValue())) + ";").collect(Collectors.joining())
                + d.methods().stream().map(m -> " " + qualifiers(m.qualifiers()) + type(m.returnType()) + " " + m.name() + "("
                    + m.parameters().stream().map(p -> qualifiers(p.qualifiers()) + type(p.type()) + " " + p.name())
                        .collect(Collectors.joining(", ")) + ");").collect(Collectors.joining())
                + " }");
        }

        @Override
        public void instanceDeclaration(InstanceDeclaration d) {
            lines.add("instance of " + d.className() + (d.alias() == null ? "" : " as $" + d.alias()) + " {"
                + d.properties().stream().map(p -> " " + p.name() + " = " + value(p.value()) + ";").collect(Collectors.joining())
                + " }");
        }

        @Override
        public void pragma(Pragma p) {
            lines.add("#pragma " + p.name() + "(" + p.value() + ")");
        }

        @Override
        public void error(MofError e) {
            lines.add("error " + e.line() + ":" + e.column() + " " + e.message());
        }

        private static String qualifiers(List<QualifierValue> qualifiers) {
            if (qualifiers.isEmpty()) {
                return "";
            }
            return qualifiers.stream().map(q -> q.name() + (q.value() == null ? "" : "(" + value(q.value()) + ")")
                + (q.flavors().isEmpty() ? "" : " : " + flavors(q.flavors()))).collect(Collectors.joining(", ", "[", "] "));
        }

        private static String value(MofValue v) {
            if (v instanceof MofValue.Array a) {
                return a.elements().stream().map(RecordingSink::value).collect(Collectors.joining(", ", "{", "}"));
            }
            if (v instanceof MofValue.Alias a) {
                return "$" + a.name();
            }
            MofValue.Scalar s = (MofValue.Scalar) v;
            return s.kind() == MofValue.Kind.STRING ? "'" + s.value() + "'" : s.kind() + ":" + s.value();
        }

        private static String scopes(int scope) {
            List<String> names = new ArrayList<>();
            String[] all = {"class", "association", "indication", "property", "reference", "method", "parameter"};
            int[] bits = {CIMScope.CLASS, CIMScope.ASSOCIATION, CIMScope.INDICATION, CIMScope.PROPERTY, CIMScope.REFERENCE,
                CIMScope.METHOD, CIMScope.PARAMETER};
            for (int i = 0; i < all.length; i++) {
                if ((scope & bits[i]) != 0) {
                    names.add(all[i]);
                }
            }
            return "(" + String.join(",", names) + ")";
        }

        private static String flavors(Flavors f) {
            int effective = f.applyTo(0);
            List<String> names = new ArrayList<>();
            if ((effective & CIMFlavor.DISABLEOVERRIDE) != 0) {
                names.add("DisableOverride");
            }
            if ((effective & CIMFlavor.RESTRICTED) != 0) {
                names.add("Restricted");
            }
            if ((effective & CIMFlavor.TRANSLATE) != 0) {
                names.add("Translatable");
            }
            return String.join(" ", names);
        }

        /** {@code uint8}, {@code string[]}, {@code uint16[5]}, {@code CIM_Foo REF}. */
        private static String type(CIMDataType t) {
            String name = t.getType() == CIMDataType.REFERENCE ? t.getRefClassName() + " REF" : DataTypes.elementType(t).toString();
            return name + (t.isArray() ? "[" + (t.getSize() > 0 ? t.getSize() : "") + "]" : "");
        }
    }

    private static String parse(String mof) {
        RecordingSink sink = new RecordingSink();
        // In the tables, ¶ stands for a line feed.
        new MofParser(new SourceText("p.mof", mof.replace('¶', '\n')), sink).mofSpecification();
        return String.join(" ¶ ", sink.lines);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/parser/productions.csv", delimiter = '|', quoteCharacter = '`')
    void productions(String mof, String expected) {
        assertThat(parse(mof)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/parser/syntax-errors.csv", delimiter = '|', quoteCharacter = '`')
    void syntaxErrorsAreReportedAndParsingGoesOn(String mof, String expected) {
        assertThat(parse(mof)).isEqualTo(expected);
    }
}
