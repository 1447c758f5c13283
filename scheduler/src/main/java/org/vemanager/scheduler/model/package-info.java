/** The scheduler's input: an immutable snapshot of hosts, VMs, their demand history and placement rules. */
package org.vemanager.scheduler.model;
