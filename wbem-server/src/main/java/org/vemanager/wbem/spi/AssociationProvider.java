package org.vemanager.wbem.spi;

import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * Serves association classes. The provider answers one question: which instances of
 * {@code associationClass} reference {@code objectName}, optionally in property {@code role}.
 * Everything else — Associators from References, AssocClass/ResultClass/ResultRole filters, the
 * instances at the far end, enumeration of the association class itself (through
 * {@link InstanceProvider}, which an association provider also implements) — the dispatcher derives.
 *
 * <p>Already checked: {@code associationClass} is one of {@link #classNames()}; {@code objectName}
 * carries namespace and keys. The provider may return association instances whose role does not
 * match; the dispatcher filters again.
 */
public interface AssociationProvider extends InstanceProvider {

    /**
     * @param role the reference property that must point at {@code objectName}, or {@code null} for
     *     any
     */
    void references(RequestContext context, String associationClass, CIMObjectPath objectName, String role,
            InstanceSink sink) throws CimException;
}
