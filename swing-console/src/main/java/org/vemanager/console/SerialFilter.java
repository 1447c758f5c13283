package org.vemanager.console;

import java.io.ObjectInputFilter;
import java.util.ArrayList;

/**
 * The JVM-wide deserialization filter every main of this module installs first (DESIGN.md, security
 * stance): reject every class. Java lets a JVM set it once, so a second install is a no-op, and a
 * filter that is already set (e.g. {@code -Djdk.serialFilter='!*'}) is accepted only if it rejects too.
 * No Swing here: the headless scheduler bench uses it as well.
 *
 * <p>Why a copy of {@code org.vemanager.mof.cli.SerialFilter}: the console is a thin client that may
 * depend only on the wbem-java client (DESIGN.md, module table), not on the node side's MOF compiler;
 * only a new bottom module would let one class serve both.
 */
public final class SerialFilter {

    static final ObjectInputFilter REJECT_ALL = info -> ObjectInputFilter.Status.REJECTED;

    private SerialFilter() {
    }

    public static synchronized void install() {
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current == null) {
            ObjectInputFilter.Config.setSerialFilter(REJECT_ALL);
        } else if (current != REJECT_ALL && !rejectsEverything(current)) {
            throw new IllegalStateException("a JVM-wide serialization filter that accepts classes is already set: " + current);
        }
    }

    /** True when the filter rejects an ordinary JDK class, as a reject-all filter such as "!*" does. */
    static boolean rejectsEverything(ObjectInputFilter filter) {
        ObjectInputFilter.FilterInfo probe = new ObjectInputFilter.FilterInfo() {
            @Override
            public Class<?> serialClass() {
                return ArrayList.class;
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
                return 0;
            }
        };
        return filter.checkInput(probe) == ObjectInputFilter.Status.REJECTED;
    }
}
