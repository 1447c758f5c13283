package org.vemanager.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ObjectInputFilter;
import org.junit.jupiter.api.Test;

class SerialFilterTest {

    @Test
    void aCommandLineRejectAllFilterIsRecognisedAndAPermissiveOneIsNot() {
        assertThat(SerialFilter.rejectsEverything(ObjectInputFilter.Config.createFilter("!*"))).isTrue();
        assertThat(SerialFilter.rejectsEverything(SerialFilter.REJECT_ALL)).isTrue();
        assertThat(SerialFilter.rejectsEverything(ObjectInputFilter.Config.createFilter("java.util.*"))).isFalse();
    }
}
