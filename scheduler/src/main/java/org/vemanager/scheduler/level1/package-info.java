/** Level 1: CPU shares and balloon targets between the VMs of one host, and the share scheduler model. */
package org.vemanager.scheduler.level1;
