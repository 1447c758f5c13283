package org.vemanager.console.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;

class ValueParserTest {

    @Test
    void typesWhatTheUserTypedFromTheSchema() {
        assertThat(ValueParser.parse("2", CIMDataType.UINT16_T)).isEqualTo(new UnsignedInteger16(2));
        assertThat(ValueParser.parse("true", CIMDataType.BOOLEAN_T)).isEqualTo(Boolean.TRUE);
        assertThat((String[]) ValueParser.parse("a, b", CIMDataType.STRING_ARRAY_T)).containsExactly("a", "b");
        assertThat(ValueParser.parse("  ", CIMDataType.STRING_T)).isNull();
    }

    @Test
    void namesTheExpectedTypeWhenInputIsWrong() {
        assertThatThrownBy(() -> ValueParser.parse("lots", CIMDataType.UINT16_T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'lots'").hasMessageContaining("uint16");
        assertThatThrownBy(() -> ValueParser.parse("yes", CIMDataType.BOOLEAN_T)).hasMessageContaining("boolean");
    }
}
