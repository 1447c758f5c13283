package org.vemanager.wbem.spi;

import java.util.List;

/**
 * A DMTF profile that providers implement (DSP1033): the interop namespace publishes it as a
 * CIM_RegisteredProfile (RegisteredOrganization 2 = DMTF), links it by CIM_ElementConformsToProfile to
 * every instance of {@code centralClassName} in {@code namespace}, and by CIM_ReferencedProfile to the
 * profiles named in {@code referencedProfiles} (autonomous → component).
 *
 * @param registeredName e.g. {@code "System Virtualization"}
 * @param registeredVersion e.g. {@code "1.0.0"}
 * @param namespace where the central instances live, e.g. {@code root/virt}
 * @param centralClassName the class whose instances are the profile's central (or scoping) instances
 * @param referencedProfiles registered names of the component profiles this profile references
 */
public record ProfileDeclaration(
        String registeredName,
        String registeredVersion,
        String namespace,
        String centralClassName,
        List<String> referencedProfiles) {

    public ProfileDeclaration {
        referencedProfiles = List.copyOf(referencedProfiles);
    }
}
