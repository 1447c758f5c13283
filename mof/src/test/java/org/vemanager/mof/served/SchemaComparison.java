package org.vemanager.mof.served;

import static org.vemanager.mof.served.CimFacts.describe;
import static org.vemanager.mof.served.CimFacts.flag;
import static org.vemanager.mof.served.CimFacts.isIn;
import static org.vemanager.mof.served.CimFacts.isOut;
import static org.vemanager.mof.served.CimFacts.qualifier;
import static org.vemanager.mof.served.CimFacts.sameType;
import static org.vemanager.mof.served.CimFacts.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMClassProperty;
import org.metricshub.wbem.javax.cim.CIMMethod;
import org.metricshub.wbem.javax.cim.CIMParameter;
import org.metricshub.wbem.javax.cim.CIMQualifiedElementInterface;

/**
 * Compares one class we serve with the DMTF class of the same name and lists every disagreement,
 * so that a failing test names them all at once. What must agree: the exact name, the superclass,
 * Association/Indication/Abstract, the set of keys, and for every property and method we declare:
 * that it exists in DMTF with the same type and array-ness, the same parameters (names, types,
 * array-ness, In/Out, EmbeddedInstance/EmbeddedObject) and, where we give them, the same
 * ValueMap/Values. We may omit optional DMTF properties and qualifiers; we may not change them.
 */
final class SchemaComparison {

    private static final List<String> CLASS_FLAGS = List.of("Association", "Indication", "Abstract");
    private static final List<String> EMBEDDING = List.of("EmbeddedInstance", "EmbeddedObject");
    private static final List<String> ENUMERATION = List.of("ValueMap", "Values");

    private final CIMClass ours;
    private final CIMClass dmtf;
    private final List<String> problems = new ArrayList<>();

    private SchemaComparison(CIMClass ours, CIMClass dmtf) {
        this.ours = ours;
        this.dmtf = dmtf;
    }

    static List<String> disagreements(CIMClass ours, CIMClass dmtf) {
        SchemaComparison comparison = new SchemaComparison(ours, dmtf);
        if (dmtf == null) {
            comparison.problems.add("no DMTF class named " + ours.getName());
        } else {
            comparison.compareClass();
        }
        return comparison.problems;
    }

    private void compareClass() {
        check(ours.getName().equals(dmtf.getName()), "class name %s is spelled %s by DMTF", ours.getName(), dmtf.getName());
        check(Objects.equals(ours.getSuperClassName(), dmtf.getSuperClassName()),
            "superclass is %s, DMTF says %s", ours.getSuperClassName(), dmtf.getSuperClassName());
        for (String name : CLASS_FLAGS) {
            check(flag(ours, name, false) == flag(dmtf, name, false),
                "qualifier %s is %s, DMTF says %s", name, flag(ours, name, false), flag(dmtf, name, false));
        }
        Set<String> ourKeys = keys(ours);
        Set<String> dmtfKeys = keys(dmtf);
        check(ourKeys.equals(dmtfKeys), "keys are %s, DMTF says %s", ourKeys, dmtfKeys);
        for (CIMClassProperty<?> property : ours.getProperties()) {
            compareProperty(property, dmtf.getProperty(property.getName()));
        }
        for (CIMMethod<?> method : ours.getMethods()) {
            compareMethod(method, dmtf.getMethod(method.getName()));
        }
    }

    private void compareProperty(CIMClassProperty<?> property, CIMClassProperty<?> reference) {
        String where = "property " + property.getName();
        if (reference == null) {
            problems.add(where + ": DMTF has no such property");
            return;
        }
        check(property.getName().equals(reference.getName()), "%s is spelled %s by DMTF", where, reference.getName());
        check(sameType(property.getDataType(), reference.getDataType()), "%s is %s, DMTF says %s",
            where, describe(property.getDataType()), describe(reference.getDataType()));
        compareQualifiers(where, property, reference, EMBEDDING, true);
        compareQualifiers(where, property, reference, ENUMERATION, false);
    }

    private void compareMethod(CIMMethod<?> method, CIMMethod<?> reference) {
        String where = "method " + method.getName();
        if (reference == null) {
            problems.add(where + ": DMTF has no such method");
            return;
        }
        check(method.getName().equals(reference.getName()), "%s is spelled %s by DMTF", where, reference.getName());
        check(sameType(method.getDataType(), reference.getDataType()), "%s returns %s, DMTF says %s",
            where, describe(method.getDataType()), describe(reference.getDataType()));
        compareQualifiers(where, method, reference, ENUMERATION, false);
        // By name, not position: CIM-XML passes parameters by name, and javax.cim keeps them sorted.
        Set<String> ourNames = parameterNames(method);
        Set<String> dmtfNames = parameterNames(reference);
        if (!ourNames.equals(dmtfNames)) {
            problems.add(where + ": parameters are " + ourNames + ", DMTF says " + dmtfNames);
        }
        for (CIMParameter<?> parameter : method.getParameters()) {
            CIMParameter<?> dmtfParameter = reference.getParameter(parameter.getName());
            if (dmtfParameter != null) {
                compareParameter(where + " parameter " + parameter.getName(), parameter, dmtfParameter);
            }
        }
    }

    private void compareParameter(String where, CIMParameter<?> parameter, CIMParameter<?> reference) {
        check(sameType(parameter.getDataType(), reference.getDataType()), "%s is %s, DMTF says %s",
            where, describe(parameter.getDataType()), describe(reference.getDataType()));
        check(isIn(parameter) == isIn(reference), "%s In is %s, DMTF says %s", where, isIn(parameter), isIn(reference));
        check(isOut(parameter) == isOut(reference), "%s Out is %s, DMTF says %s", where, isOut(parameter), isOut(reference));
        compareQualifiers(where, parameter, reference, EMBEDDING, true);
        compareQualifiers(where, parameter, reference, ENUMERATION, false);
    }

    /**
     * With {@code mustMatch}, the qualifier must be present on both or neither (an embedded
     * instance that we serve as a plain string breaks clients); otherwise it may be omitted but,
     * when given, must equal DMTF's.
     */
    private void compareQualifiers(String where, CIMQualifiedElementInterface element, CIMQualifiedElementInterface reference,
                                   List<String> names, boolean mustMatch) {
        for (String name : names) {
            String mine = text(qualifier(element, name));
            String theirs = text(qualifier(reference, name));
            boolean omitted = "-".equals(mine) && !mustMatch;
            check(omitted || mine.equalsIgnoreCase(theirs), "%s %s is %s, DMTF says %s", where, name, mine, theirs);
        }
    }

    private static Set<String> keys(CIMClass cimClass) {
        Set<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (CIMClassProperty<?> property : cimClass.getProperties()) {
            if (property.isKey() || flag(property, "Key", false)) {
                keys.add(property.getName());
            }
        }
        return keys;
    }

    private static Set<String> parameterNames(CIMMethod<?> method) {
        CIMParameter<?>[] parameters = method.getParameters();
        Set<String> names = new TreeSet<>();
        if (parameters != null) {
            Arrays.stream(parameters).map(CIMParameter::getName).forEach(names::add);
        }
        return names;
    }

    private void check(boolean ok, String format, Object... args) {
        if (!ok) {
            problems.add(String.format(format, args));
        }
    }
}
