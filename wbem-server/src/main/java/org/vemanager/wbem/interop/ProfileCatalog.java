package org.vemanager.wbem.interop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.ProfileDeclaration;

/**
 * The profiles the server registers, read at request time, and how each one is named in the interop
 * namespace. Shared by the RegisteredProfile provider and the two profile associations.
 */
public final class ProfileCatalog {

    private final InteropClassNames names;
    private final Supplier<? extends Collection<ProfileDeclaration>> profiles;

    /** @param profiles every declared profile, including the server's own ({@link ServerProfiles}) */
    public ProfileCatalog(InteropClassNames names, Supplier<? extends Collection<ProfileDeclaration>> profiles) {
        this.names = names;
        this.profiles = profiles;
    }

    /**
     * The stable InstanceID of a DMTF profile: {@code DMTF+<RegisteredName>+<RegisteredVersion>},
     * e.g. {@code DMTF+System Virtualization+1.0.0}.
     */
    public static String instanceId(ProfileDeclaration profile) {
        return "DMTF+" + profile.registeredName() + "+" + profile.registeredVersion();
    }

    /** The declared profiles, one per InstanceID (the first declaration wins), in declaration order. */
    public List<ProfileDeclaration> profiles() {
        Map<String, ProfileDeclaration> unique = new LinkedHashMap<>();
        for (ProfileDeclaration profile : profiles.get()) {
            unique.putIfAbsent(instanceId(profile), profile);
        }
        return new ArrayList<>(unique.values());
    }

    public CIMObjectPath path(ProfileDeclaration profile) {
        return Paths.of(InteropNamespace.NAME, names.registeredProfile(), "InstanceID", instanceId(profile));
    }

    /** The profile a RegisteredProfile path names, if it names one of ours. */
    public Optional<ProfileDeclaration> find(CIMObjectPath path) {
        if (path == null || !path.getObjectName().equalsIgnoreCase(names.registeredProfile())) {
            return Optional.empty();
        }
        String id = Paths.keyString(path, "InstanceID");
        return profiles().stream().filter(p -> instanceId(p).equals(id) && Paths.sameInstance(path(p), path)).findFirst();
    }

    /** Every registered version of the profile called {@code registeredName} (case-insensitive). */
    public List<ProfileDeclaration> byName(String registeredName) {
        return profiles().stream().filter(p -> p.registeredName().equalsIgnoreCase(registeredName)).toList();
    }
}
