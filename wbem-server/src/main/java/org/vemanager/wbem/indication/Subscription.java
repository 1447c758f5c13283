package org.vemanager.wbem.indication;

/**
 * A CIM_IndicationSubscription: which filter's indications go to which destination, by their Name
 * keys.
 *
 * @param state SubscriptionState: 2 Enabled (delivering) or 4 Disabled
 * @param onFatalErrorPolicy 2 Ignore (the default), 3 Disable, 4 Remove — applied when an
 *     indication could not be delivered after every retry
 */
public record Subscription(String filterName, String destinationName, int state, int onFatalErrorPolicy) {

    public static final int ENABLED = 2;
    public static final int DISABLED = 4;
    public static final int IGNORE = 2;
    public static final int DISABLE = 3;
    public static final int REMOVE = 4;

    boolean enabled() {
        return state == ENABLED;
    }

    Subscription withState(int newState) {
        return new Subscription(filterName, destinationName, newState, onFatalErrorPolicy);
    }
}
