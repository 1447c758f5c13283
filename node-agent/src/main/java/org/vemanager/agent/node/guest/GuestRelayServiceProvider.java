package org.vemanager.agent.node.guest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.libvirt.DomainView;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.MethodInputs;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;
import org.vemanager.wbem.spi.InstanceProvider;
import org.vemanager.wbem.spi.InstanceSink;
import org.vemanager.wbem.spi.MethodProvider;
import org.vemanager.wbem.spi.MethodResult;
import org.vemanager.wbem.spi.RequestContext;

/**
 * VEM_GuestRelayService: one per VM, running or not, Name "guest-relay". It shows the VM's
 * guest-agent endpoint (URL, fingerprint, whether a token is stored — never the token) and is where
 * any WBEM client configures it: ConfigureGuestAgent(URL, Fingerprint, Token) and RemoveGuestAgent(),
 * both carried out by {@link GuestDirectory}, as the host command {@code guest-config} is.
 * Nothing here talks to the guest: the relay's configuration must be reachable when the guest is not.
 */
final class GuestRelayServiceProvider implements InstanceProvider, MethodProvider {

    static final int ENABLED = 2;
    static final int DISABLED = 3;

    private final GuestDirectory guests;

    GuestRelayServiceProvider(GuestDirectory guests) {
        this.guests = guests;
    }

    @Override
    public Set<String> classNames() {
        return Set.of(GuestPaths.RELAY_SERVICE);
    }

    /**
     * The relay of one VM. Metadata of ours that cannot be read shows as "not configured" with the
     * reason in StatusDescriptions: one VM's bad metadata must not fail the listing of every relay,
     * and ConfigureGuestAgent or RemoveGuestAgent mends it.
     */
    private CIMInstance instance(DomainView view) {
        Optional<GuestEndpoint> endpoint;
        String problem = null;
        try {
            endpoint = guests.endpoint(view);
        } catch (CimException e) {
            endpoint = Optional.empty();
            problem = e.description();
        }
        InstanceBuilder builder = GuestPaths.scopedBuilder(GuestPaths.RELAY_SERVICE, view.uuid(), GuestPaths.RELAY_SERVICE_NAME);
        if (problem != null) {
            builder.strings("StatusDescriptions", problem);
        }
        return builder
                .string("ElementName", "Guest-agent relay of " + view.name())
                .string("GuestAgentURL", endpoint.map(e -> e.url().toString()).orElse(""))
                .string("GuestAgentFingerprint", endpoint.map(GuestEndpoint::fingerprint).orElse(""))
                .bool("TokenStored", endpoint.map(guests::tokenStored).orElse(false))
                .uint16("EnabledState", endpoint.isPresent() ? ENABLED : DISABLED)
                .uint16("RequestedState", 12)
                .bool("Started", endpoint.isPresent())
                .build();
    }

    @Override
    public void enumerateInstances(RequestContext context, String className, InstanceSink sink) throws CimException {
        for (DomainView view : guests.hypervisor().domains()) {
            sink.accept(instance(view));
        }
    }

    @Override
    public CIMInstance getInstance(RequestContext context, CIMObjectPath path) throws CimException {
        return instance(domainOf(path));
    }

    /** The VM a relay path names; NOT_FOUND for another name or an unknown VM. */
    private DomainView domainOf(CIMObjectPath path) throws CimException {
        if (!GuestPaths.RELAY_SERVICE_NAME.equals(Paths.stringKey(path, "Name"))) {
            throw new CimException(CimStatus.NOT_FOUND, "no instance " + path);
        }
        return guests.hypervisor().domain(GuestPaths.requireUuid(path));
    }

    @Override
    public MethodResult invokeMethod(RequestContext context, CIMObjectPath target, String methodName,
            CIMArgument<?>[] in) throws CimException {
        DomainView view = domainOf(target);
        MethodInputs inputs = new MethodInputs(in);
        switch (methodName.toLowerCase(Locale.ROOT)) {
            case "configureguestagent" -> guests.configure(view.uuid(), url(inputs), required(inputs, "Fingerprint"),
                    inputs.string("Token"));
            case "removeguestagent" -> guests.unconfigure(view.uuid());
            default -> throw new CimException(CimStatus.METHOD_NOT_AVAILABLE,
                    GuestPaths.RELAY_SERVICE + "." + methodName + " is not available");
        }
        return MethodResult.of(0);
    }

    private static URI url(MethodInputs inputs) throws CimException {
        String text = required(inputs, "URL");
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new CimException(CimStatus.INVALID_PARAMETER, "URL: '" + text + "' is not a URL: " + e.getReason());
        }
    }

    private static String required(MethodInputs inputs, String name) throws CimException {
        String text = inputs.string(name);
        if (text == null || text.isBlank()) {
            throw new CimException(CimStatus.INVALID_PARAMETER, name + ": required");
        }
        return text;
    }
}
