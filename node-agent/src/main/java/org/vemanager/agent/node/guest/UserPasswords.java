package org.vemanager.agent.node.guest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;

/**
 * CIM_Account.UserPassword, which DMTF qualifies Octetstring: a conforming client sends
 * "0x" + hex of a 4-byte big-endian length (counting itself) + the password's octets. Such a value is
 * decoded (the octets as UTF-8); anything else is taken as the password itself, as simple clients
 * send it. The password is never logged or put in a message.
 */
final class UserPasswords {

    private static final Pattern OCTET_STRING = Pattern.compile("0[xX]([0-9A-Fa-f]{2}){4,}");

    private UserPasswords() {
    }

    /** The first UserPassword value of {@code account}, decoded; null when it has none. */
    static String first(CIMInstance account) {
        CIMProperty<?> p = account.getProperty("UserPassword");
        if (p != null && p.getValue() instanceof String[] values && values.length > 0 && values[0] != null
                && !values[0].isEmpty()) {
            String password = decode(values[0]);
            return password.isEmpty() ? null : password;
        }
        return null;
    }

    static String decode(String value) {
        if (!OCTET_STRING.matcher(value).matches()) {
            return value;
        }
        byte[] octets = HexFormat.of().parseHex(value.substring(2));
        int length = ByteBuffer.wrap(octets, 0, 4).getInt();
        if (length != octets.length) {
            return value; // not an octet string after all: a password that happens to look like hex
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets, 4, octets.length - 4)).toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }
}
