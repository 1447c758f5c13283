/**
 * The headless two-level scheduler: level 2 (between hosts, by migration) plans from a
 * {@link org.vemanager.scheduler.model.ClusterSnapshot}; level 1 (between the VMs of one host) is in
 * {@code .level1}. No Swing, no CIM here: the console drives it through {@link org.vemanager.scheduler.MoveExecutor}.
 */
package org.vemanager.scheduler;
