package org.vemanager.wbem.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_ReferencedProfile: Antecedent is the referenced (component) profile, Dependent the profile
 * that references it. A referenced name that no declared profile carries is left out.
 */
public final class ReferencedProfileProvider extends ComputedAssociationProvider {

    private final InteropClassNames names;
    private final ProfileCatalog catalog;

    public ReferencedProfileProvider(InteropClassNames names, ProfileCatalog catalog) {
        this.names = names;
        this.catalog = catalog;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(names.referencedProfile());
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        List<CIMInstance> result = new ArrayList<>();
        for (ProfileDeclaration referencing : catalog.profiles()) {
            for (String referencedName : referencing.referencedProfiles()) {
                for (ProfileDeclaration referenced : catalog.byName(referencedName)) {
                    CIMObjectPath path = Paths.association(InteropNamespace.NAME, names.referencedProfile(),
                            Paths.reference("Antecedent", "CIM_RegisteredProfile", catalog.path(referenced)),
                            Paths.reference("Dependent", "CIM_RegisteredProfile", catalog.path(referencing)));
                    result.add(Paths.instance(path));
                }
            }
        }
        return result;
    }
}
