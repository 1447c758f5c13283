package org.vemanager.wbem.spi;

/**
 * Who asks and where: handed to every provider call.
 *
 * @param namespace the request's namespace, already known to exist
 * @param user the authenticated user name (never empty: the server has no anonymous access)
 */
public record RequestContext(String namespace, String user) {
}
