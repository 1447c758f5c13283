package org.vemanager.console.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationUnitsTest {

    @ParameterizedTest
    @CsvSource({
        "1024, byte*2^20, 1024",
        "2, byte*2^30, 2048",
        "1048576, KiloBytes, 1024",
        "1048576, byte * 2^10, 1024",
        "4, GigaBytes, 4096",
        "512, , 512",
        "2147483648, byte, 2048"})
    void convertsProgrammaticUnitsToMiB(long quantity, String units, long expected) {
        assertThat(AllocationUnits.toMiB(quantity, units)).isEqualTo(expected);
    }
}
