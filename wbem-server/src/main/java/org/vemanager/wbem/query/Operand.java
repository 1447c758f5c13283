package org.vemanager.wbem.query;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;

/** A value in a WHERE clause: a literal or a property path into the instance being matched. */
sealed interface Operand {

    /** The operand's value for the instance in {@code scope}; {@code null} is CIM NULL (or unknown). */
    Object value(Scope scope);

    /** What a WHERE clause is evaluated against. */
    record Scope(CIMInstance instance, String fromClass, ClassHierarchy hierarchy) {
    }

    /** A string, number ({@code Long}, {@code BigInteger}, {@code Double}), boolean or {@code null}. */
    record Literal(Object value) implements Operand {
        @Override
        public Object value(Scope scope) {
            return value;
        }
    }

    /**
     * One step of a property path, optionally scoped by CQL's {@code Class::Property}: the step yields
     * NULL unless the instance it is taken from is of that class.
     */
    record Step(String scopeClass, String name) {
    }

    /**
     * {@code Prop}, {@code FromClass.Prop}, {@code SourceInstance.Prop},
     * {@code SourceInstance.CIM_ComputerSystem::Prop}: each step after the first reads a property of
     * the embedded instance the previous step produced. The FROM class alone names the instance itself.
     */
    record PropertyPath(List<Step> steps) implements Operand {

        public PropertyPath {
            steps = List.copyOf(steps);
        }

        @Override
        public Object value(Scope scope) {
            int first = 0;
            Step head = steps.get(0);
            // "CIM_ComputerSystem.Name": the first step names the instance's class (the FROM class or
            // one it inherits from) rather than a property; the FROM class alone is the instance itself.
            boolean namesFromClass = head.scopeClass() == null && property(scope.instance(), head.name()) == null
                    && (head.name().equalsIgnoreCase(scope.fromClass())
                        || steps.size() > 1 && scope.hierarchy().isA(scope.instance().getClassName(), head.name()));
            if (namesFromClass) {
                first = 1;
            }
            Object current = scope.instance();
            for (int i = first; i < steps.size(); i++) {
                if (!(current instanceof CIMInstance instance)) {
                    return null;
                }
                Step step = steps.get(i);
                if (step.scopeClass() != null && !scope.hierarchy().isA(instance.getClassName(), step.scopeClass())) {
                    return null;
                }
                CIMProperty<?> property = property(instance, step.name());
                current = property == null ? null : property.getValue();
            }
            return current;
        }

        /** The name of the top-level property this path reads (for the SELECT list). */
        String topLevelName(String fromClass) {
            if (steps.size() > 1 && steps.get(0).scopeClass() == null && steps.get(0).name().equalsIgnoreCase(fromClass)) {
                return steps.get(1).name();
            }
            return steps.get(0).name();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (Step step : steps) {
                if (text.length() > 0) {
                    text.append('.');
                }
                if (step.scopeClass() != null) {
                    text.append(step.scopeClass()).append("::");
                }
                text.append(step.name());
            }
            return text.toString();
        }
    }

    /** Property lookup by name, case-insensitive as CIM names are. */
    static CIMProperty<?> property(CIMInstance instance, String name) {
        for (CIMProperty<?> property : instance.getProperties()) {
            if (property.getName().equalsIgnoreCase(name)) {
                return property;
            }
        }
        return null;
    }
}
