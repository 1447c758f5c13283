package org.vemanager.wbem.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WbemBenchTest {

    @Test
    void helpWorksAndTheProcessRefusesDeserialization() throws Exception {
        assertThat(WbemBench.run("--help")).isZero();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream stream = new ObjectOutputStream(bytes)) {
            stream.writeObject(new ArrayList<>(List.of("x")));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThatThrownBy(in::readObject).isInstanceOf(InvalidClassException.class);
        }
    }

    @Test
    void benchRequestsAreCompleteHttpMessages() {
        String request = new String(WbemBench.request("GetInstance", ""), java.nio.charset.StandardCharsets.UTF_8);
        int headerEnd = request.indexOf("\r\n\r\n") + 4;
        int length = Integer.parseInt(request.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));

        assertThat(request).startsWith("POST /cimom HTTP/1.1\r\n").contains("CIMMethod: GetInstance", "Authorization: Basic ");
        assertThat(request.substring(headerEnd).getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(length);
    }
}
