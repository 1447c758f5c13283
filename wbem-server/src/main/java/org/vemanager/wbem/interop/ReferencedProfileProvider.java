package org.vemanager.wbem.interop;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.vemanager.wbem.spi.ProfileDeclaration;
import org.vemanager.wbem.spi.RequestContext;

/**
 * CIM_ReferencedProfile: Antecedent is the referenced (component) profile, Dependent the profile
 * that references it. A referenced name that no declared profile carries is left out.
 */
public final class ReferencedProfileProvider extends ComputedAssociationProvider {

    private final ProfileCatalog catalog;

    public ReferencedProfileProvider(InteropClassNames names, ProfileCatalog catalog) {
        super(names.referencedProfile(), "Antecedent", "CIM_RegisteredProfile", "Dependent", "CIM_RegisteredProfile");
        this.catalog = catalog;
    }

    @Override
    protected List<CIMInstance> associations(RequestContext context) {
        List<CIMInstance> result = new ArrayList<>();
        for (ProfileDeclaration referencing : catalog.profiles()) {
            for (String referencedName : referencing.referencedProfiles()) {
                for (ProfileDeclaration referenced : catalog.byName(referencedName)) {
                    result.add(link(catalog.path(referenced), catalog.path(referencing)));
                }
            }
        }
        return result;
    }
}
