package org.vemanager.mof.served;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vemanager.mof.served.CimFacts.describe;
import static org.vemanager.mof.served.CimFacts.flag;
import static org.vemanager.mof.served.CimFacts.qualifier;
import static org.vemanager.mof.served.CimFacts.sameType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.vemanager.mof.ServedClasses;

/**
 * Our {@code VEM_} classes: each is a concrete, described subclass of a DMTF class served in the
 * same namespace, lives in root/virt (the interop namespace serves DMTF's concrete classes under
 * their own names), and never redeclares a DMTF property or method with another type. A property
 * or method DMTF does not have must say in its Description why we added it.
 */
class VemClassesTest {

    static Stream<Arguments> vemClasses() {
        return ServedClassCases.withPrefix("VEM_");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vemClasses")
    void isAConcreteDescribedSubclassOfADmtfClassInRootVirt(String namespace, String className) {
        CIMClass vem = ServedClassCases.served(namespace, className);
        assertThat(namespace).as("namespace of %s", className).isEqualTo(ServedClasses.VIRT_NAMESPACE);
        assertThat(flag(vem, "Abstract", false)).as("%s is abstract", className).isFalse();
        assertThat(qualifier(vem, "Description")).as("Description of %s", className).isPresent();
        CIMClass dmtf = dmtfAncestor(namespace, vem);
        assertThat(dmtf).as("DMTF ancestor of %s", className).isNotNull();
        assertThat(dmtf.getName()).startsWith("CIM_");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("vemClasses")
    void addsNothingThatShadowsDmtf(String namespace, String className) {
        CIMClass vem = ServedClassCases.served(namespace, className);
        CIMClass dmtf = dmtfAncestor(namespace, vem);
        assertThat(dmtf).as("DMTF ancestor of %s", className).isNotNull();
        List<String> problems = new ArrayList<>();
        for (CIMClassProperty<?> property : vem.getProperties()) {
            CIMClassProperty<?> inherited = dmtf.getProperty(property.getName());
            if (inherited == null) {
                if (qualifier(property, "Description").isEmpty()) {
                    problems.add("property " + property.getName() + " is ours but has no Description saying why");
                }
            } else if (!inherited.getName().equals(property.getName())
                || !sameType(inherited.getDataType(), property.getDataType())) {
                problems.add("property " + property.getName() + " " + describe(property.getDataType())
                    + " shadows " + dmtf.getName() + "." + inherited.getName() + " " + describe(inherited.getDataType()));
            }
        }
        for (CIMMethod<?> method : vem.getMethods()) {
            CIMMethod<?> inherited = dmtf.getMethod(method.getName());
            if (inherited == null) {
                if (qualifier(method, "Description").isEmpty()) {
                    problems.add("method " + method.getName() + " is ours but has no Description saying why");
                }
            } else if (!sameType(inherited.getDataType(), method.getDataType())
                || !SchemaComparison.disagreements(copyOf(dmtf, method), dmtf).isEmpty()) {
                problems.add("method " + method.getName() + " changes the signature of " + dmtf.getName() + "." + inherited.getName());
            }
        }
        assertThat(problems).as("%s:%n  %s", className, String.join("\n  ", problems)).isEmpty();
    }

    /** The nearest ancestor whose name is not ours, looked up in the same namespace. */
    private static CIMClass dmtfAncestor(String namespace, CIMClass cimClass) {
        CIMClass current = cimClass;
        while (current != null && current.getName().regionMatches(true, 0, "VEM_", 0, 4)) {
            String superName = current.getSuperClassName();
            current = superName == null ? null : ServedClasses.load().getClass(namespace, superName);
        }
        return current;
    }

    /** A one-method view of the DMTF class, so that the method's signature is compared by the same rules as SchemaAgreementTest. */
    private static CIMClass copyOf(CIMClass dmtf, CIMMethod<?> method) {
        return new CIMClass(dmtf.getName(), dmtf.getSuperClassName(), dmtf.getQualifiers(),
            dmtf.getProperties(), new CIMMethod<?>[] {method});
    }
}
