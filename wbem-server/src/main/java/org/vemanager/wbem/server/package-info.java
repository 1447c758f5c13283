/**
 * The WBEM server assembly: {@link org.vemanager.wbem.server.WbemServer} built from a
 * {@link org.vemanager.wbem.server.WbemServerConfig} and an
 * {@link org.vemanager.wbem.operation.OperationDispatcher}, and the audit trail
 * ({@link org.vemanager.wbem.server.AuditLog}, logger {@code org.vemanager.audit}).
 */
package org.vemanager.wbem.server;
