package org.vemanager.wbem.query;

import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMInstance;

/**
 * A WHERE clause. Evaluation is three-valued as in SQL/CQL: {@code TRUE}, {@code FALSE} or
 * {@code null} for UNKNOWN (a comparison with NULL, or between values that cannot be compared); a
 * query matches only when its WHERE clause is TRUE.
 */
sealed interface Expression {

    Boolean evaluate(Operand.Scope scope);

    record And(Expression left, Expression right) implements Expression {
        @Override
        public Boolean evaluate(Operand.Scope scope) {
            Boolean l = left.evaluate(scope);
            if (Boolean.FALSE.equals(l)) {
                return false;
            }
            Boolean r = right.evaluate(scope);
            if (Boolean.FALSE.equals(r)) {
                return false;
            }
            return l == null || r == null ? null : Boolean.TRUE;
        }
    }

    record Or(Expression left, Expression right) implements Expression {
        @Override
        public Boolean evaluate(Operand.Scope scope) {
            Boolean l = left.evaluate(scope);
            if (Boolean.TRUE.equals(l)) {
                return true;
            }
            Boolean r = right.evaluate(scope);
            if (Boolean.TRUE.equals(r)) {
                return true;
            }
            return l == null || r == null ? null : Boolean.FALSE;
        }
    }

    record Not(Expression operand) implements Expression {
        @Override
        public Boolean evaluate(Operand.Scope scope) {
            Boolean value = operand.evaluate(scope);
            return value == null ? null : !value;
        }
    }

    record Comparison(Operand left, Operator operator, Operand right) implements Expression {
        @Override
        public Boolean evaluate(Operand.Scope scope) {
            return Values.compare(left.value(scope), operator, right.value(scope));
        }
    }

    /** {@code x IS [NOT] NULL}; also what WQL's {@code x = NULL} / {@code x <> NULL} mean. */
    record NullTest(Operand operand, boolean negated) implements Expression {
        @Override
        public Boolean evaluate(Operand.Scope scope) {
            return (operand.value(scope) == null) != negated;
        }
    }

    /** {@code SourceInstance ISA CIM_ComputerSystem}: the embedded instance is of that class. */
    record Isa(Operand operand, String className) implements Expression {
        @Override
        public Boolean evaluate(Operand.Scope scope) {
            Object value = operand.value(scope);
            if (value == null) {
                return null;
            }
            return value instanceof CIMInstance instance && scope.hierarchy().isA(instance.getClassName(), className);
        }
    }

    record Like(Operand operand, Pattern pattern, boolean negated) implements Expression {
        @Override
        public Boolean evaluate(Operand.Scope scope) {
            Object value = operand.value(scope);
            if (!(value instanceof String || value instanceof Character)) {
                return null;
            }
            return pattern.matcher(value.toString()).matches() != negated;
        }
    }

    enum Operator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Operator of(String symbol) {
            if ("!=".equals(symbol)) {
                return NE;
            }
            for (Operator operator : values()) {
                if (operator.symbol.equals(symbol)) {
                    return operator;
                }
            }
            return null;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }
    }
}
