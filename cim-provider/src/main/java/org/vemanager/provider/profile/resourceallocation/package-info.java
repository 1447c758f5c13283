/**
 * DMTF DSP1041 Resource Allocation Profile 1.1.0, the parts a virtual system needs: one RASD class per
 * resource kind (VEM_ProcessorRASD, VEM_MemoryRASD, VEM_DiskRASD, VEM_NetworkPortRASD, VEM_GraphicsRASD,
 * VEM_InputRASD, VEM_ControllerRASD), read from the domain's persistent definition as
 * {@link org.vemanager.provider.mapping.ResourceMapping} describes, and
 * VirtualSystemSettingDataComponent from each VSSD to its RASDs. Resource pools and allocation
 * capabilities (DSP1043) are not implemented yet.
 */
package org.vemanager.provider.profile.resourceallocation;
