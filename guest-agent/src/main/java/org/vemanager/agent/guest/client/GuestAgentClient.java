package org.vemanager.agent.guest.client;

import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.vemanager.agent.guest.api.AccountsApi;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.ProcessInfo;
import org.vemanager.agent.guest.api.ProcessesApi;
import org.vemanager.agent.guest.api.ServiceUnit;
import org.vemanager.agent.guest.api.ServicesApi;
import org.vemanager.agent.guest.api.Structs;
import org.vemanager.agent.guest.api.SystemApi;
import org.vemanager.agent.guest.api.SystemInfo;
import org.vemanager.agent.guest.api.UserAccount;
import org.vemanager.agent.guest.tls.PinnedTrustManager;
import org.vemanager.agent.guest.tls.TlsIdentity;
import org.vemanager.agent.guest.xml.HardenedSax;

/**
 * The typed client of one guest-agent, for the node-agent's relay. A guest is untrusted: this
 * client pins the agent's certificate by SHA-256 fingerprint, bounds every exchange in time and
 * size, parses replies without DTDs, never deserializes a {@code faultCause}, and checks the
 * shape of every reply. Every failure — the agent's faults and the client's own — is a
 * {@link GuestAgentException} with a {@link GuestFault}. Thread-safe; one instance per guest.
 */
public final class GuestAgentClient implements SystemApi, AccountsApi, ProcessesApi, ServicesApi {
    static {
        // This client parses with its own hardened reader; this also hardens any other Apache XML-RPC use in the JVM.
        HardenedSax.installAsXmlRpcDefault();
    }

    private final XmlRpcClient xmlRpc = new XmlRpcClient();
    private final GuestAgentClientConfig config;

    public GuestAgentClient(GuestAgentClientConfig config) {
        this(config, null);
    }

    /**
     * A client that also presents {@code clientIdentity} in the TLS handshake, for an agent started
     * with {@code --client-cert-sha256} (mutual TLS).
     */
    public GuestAgentClient(GuestAgentClientConfig config, TlsIdentity clientIdentity) {
        this.config = config;
        XmlRpcClientConfigImpl rpcConfig = new XmlRpcClientConfigImpl();
        rpcConfig.setEnabledForExtensions(false);
        rpcConfig.setEnabledForExceptions(false);
        rpcConfig.setEncoding("UTF-8");
        xmlRpc.setConfig(rpcConfig);
        HttpClient http = httpClient(config, clientIdentity);
        xmlRpc.setTransportFactory(() -> new GuestTransport(xmlRpc, http, config));
    }

    public GuestAgentClientConfig config() {
        return config;
    }

    /**
     * Calls any method by name; the typed methods below are built on it. The result is an
     * XML-RPC value (String, Integer, Double, Boolean, Map, Object[]) — check its shape.
     */
    public Object invoke(String method, Object... params) throws GuestAgentException {
        try {
            return xmlRpc.execute(method, params);
        } catch (XmlRpcException e) {
            throw new GuestAgentException(GuestFault.ofCode(e.code), GuestTransport.printable(e.getMessage()));
        }
    }

    @Override
    public SystemInfo info() throws GuestAgentException {
        return SystemInfo.fromStruct(Structs.struct(invoke(SystemApi.INFO), SystemApi.INFO));
    }

    @Override
    public List<UserAccount> listUsers() throws GuestAgentException {
        return Structs.list(invoke(LIST_USERS), LIST_USERS, UserAccount::fromStruct);
    }

    @Override
    public List<GroupInfo> listGroups() throws GuestAgentException {
        return Structs.list(invoke(LIST_GROUPS), LIST_GROUPS, GroupInfo::fromStruct);
    }

    @Override
    public void createUser(String name, String comment, boolean createHome) throws GuestAgentException {
        change(CREATE_USER, name, comment, createHome);
    }

    @Override
    public void deleteUser(String name, boolean removeHome) throws GuestAgentException {
        change(DELETE_USER, name, removeHome);
    }

    @Override
    public void setPassword(String name, String password) throws GuestAgentException {
        change(SET_PASSWORD, name, password);
    }

    @Override
    public void lock(String name) throws GuestAgentException {
        change(LOCK, name);
    }

    @Override
    public void unlock(String name) throws GuestAgentException {
        change(UNLOCK, name);
    }

    @Override
    public void addToGroup(String name, String group) throws GuestAgentException {
        change(ADD_TO_GROUP, name, group);
    }

    @Override
    public void removeFromGroup(String name, String group) throws GuestAgentException {
        change(REMOVE_FROM_GROUP, name, group);
    }

    @Override
    public void grantAdmin(String name) throws GuestAgentException {
        change(GRANT_ADMIN, name);
    }

    @Override
    public void revokeAdmin(String name) throws GuestAgentException {
        change(REVOKE_ADMIN, name);
    }

    @Override
    public List<ProcessInfo> listProcesses() throws GuestAgentException {
        return Structs.list(invoke(ProcessesApi.LIST), ProcessesApi.LIST, ProcessInfo::fromStruct);
    }

    @Override
    public void signal(int pid, int signal) throws GuestAgentException {
        change(SIGNAL, pid, signal);
    }

    @Override
    public void kill(int pid) throws GuestAgentException {
        change(KILL, pid);
    }

    @Override
    public List<ServiceUnit> listServices() throws GuestAgentException {
        return Structs.list(invoke(ServicesApi.LIST), ServicesApi.LIST, ServiceUnit::fromStruct);
    }

    @Override
    public void start(String unit) throws GuestAgentException {
        change(START, unit);
    }

    @Override
    public void stop(String unit) throws GuestAgentException {
        change(STOP, unit);
    }

    @Override
    public void restart(String unit) throws GuestAgentException {
        change(RESTART, unit);
    }

    @Override
    public void enable(String unit) throws GuestAgentException {
        change(ENABLE, unit);
    }

    @Override
    public void disable(String unit) throws GuestAgentException {
        change(DISABLE, unit);
    }

    private void change(String method, Object... params) throws GuestAgentException {
        Object result = invoke(method, params);
        if (!Boolean.TRUE.equals(result)) {
            throw new GuestAgentException(GuestFault.MALFORMED_RESPONSE,
                method + ": expected true, got " + result.getClass().getSimpleName());
        }
    }

    private static HttpClient httpClient(GuestAgentClientConfig config, TlsIdentity clientIdentity) {
        HttpClient.Builder builder = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY);
        if ("https".equals(config.endpoint().getScheme())) {
            try {
                SSLContext tls = SSLContext.getInstance("TLS");
                KeyManager[] keys = clientIdentity == null ? null : clientIdentity.keyManagers();
                tls.init(keys, new TrustManager[] {new PinnedTrustManager(config.pinnedSha256())}, new SecureRandom());
                SSLParameters parameters = tls.getDefaultSSLParameters();
                parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                builder.sslContext(tls).sslParameters(parameters);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this JVM cannot make a TLS context", e);
            }
        }
        return builder.build();
    }
}
