package org.vemanager.mof.served;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.vemanager.mof.MofCompilationException;
import org.vemanager.mof.MofCompiler;
import org.vemanager.mof.MofRepository;

/**
 * {@link SchemaComparison} finds each kind of disagreement: the reference below stands for DMTF,
 * each row changes one thing in our copy and names the message it must produce.
 */
class SchemaComparisonTest {

    private static final String QUALIFIERS = """
        Qualifier Abstract : boolean = false, Scope(class, association, indication), Flavor(EnableOverride, Restricted);
        Qualifier Association : boolean = false, Scope(association), Flavor(DisableOverride, ToSubclass);
        Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride, ToSubclass);
        Qualifier In : boolean = true, Scope(parameter), Flavor(DisableOverride, ToSubclass);
        Qualifier Out : boolean = false, Scope(parameter), Flavor(DisableOverride, ToSubclass);
        Qualifier EmbeddedInstance : string = null, Scope(property, method, parameter);
        Qualifier ValueMap : string[], Scope(property, method, parameter);
        """;

    private static final String REFERENCE = QUALIFIERS + """
        [Abstract] class CIM_Base { [Key] string InstanceID; };
        class CIM_Other : CIM_Base { };
        class CIM_Thing : CIM_Base {
            [ValueMap {"0", "2", "3"}] uint16 State;
            string Names[];
            [ValueMap {"0", "1", "4096"}] uint32 Act([In] uint16 Wanted, [In, EmbeddedInstance ("CIM_Other")] string Settings,
                [In (false), Out] CIM_Other REF Job);
        };
        """;

    @Test
    void anIdenticalCopyAgrees() {
        assertThat(disagreements(REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        other superclass | class CIM_Thing : CIM_Base { | class CIM_Thing : CIM_Other { | superclass is CIM_Other, DMTF says CIM_Base
        name spelled apart | class CIM_Thing : CIM_Base { | class CIM_THING : CIM_Base { | class name CIM_THING is spelled CIM_Thing by DMTF
        abstract flag | class CIM_Thing : CIM_Base { | [Abstract] class CIM_Thing : CIM_Base { | qualifier Abstract is true, DMTF says false
        property type | uint16 State; | uint32 State; | property State is uint32, DMTF says uint16
        property array-ness | string Names[]; | string Names; | property Names is string, DMTF says string[]
        unknown property | string Names[]; | string Names[]; string Extra; | property Extra: DMTF has no such property
        value map | [ValueMap {"0", "2", "3"}] uint16 | [ValueMap {"0", "2"}] uint16 | \
            property State ValueMap is [0, 2], DMTF says [0, 2, 3]
        extra key | string Names[]; | [Key] string Names[]; | keys are [InstanceID, Names], DMTF says [InstanceID]
        unknown method | uint32 Act( | uint32 Other( | method Other: DMTF has no such method
        return type | [ValueMap {"0", "1", "4096"}] uint32 | [ValueMap {"0", "1", "4096"}] uint16 | \
            method Act returns uint16, DMTF says uint32
        missing parameter | [In] uint16 Wanted, | ' ' | method Act: parameters are [Job, Settings], DMTF says [Job, Settings, Wanted]
        parameter type | [In] uint16 Wanted | [In] uint32 Wanted | method Act parameter Wanted is uint32, DMTF says uint16
        parameter direction | [In (false), Out] CIM_Other REF Job | [In, Out] CIM_Other REF Job | \
            method Act parameter Job In is true, DMTF says false
        parameter reference | [In (false), Out] CIM_Other REF Job | [In (false), Out] CIM_Base REF Job | \
            method Act parameter Job is CIM_Base REF, DMTF says CIM_Other REF
        embedded instance | [In, EmbeddedInstance ("CIM_Other")] | [In] | \
            method Act parameter Settings EmbeddedInstance is -, DMTF says CIM_Other
        """)
    void findsTheDisagreement(String label, String find, String replace, String expected) {
        assertThat(REFERENCE).contains(find);
        String ours = REFERENCE.replace(find, replace.isBlank() ? "" : replace);
        assertThat(disagreements(ours)).as(label).contains(expected);
    }

    @Test
    void aClassDmtfDoesNotHaveIsReported() {
        CIMClass ours = compile(REFERENCE).getClass("root/test", "CIM_Thing");
        assertThat(SchemaComparison.disagreements(ours, null)).containsExactly("no DMTF class named CIM_Thing");
    }

    private static List<String> disagreements(String ours) {
        CIMClass mine = compile(ours).getClass("root/test", "CIM_Thing");
        CIMClass dmtf = compile(REFERENCE).getClass("root/test", "CIM_Thing");
        return SchemaComparison.disagreements(mine, dmtf);
    }

    private static MofRepository compile(String text) {
        try {
            return new MofCompiler().defaultNamespace("root/test").compile("fixture.mof", text);
        } catch (MofCompilationException e) {
            throw new AssertionError("fixture does not compile: " + e.getMessage(), e);
        }
    }
}
