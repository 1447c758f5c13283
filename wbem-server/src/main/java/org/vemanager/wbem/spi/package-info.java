/**
 * The provider SPI: the only part of wbem-server that a provider sees.
 *
 * <p>Shaped like pywbem's mock providers: small provider kinds ({@link InstanceProvider},
 * {@link InstanceWriteProvider}, {@link MethodProvider}, {@link AssociationProvider}), each declaring
 * the classes it serves and registered by namespace and class name in a {@link ProviderRegistry}.
 * The server's dispatcher does every generic check (namespace exists, class exists, keys present,
 * properties belong to the class, role allows the operation), walks class inheritance, applies
 * PropertyList/LocalOnly/IncludeQualifiers/IncludeClassOrigin filtering, derives Associators from
 * References and encodes the wire format. A provider therefore never sees HTTP or XML and only does
 * its own job. Errors leave a provider only as {@link CimException}.
 */
package org.vemanager.wbem.spi;
