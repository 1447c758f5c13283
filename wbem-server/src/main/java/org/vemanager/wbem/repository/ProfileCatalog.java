package org.vemanager.wbem.repository;

import java.util.List;
import org.vemanager.wbem.spi.ProfileDeclaration;

/**
 * The profiles providers declared through {@code ProviderRegistry.registerProfile}, read-only, for
 * the interop namespace's CIM_RegisteredProfile provider.
 */
@FunctionalInterface
public interface ProfileCatalog {

    /** A snapshot of the declared profiles, in registration order. */
    List<ProfileDeclaration> profiles();
}
