/**
 * What every virtualization provider shares: the {@link org.vemanager.provider.support.VirtHost} they
 * serve (hypervisor, config editor, remembered requests, jobs, host identity), path comparison, and a
 * base for two-ended association providers.
 */
package org.vemanager.provider.support;
