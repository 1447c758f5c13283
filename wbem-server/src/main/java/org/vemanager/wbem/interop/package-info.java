/**
 * The interop namespace (DSP1033 Profile Registration 1.0.0): CIM_Namespace, the one
 * CIM_ObjectManager, its CIM-XML communication mechanism, CIM_RegisteredProfile per declared
 * profile and the associations that tie them together (CIM_NamespaceInManager,
 * CIM_HostedAccessPoint, CIM_ElementConformsToProfile across namespaces, CIM_ReferencedProfile).
 * {@link org.vemanager.wbem.interop.InteropProviders} builds and wires them all.
 */
package org.vemanager.wbem.interop;
