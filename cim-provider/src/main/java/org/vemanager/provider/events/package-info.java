/**
 * Live state: libvirt domain lifecycle events turned into CIM process indications (DSP1054
 * CIM_InstCreation, CIM_InstModification, CIM_InstDeletion) about VEM_ComputerSystem instances.
 */
package org.vemanager.provider.events;
