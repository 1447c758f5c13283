package org.vemanager.wbem.indication;

import java.util.List;

/**
 * The class names the indication providers serve (DMTF by default; served subclasses are passed
 * here rather than hard-coded).
 *
 * @param destinations the CIM-XML destination classes accepted as handlers, served the same way.
 *     DMTF serves CIM_ListenerDestinationCIMXML only; add the deprecated CIM_IndicationHandlerCIMXML
 *     (which older SBLIM clients create) once the served MOF has that class
 */
public record IndicationClassNames(
        String filter,
        List<String> destinations,
        String subscription,
        String service,
        String capabilities,
        String elementCapabilities) {

    public static final IndicationClassNames DMTF = new IndicationClassNames(
            "CIM_IndicationFilter",
            List.of("CIM_ListenerDestinationCIMXML"),
            "CIM_IndicationSubscription",
            "CIM_IndicationService",
            "CIM_IndicationServiceCapabilities",
            "CIM_ElementCapabilities");

    public IndicationClassNames {
        destinations = List.copyOf(destinations);
    }

    /** The destination class named {@code className} as this server spells it, or {@code null}. */
    String destinationClass(String className) {
        return destinations.stream().filter(c -> c.equalsIgnoreCase(className)).findFirst().orElse(null);
    }
}
