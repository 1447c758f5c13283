package org.vemanager.wbem.interop;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The class names the interop providers serve and write into paths. DMTF names by default; when the
 * served MOF brings subclasses (e.g. a {@code VEM_RegisteredProfile}), the server maps the DMTF name
 * to its subclass here ({@code DMTF.with("CIM_RegisteredProfile", "VEM_RegisteredProfile")}) rather
 * than anyone hard-coding it.
 */
public final class InteropClassNames {

    /** The DMTF class names, unchanged. */
    public static final InteropClassNames DMTF = new InteropClassNames(Map.of());

    private final Map<String, String> served;

    private InteropClassNames(Map<String, String> served) {
        this.served = Map.copyOf(served);
    }

    /** These names, with {@code dmtfClass} served as {@code servedClass}. */
    public InteropClassNames with(String dmtfClass, String servedClass) {
        Map<String, String> copy = new LinkedHashMap<>(served);
        copy.put(dmtfClass.toLowerCase(Locale.ROOT), servedClass);
        return new InteropClassNames(copy);
    }

    /** The served name of the DMTF class {@code dmtfClass}. */
    public String of(String dmtfClass) {
        return served.getOrDefault(dmtfClass.toLowerCase(Locale.ROOT), dmtfClass);
    }

    public String namespace() {
        return of("CIM_Namespace");
    }

    public String objectManager() {
        return of("CIM_ObjectManager");
    }

    public String communicationMechanism() {
        return of("CIM_CIMXMLCommunicationMechanism");
    }

    public String namespaceInManager() {
        return of("CIM_NamespaceInManager");
    }

    public String commMechanismForManager() {
        return of("CIM_CommMechanismForManager");
    }

    public String hostedAccessPoint() {
        return of("CIM_HostedAccessPoint");
    }

    public String hostedService() {
        return of("CIM_HostedService");
    }

    public String registeredProfile() {
        return of("CIM_RegisteredProfile");
    }

    public String elementConformsToProfile() {
        return of("CIM_ElementConformsToProfile");
    }

    public String referencedProfile() {
        return of("CIM_ReferencedProfile");
    }
}
