package org.vemanager.provider.mapping;

import java.util.Optional;
import org.vemanager.wbem.spi.CimException;

/**
 * Where a disk RASD's image format comes from: the storage pool volume backing it. Kept as an interface
 * so the RASD → XML mapping stays free of libvirt calls; the caller answers from the host's pools.
 */
public interface ImageFormats {

    /**
     * The format of volume {@code volume} of pool {@code pool} (null when the pool type has none);
     * a CimException saying which of the two does not exist.
     */
    String ofVolume(String pool, String volume) throws CimException;

    /** The format of the pool volume stored at {@code path}; empty when no pool holds that file. */
    Optional<String> ofFile(String path) throws CimException;
}
