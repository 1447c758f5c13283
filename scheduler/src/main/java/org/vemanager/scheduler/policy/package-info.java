/** Level-2 policies: ours ({@code VemBalancer}, {@code VemPowerSaver}) and the published baselines we compare with. */
package org.vemanager.scheduler.policy;
