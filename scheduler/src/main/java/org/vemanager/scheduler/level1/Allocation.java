package org.vemanager.scheduler.level1;

/**
 * What level 1 sets for one VM (libvirt: {@code <cputune><shares>} and the balloon's current memory).
 *
 * @param cpuShares     relative CPU weight under contention
 * @param balloonTarget memory in GiB the balloon should leave to the guest
 */
public record Allocation(int cpuShares, double balloonTarget) {
}
