package org.vemanager.agent.guest.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenAuthenticatorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Bearer 0123456789abcdef|true",
        "Bearer  0123456789abcdef |true",
        "Bearer 0123456789abcdeF|false",
        "Bearer 0123456789abcde|false",
        "Basic 0123456789abcdef|false",
        "0123456789abcdef|false",
        "Bearer |false",
        "NULL|false",
    })
    void onlyTheExactBearerTokenPasses(String header, boolean accepted) {
        assertThat(new TokenAuthenticator("0123456789abcdef").accepts(header)).isEqualTo(accepted);
    }
}
