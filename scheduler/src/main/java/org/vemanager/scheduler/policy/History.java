package org.vemanager.scheduler.policy;

/** Small helpers over per-minute demand histories, shared by the baselines. */
final class History {

    private History() {
    }

    /** Mean of the last {@code minutes} samples (all if fewer); 0 for an empty history. */
    static double meanOfLast(double[] history, int minutes) {
        int n = Math.min(minutes, history.length);
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = history.length - n; i < history.length; i++) {
            sum += history[i];
        }
        return sum / n;
    }

    /** How many of the last {@code n} samples are above {@code limit}. */
    static int countAbove(double[] history, int n, double limit) {
        int count = 0;
        for (int i = Math.max(0, history.length - n); i < history.length; i++) {
            if (history[i] > limit) {
                count++;
            }
        }
        return count;
    }
}
