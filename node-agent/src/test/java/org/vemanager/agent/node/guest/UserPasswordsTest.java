package org.vemanager.agent.node.guest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UserPassword as DMTF's octet string is decoded; anything else is the password itself. */
class UserPasswordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0x0000000673656372|0x0000000673656372",
        "0x0000000A73656372657421|0x0000000A73656372657421",
        "0x0000000B73656372657421|secret!",
        "0x0000000ac3a9c3a9c3a9|ééé",
        "plain words|plain words",
        "0x00000005ff|0x00000005ff",
        "0xZZ|0xZZ",
        "0x0000000473|0x0000000473"})
    void decodesOnlyWhatIsTrulyAnOctetString(String value, String password) {
        assertThat(UserPasswords.decode(value)).isEqualTo(password);
    }
}
