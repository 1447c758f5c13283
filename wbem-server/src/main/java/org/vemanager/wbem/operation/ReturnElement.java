package org.vemanager.wbem.operation;

/** The DSP0201 element that one item of an IRETURNVALUE is written as. */
public enum ReturnElement {
    /** {@code String}. */
    CLASSNAME,
    /** {@code CIMClass}. */
    CLASS,
    /** {@code CIMObjectPath} with keys. */
    INSTANCENAME,
    /** {@code CIMInstance} without its path (GetInstance). */
    INSTANCE,
    /** {@code CIMInstance} with INSTANCENAME (EnumerateInstances). */
    VALUE_NAMEDINSTANCE,
    /** {@code CIMInstance} or {@code CIMClass} with its full path (Associators, References, ExecQuery). */
    VALUE_OBJECTWITHPATH,
    /** {@code CIMInstance} with its full path (the pull operations). */
    VALUE_INSTANCEWITHPATH,
    /** {@code CIMObjectPath}, instance or class (AssociatorNames, ReferenceNames, pull paths). */
    OBJECTPATH,
    /** {@code CIMQualifierType}. */
    QUALIFIER_DECLARATION,
    /** A property value (GetProperty): written with {@link ResultWriter#value}. */
    VALUE
}
