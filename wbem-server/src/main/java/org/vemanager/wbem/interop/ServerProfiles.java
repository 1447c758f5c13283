package org.vemanager.wbem.interop;

import java.util.List;
import org.vemanager.wbem.spi.ProfileDeclaration;

/**
 * The profiles the WBEM server itself implements. The server registers them like any provider's
 * profile ({@code ProviderRegistry.registerProfile}) once the classes they need are served.
 */
public final class ServerProfiles {

    private ServerProfiles() {
    }

    /** DSP1033 Profile Registration 1.0.0, scoped by the object manager. */
    public static ProfileDeclaration profileRegistration(InteropClassNames names) {
        return new ProfileDeclaration("Profile Registration", "1.0.0", InteropNamespace.NAME, names.objectManager(), List.of());
    }

    /** DSP1054 Indications 1.1.0, whose central instance is the indication service. */
    public static ProfileDeclaration indications(String indicationServiceClass) {
        return new ProfileDeclaration("Indications", "1.1.0", InteropNamespace.NAME, indicationServiceClass, List.of());
    }
}
