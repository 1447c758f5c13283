package org.vemanager.agent.guest;

import java.io.ObjectInputFilter;

/**
 * The JVM-wide serialization filter that rejects every class (DESIGN.md, security stance). It
 * can be set once per JVM; when one is already set (e.g. by {@code -Djdk.serialFilter='!*'}) we
 * check that it rejects too, and refuse to run under a filter that lets classes through.
 *
 * <p>Why a copy of {@code org.vemanager.mof.cli.SerialFilter}: the guest-agent runs inside each VM and
 * may depend on no other module of ours (DESIGN.md, module table); only a new bottom module would let
 * one class serve both.
 */
final class SerialFilter {
    static final ObjectInputFilter REJECT_ALL = info -> ObjectInputFilter.Status.REJECTED;

    private SerialFilter() {
    }

    static void installRejectAll() {
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current == null) {
            ObjectInputFilter.Config.setSerialFilter(REJECT_ALL);
        } else if (current != REJECT_ALL && current.checkInput(new Probe()) != ObjectInputFilter.Status.REJECTED) {
            throw new IllegalStateException("a JVM-wide serialization filter that accepts classes is installed: " + current);
        }
    }

    /** A deserialization of an ordinary class, to ask a filter what it would do. */
    private static final class Probe implements ObjectInputFilter.FilterInfo {
        @Override
        public Class<?> serialClass() {
            return java.util.ArrayList.class;
        }

        @Override
        public long arrayLength() {
            return -1;
        }

        @Override
        public long depth() {
            return 1;
        }

        @Override
        public long references() {
            return 1;
        }

        @Override
        public long streamBytes() {
            return 100;
        }
    }
}
