package org.vemanager.wbem.spi;

import java.util.List;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.UnsignedInteger32;

/**
 * What an extrinsic method returned: its return value (typed as the method declares it, usually
 * uint32) and its output parameters.
 */
public record MethodResult(Object returnValue, List<CIMArgument<?>> outParameters) {

    public MethodResult {
        outParameters = List.copyOf(outParameters);
    }

    /** A uint32 return code with no output parameters. */
    public static MethodResult of(long returnCode) {
        return new MethodResult(new UnsignedInteger32(returnCode), List.of());
    }

    /** A uint32 return code with output parameters. */
    public static MethodResult of(long returnCode, List<CIMArgument<?>> outParameters) {
        return new MethodResult(new UnsignedInteger32(returnCode), outParameters);
    }
}
