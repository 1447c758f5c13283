/**
 * What the server knows before any provider runs: the classes of every namespace
 * ({@link org.vemanager.wbem.repository.ClassRepository}, built once from the MOF repositories,
 * immutable, case-insensitive), and the providers registered for them
 * ({@link org.vemanager.wbem.repository.DefaultProviderRegistry}, which also keeps the declared
 * profiles for the interop namespace as a {@link org.vemanager.wbem.repository.ProfileCatalog}).
 */
package org.vemanager.wbem.repository;
