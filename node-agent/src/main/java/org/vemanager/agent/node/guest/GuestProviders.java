package org.vemanager.agent.node.guest;

import java.util.List;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderRegistry;

/**
 * Registers the guest classes in root/virt, next to the virtualization providers, and the one guest
 * profile they meet: Simple Identity Management 1.0.1 (DSP1034), central class
 * VEM_AccountManagementService (one per guest that answers), scoped by the VM's VEM_ComputerSystem
 * through VEM_GuestHostedService. What it leaves out is listed in docs/conformance.md. Privileges
 * (DSP1039), processes and services are VEM extensions: no DMTF profile they fully meet.
 */
public final class GuestProviders {

    public static final ProfileDeclaration SIMPLE_IDENTITY_MANAGEMENT = new ProfileDeclaration("Simple Identity Management",
            "1.0.1", GuestPaths.NAMESPACE, GuestPaths.ACCOUNT_SERVICE, List.of());

    private GuestProviders() {
    }

    public static void register(ProviderRegistry registry, GuestDirectory guests) {
        List<Provider> providers = List.of(
                new AccountProvider(guests),
                new AccountManagementServiceProvider(guests),
                new AccountManagementCapabilitiesProvider(guests),
                new AccountCapabilitiesProvider(guests),
                new GuestElementCapabilitiesProvider(guests),
                new ServiceAffectsElementProvider(guests),
                new IdentityProvider(guests),
                new AssignedIdentityProvider(guests),
                new AccountOnSystemProvider(guests),
                new GroupProvider(guests),
                new OwningCollectionElementProvider(guests),
                new MemberOfCollectionProvider(guests),
                new AssociatedPrivilegeProvider(guests),
                new GuestOperatingSystemProvider(guests),
                new RunningOSProvider(guests),
                new UnixProcessProvider(guests),
                new OSProcessProvider(guests),
                new GuestServiceProvider(guests),
                new GuestHostedServiceProvider(guests),
                new GuestRelayServiceProvider(guests));
        for (Provider provider : providers) {
            registry.register(GuestPaths.NAMESPACE, provider);
        }
        registry.registerProfile(SIMPLE_IDENTITY_MANAGEMENT);
    }
}
