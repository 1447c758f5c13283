package org.vemanager.wbem.interop;

import java.util.List;
import org.vemanager.wbem.spi.ProfileDeclaration;

/**
 * The profiles the WBEM server itself implements. The server registers them like any provider's
 * profile ({@code ProviderRegistry.registerProfile}) once the classes they need are served.
 */
public final class ServerProfiles {

    /** The RegisteredName of DSP1103, which profiles whose methods return jobs reference. */
    public static final String JOB_CONTROL = "Job Control";

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

    /**
     * DSP1103 Job Control 1.0.0. Its central instances are the jobs themselves (the job class in
     * {@code namespace}): they exist from the method that starts one until TimeBeforeRemoval after it
     * ends, so a host where no job runs conforms with no central instance. A client finds a job from the
     * method's Job parameter or through CIM_AffectedJobElement from the element it acts on.
     */
    public static ProfileDeclaration jobControl(String namespace, String jobClass) {
        return new ProfileDeclaration(JOB_CONTROL, "1.0.0", namespace, jobClass, List.of());
    }
}
