package org.vemanager.wbem.operation;

import java.util.List;

/**
 * A VALUE or VALUE.ARRAY that arrived without a type (CIM-XML leaves IPARAMVALUE values such as
 * SetProperty's NewValue, and untyped method PARAMVALUEs, untyped): the dispatcher converts it with
 * the type the class or method declares. {@code text} holds a single value; {@code array} holds an
 * array's elements (a {@code null} element is VALUE.NULL).
 */
public record UntypedValue(String text, List<String> array) {

    public static UntypedValue scalar(String text) {
        return new UntypedValue(text, null);
    }

    public static UntypedValue array(List<String> elements) {
        return new UntypedValue(null, elements);
    }

    public boolean isArray() {
        return array != null;
    }
}
