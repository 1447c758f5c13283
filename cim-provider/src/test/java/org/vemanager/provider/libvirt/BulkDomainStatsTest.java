package org.vemanager.provider.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vemanager.provider.resourcetest.ResourceHost;
import org.vemanager.wbem.spi.CimException;

class BulkDomainStatsTest {

    @RegisterExtension
    final ResourceHost host = ResourceHost.perTest("pool-host.xml");

    @Test
    void oneCallReturnsEveryDomainWithItsCpuTimeAndState() throws CimException {
        List<BulkDomainStats.Record> records = new BulkDomainStats(host.hypervisor()).read();
        assertThat(records).extracting(BulkDomainStats.Record::name).containsExactlyInAnyOrder("web", "spare");
        BulkDomainStats.Record web = records.stream().filter(r -> r.name().equals("web")).findFirst().orElseThrow();
        assertThat(web.uuid()).isEqualTo("11111111-0000-4000-8000-000000000001");
        assertThat(web.number("state.state", -1)).isEqualTo(1);
        assertThat(web.number("cpu.time", -1)).isPositive();
        assertThat(web.number("balloon.current", -1)).isEqualTo(1024 * 1024);
        assertThat(web.number("vcpu.current", -1)).isEqualTo(2);
    }
}
