package org.vemanager.wbem.spi;

import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMObjectPath;

/**
 * Runs extrinsic methods. Already checked: the target's class is served by this provider, the method
 * exists in the class (else METHOD_NOT_FOUND), every input parameter is declared by the method with
 * a compatible type (else INVALID_PARAMETER), a static method is called on a class path, and the
 * caller's role may invoke methods. The provider validates values and answers with the method's own
 * return codes; a method that takes time starts a job through {@link ProviderContext#jobs()}.
 */
public interface MethodProvider extends Provider {

    /**
     * @param target an instance path (with keys) or a class path for static methods
     * @param inParameters as sent, in the client's order; embedded instances already decoded to
     *     {@code CIMInstance} when the parameter is declared EmbeddedInstance/EmbeddedObject
     */
    MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName,
            CIMArgument<?>[] inParameters) throws CimException;
}
