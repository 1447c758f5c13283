package org.vemanager.wbem.spi;

/**
 * Where providers are registered, by namespace and the class names they declare. A class served by
 * two providers of the same kind is a programming error (IllegalStateException). A class with no
 * provider enumerates as empty and answers NOT_FOUND for GetInstance.
 */
public interface ProviderRegistry {

    /**
     * Registers {@code provider} for each of its {@link Provider#classNames()} in {@code namespace},
     * under every kind it implements. Classes must exist in the namespace's class repository.
     */
    void register(String namespace, Provider provider);

    /** Publishes a profile the registered providers implement, in the interop namespace. */
    void registerProfile(ProfileDeclaration profile);

    /** The context handed to providers: indications, jobs, class lookup. */
    ProviderContext context();
}
