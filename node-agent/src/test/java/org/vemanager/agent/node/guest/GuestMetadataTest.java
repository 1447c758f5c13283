package org.vemanager.agent.node.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vemanager.provider.libvirt.xml.domain.DomainXml;

/** Our element in a domain's metadata: written, replaced and removed without touching anyone else's. */
class GuestMetadataTest {

    static final String OTHER = "<app:note xmlns:app=\"urn:example:app\">keep me</app:note>";
    static final GuestEndpoint ENDPOINT = new GuestEndpoint(URI.create("https://10.0.0.5:8765/"), "ab".repeat(32),
            "6695eb01-f6a4-8304-79aa-97f2502e193f");

    private static String domain(String metadata) {
        return "<domain type='test'><name>vm</name><uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>"
                + "<memory>1024</memory>" + metadata + "<os><type>hvm</type></os></domain>";
    }

    @ParameterizedTest(name = "metadata before: {0}")
    @ValueSource(strings = {"", "<metadata/>", "<metadata>" + OTHER + "</metadata>",
        "<metadata>" + OTHER + "<vem:guest xmlns:vem='https://vemanager.org/xmlns/guest/1' url='https://192.0.2.1/' "
            + "fingerprint='" + "CD" + "CDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCD' tokenRef='old'/></metadata>"})
    void writeThenReadGivesTheEndpointAndKeepsOtherMetadata(String before) {
        DomainXml config = DomainXml.parse(domain(before));

        GuestMetadata.write(config, ENDPOINT);
        String written = config.toXml();

        assertThat(GuestMetadata.read(written)).contains(ENDPOINT);
        assertThat(written.split("https://vemanager.org/xmlns/guest/1", -1)).as("exactly one element of ours").hasSize(2);
        if (before.contains("keep me")) {
            assertThat(written).contains("keep me", "urn:example:app");
        }

        DomainXml again = DomainXml.parse(written);
        GuestMetadata.write(again, null);
        assertThat(GuestMetadata.read(again.toXml())).isEmpty();
        assertThat(again.toXml().contains("keep me")).isEqualTo(before.contains("keep me"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://10.0.0.5:8765/|ABAB|vm1|url",
        "https://10.0.0.5:8765/|12:34|vm1|fingerprint",
        "https://10.0.0.5:8765/|" + "AB" + "ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB|../../etc/passwd|tokenRef"})
    void aBadEndpointIsRefusedNamingTheField(String url, String fingerprint, String tokenRef, String field) {
        String xml = domain("<metadata><vem:guest xmlns:vem='https://vemanager.org/xmlns/guest/1' url='" + url
                + "' fingerprint='" + fingerprint + "' tokenRef='" + tokenRef + "'/></metadata>");

        assertThatThrownBy(() -> GuestMetadata.read(xml)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field);
    }
}
