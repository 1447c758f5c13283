package org.vemanager.wbem.spi;

import java.util.Set;

/** Common part of every provider kind: the exact class names it serves (no subclasses implied). */
public interface Provider {
    Set<String> classNames();
}
