package org.vemanager.wbem.interop;

/**
 * The class names the interop providers serve and write into paths. DMTF names by default; when the
 * served MOF brings subclasses (e.g. a {@code VEM_RegisteredProfile}), the server passes those here
 * rather than anyone hard-coding them.
 */
public record InteropClassNames(
        String namespace,
        String objectManager,
        String communicationMechanism,
        String namespaceInManager,
        String hostedAccessPoint,
        String registeredProfile,
        String elementConformsToProfile,
        String referencedProfile) {

    /** The DMTF class names. */
    public static final InteropClassNames DMTF = new InteropClassNames(
            "CIM_Namespace",
            "CIM_ObjectManager",
            "CIM_CIMXMLCommunicationMechanism",
            "CIM_NamespaceInManager",
            "CIM_HostedAccessPoint",
            "CIM_RegisteredProfile",
            "CIM_ElementConformsToProfile",
            "CIM_ReferencedProfile");
}
