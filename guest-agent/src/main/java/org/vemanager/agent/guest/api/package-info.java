/**
 * The guest-agent's protocol, shared by the agent and the node-agent's relay: one typed interface
 * per XML-RPC namespace (method names as constants), value records convertible to and from
 * XML-RPC structs, the stable fault codes ({@link org.vemanager.agent.guest.api.GuestFault}) and
 * the strict rules for names ({@link org.vemanager.agent.guest.api.GuestNames}). Only XML-RPC's
 * standard types travel (int, double, boolean, string, struct, array): extensions are off.
 */
package org.vemanager.agent.guest.api;
