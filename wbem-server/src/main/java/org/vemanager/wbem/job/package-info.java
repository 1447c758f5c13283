/**
 * Job Control (DMTF DSP1103 1.0): the server-side job service behind
 * {@link org.vemanager.wbem.spi.Jobs}, serving CIM_ConcreteJob (or VEM_ConcreteJob) and
 * CIM_AffectedJobElement, with JobState changes published as CIM_InstModification indications.
 */
package org.vemanager.wbem.job;
