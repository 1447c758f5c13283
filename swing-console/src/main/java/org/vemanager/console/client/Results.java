package org.vemanager.console.client;

import java.util.ArrayList;
import java.util.List;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;

/**
 * Drains wbem-java's CloseableIterator (not AutoCloseable, and it reports late failures through
 * getWBEMException rather than by throwing) into a list, always closing it.
 */
public final class Results {

    private Results() {
    }

    public static <T> List<T> list(CloseableIterator<T> iterator) throws WBEMException {
        List<T> items = new ArrayList<>();
        try {
            while (iterator.hasNext()) {
                items.add(iterator.next());
            }
        } catch (RuntimeException e) {
            WBEMException cause = iterator.getWBEMException();
            if (cause != null) {
                throw cause;
            }
            throw new WBEMException(WBEMException.CIM_ERR_FAILED, "reading the response failed: " + e.getMessage(),
                    null, e);
        } finally {
            iterator.close();
        }
        WBEMException late = iterator.getWBEMException();
        if (late != null) {
            throw late;
        }
        return items;
    }
}
