package org.vemanager.wbem.indication;

/**
 * Delivery counters of one destination; they only grow.
 *
 * @param delivered indications the listener accepted
 * @param dropped indications dropped because the destination's queue was full
 * @param failed indications given up after every retry, or refused by the listener
 */
public record DeliveryStatistics(long delivered, long dropped, long failed) {
}
