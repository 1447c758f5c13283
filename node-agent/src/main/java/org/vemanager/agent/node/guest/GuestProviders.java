package org.vemanager.agent.node.guest;

import java.util.List;
import org.vemanager.wbem.spi.Provider;
import org.vemanager.wbem.spi.ProviderRegistry;

/**
 * Registers the guest classes in root/virt, next to the virtualization providers. No profile is
 * published in interop for them yet (see docs/guest-agent.md): the classes work, but the DSP1034
 * conformance (capabilities, every mandatory property) has not been checked.
 */
public final class GuestProviders {

    private GuestProviders() {
    }

    public static void register(ProviderRegistry registry, GuestDirectory guests) {
        List<Provider> providers = List.of(
                new AccountProvider(guests),
                new AccountManagementServiceProvider(guests),
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
    }
}
