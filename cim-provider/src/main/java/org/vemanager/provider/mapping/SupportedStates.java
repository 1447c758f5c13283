package org.vemanager.provider.mapping;

import java.util.Locale;

/**
 * Which RequestStateChange values work for a domain, by its libvirt domain type. libvirt has no query
 * for this, so it is a table: checked on the test driver (every value below works there: create,
 * destroy, shutdown, managed save, suspend, reboot, reset) and taken from libvirt's driver support matrix
 * for the others.
 */
public final class SupportedStates {

    private static final int[] FULL = {2, 3, 4, 6, 9, 10, 11};
    private static final int[] XEN = {2, 3, 4, 6, 9, 10};
    private static final int[] LXC = {2, 3, 4, 9, 10};
    private static final int[] MINIMAL = {2, 3, 4};

    private SupportedStates() {
    }

    public static int[] forDomainType(String domainType) {
        String t = domainType == null ? "" : domainType.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "test", "kvm", "qemu" -> FULL.clone();
            case "xen" -> XEN.clone();
            case "lxc" -> LXC.clone();
            default -> MINIMAL.clone();
        };
    }

    public static boolean supports(String domainType, int requestedState) {
        for (int s : forDomainType(domainType)) {
            if (s == requestedState) {
                return true;
            }
        }
        return false;
    }
}
