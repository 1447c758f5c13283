/**
 * libvirt ⇄ CIM: the names of our classes ({@link org.vemanager.provider.mapping.CimNames}), how a
 * domain's run state reads in CIM ({@link org.vemanager.provider.mapping.StateMapping}), how its XML
 * reads as ResourceAllocationSettingData ({@link org.vemanager.provider.mapping.ResourceMapping}) and how
 * RASDs sent by a client edit the XML ({@link org.vemanager.provider.mapping.ResourceEdits}). No libvirt
 * call happens here: everything is a pure function of documents, so it is tested as data.
 */
package org.vemanager.provider.mapping;
