/**
 * The guest relay: CIM classes for what lives inside a virtual machine, served by carrying each
 * operation out through the VM's guest-agent over XML-RPC (HTTPS, pinned certificate, bearer token).
 *
 * <ul>
 *   <li>DMTF DSP1034 Simple Identity Management 1.0: {@code VEM_Account},
 *       {@code VEM_AccountManagementService} (CreateAccount), {@code VEM_AccountOnSystem},
 *       {@code VEM_Group}, {@code VEM_OwningCollectionElement}, {@code VEM_MemberOfCollection};
 *       lock/unlock is RequestStateChange on the account (3 Disabled = locked, 2 Enabled).</li>
 *   <li>DMTF DSP1039 Role Based Authorization, one privilege only: {@code VEM_AssociatedPrivilege}
 *       exists when the account is in the guest's administrators (sudo) group.</li>
 *   <li>Processes and services in the spirit of DSP1057: {@code VEM_UnixProcess} (SendSignal is
 *       ours), {@code VEM_GuestService} (StartService/StopService, and our EnableService/DisableService).</li>
 *   <li>{@code VEM_GuestHostedService}: the VM → the services it hosts (a subclass of the virtualization
 *       provider's VEM_HostedService, so AssocClass CIM_HostedService finds both).</li>
 *   <li>{@code VEM_GuestRelayService}, ours: one per VM, where any WBEM client configures the VM's
 *       guest-agent (ConfigureGuestAgent, RemoveGuestAgent); the token is write-only.</li>
 * </ul>
 *
 * <p>Every object is scoped by its VM's UUID in its keys (SystemName, CSName or the group name's
 * prefix), so it names its VEM_ComputerSystem. A guest is untrusted: the client
 * ({@link org.vemanager.agent.guest.client.GuestAgentClient}) bounds time and size and never
 * deserializes; {@link org.vemanager.agent.node.guest.GuestVm} turns every failure into a CIM
 * error naming the VM. Which VM has which agent is {@link org.vemanager.agent.node.guest.GuestDirectory}.
 */
package org.vemanager.agent.node.guest;
