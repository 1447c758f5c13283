package org.vemanager.agent.node.guest;

import java.util.Locale;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.vemanager.provider.mapping.CimNames;
import org.vemanager.provider.mapping.InstanceBuilder;
import org.vemanager.provider.support.Paths;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The paths of the guest classes, all scoped by the VM's UUID, and the way back from a path to its
 * VM: VEM_ComputerSystem.Name, SystemName (accounts, services), CSName (processes), or the
 * {@code "<uuid>:"} prefix of a VEM_Group's Name.
 */
public final class GuestPaths {

    public static final String NAMESPACE = CimNames.NAMESPACE;
    public static final String ACCOUNT = "VEM_Account";
    public static final String ACCOUNT_SERVICE = "VEM_AccountManagementService";
    public static final String ACCOUNT_ON_SYSTEM = "VEM_AccountOnSystem";
    public static final String GROUP = "VEM_Group";
    public static final String MEMBER_OF_COLLECTION = "VEM_MemberOfCollection";
    public static final String OWNING_COLLECTION_ELEMENT = "VEM_OwningCollectionElement";
    public static final String ASSOCIATED_PRIVILEGE = "VEM_AssociatedPrivilege";
    public static final String UNIX_PROCESS = "VEM_UnixProcess";
    public static final String GUEST_SERVICE = "VEM_GuestService";
    public static final String GUEST_OS = "VEM_GuestOperatingSystem";
    public static final String RUNNING_OS = "VEM_RunningOS";
    public static final String OS_PROCESS = "VEM_OSProcess";
    public static final String GUEST_HOSTED_SERVICE = "VEM_GuestHostedService";
    public static final String RELAY_SERVICE = "VEM_GuestRelayService";
    public static final String ACCOUNT_CAPABILITIES = "VEM_AccountManagementCapabilities";
    public static final String ACCOUNT_STATE_CAPABILITIES = "VEM_AccountCapabilities";
    /** What follows the UUID in the InstanceID of a guest's VEM_AccountCapabilities. */
    static final String ACCOUNT_STATES = "account-states";
    public static final String GUEST_ELEMENT_CAPABILITIES = "VEM_GuestElementCapabilities";
    public static final String SERVICE_AFFECTS_ELEMENT = "VEM_ServiceAffectsElement";
    public static final String IDENTITY = "VEM_Identity";
    public static final String ASSIGNED_IDENTITY = "VEM_AssignedIdentity";
    /** The kinds of element a VEM_Identity stands for, as its InstanceID names them. */
    static final String USER = "user";
    static final String GROUP_KIND = "group";
    /** Prefix of our InstanceIDs: {@code VEM:<uuid>:accounts} (capabilities), {@code VEM:<uuid>:user:<name>} (identity). */
    private static final String CAPABILITIES_PREFIX = "VEM:";
    /** The one account management service of each guest. */
    static final String ACCOUNT_SERVICE_NAME = "accounts";
    /** The one guest relay service of each VM. */
    static final String RELAY_SERVICE_NAME = "guest-relay";

    private GuestPaths() {
    }

    public static CIMObjectPath system(String uuid) {
        return InstanceBuilder.path(NAMESPACE, CimNames.COMPUTER_SYSTEM,
                InstanceBuilder.stringKey("CreationClassName", CimNames.COMPUTER_SYSTEM),
                InstanceBuilder.stringKey("Name", uuid));
    }

    public static CIMObjectPath account(String uuid, String user) {
        return scoped(ACCOUNT, uuid, user);
    }

    public static CIMObjectPath accountService(String uuid) {
        return scoped(ACCOUNT_SERVICE, uuid, ACCOUNT_SERVICE_NAME);
    }

    public static CIMObjectPath relayService(String uuid) {
        return scoped(RELAY_SERVICE, uuid, RELAY_SERVICE_NAME);
    }

    public static CIMObjectPath accountCapabilities(String uuid) {
        return InstanceBuilder.path(NAMESPACE, ACCOUNT_CAPABILITIES,
                InstanceBuilder.stringKey("InstanceID", capabilitiesId(uuid)));
    }

    static String capabilitiesId(String uuid) {
        return CAPABILITIES_PREFIX + uuid + ":" + ACCOUNT_SERVICE_NAME;
    }

    /** The state capabilities of a guest's accounts: {@code VEM:<uuid>:account-states}. */
    public static CIMObjectPath accountStateCapabilities(String uuid) {
        return InstanceBuilder.path(NAMESPACE, ACCOUNT_STATE_CAPABILITIES,
                InstanceBuilder.stringKey("InstanceID", CAPABILITIES_PREFIX + uuid + ":" + ACCOUNT_STATES));
    }

    /** The identity of a user ({@link #USER}) or a group ({@link #GROUP_KIND}): {@code VEM:<uuid>:<kind>:<name>}. */
    public static CIMObjectPath identity(String uuid, String kind, String name) {
        return InstanceBuilder.path(NAMESPACE, IDENTITY,
                InstanceBuilder.stringKey("InstanceID", CAPABILITIES_PREFIX + uuid + ":" + kind + ":" + name));
    }

    /** A VEM_Identity's InstanceID split into {uuid, kind, name}; null when it is not one of ours. */
    static String[] identityParts(CIMObjectPath path) {
        if (path == null || !IDENTITY.equalsIgnoreCase(path.getObjectName())
                || !(Paths.keyValue(path, "InstanceID") instanceof String id) || !id.startsWith(CAPABILITIES_PREFIX)) {
            return null;
        }
        String[] parts = id.substring(CAPABILITIES_PREFIX.length()).split(":", 3);
        return parts.length == 3 && (USER.equals(parts[1]) || GROUP_KIND.equals(parts[1])) && !parts[2].isEmpty()
                ? new String[] {parts[0].toLowerCase(Locale.ROOT), parts[1], parts[2]} : null;
    }

    public static CIMObjectPath service(String uuid, String unit) {
        return scoped(GUEST_SERVICE, uuid, unit);
    }

    public static CIMObjectPath group(String uuid, String group) {
        return InstanceBuilder.path(NAMESPACE, GROUP, InstanceBuilder.stringKey("CreationClassName", GROUP),
                InstanceBuilder.stringKey("Name", uuid + ":" + group));
    }

    public static CIMObjectPath process(String uuid, int pid) {
        return InstanceBuilder.path(NAMESPACE, UNIX_PROCESS,
                InstanceBuilder.stringKey("CSCreationClassName", CimNames.COMPUTER_SYSTEM),
                InstanceBuilder.stringKey("CSName", uuid),
                InstanceBuilder.stringKey("OSCreationClassName", GUEST_OS),
                InstanceBuilder.stringKey("OSName", uuid),
                InstanceBuilder.stringKey("CreationClassName", UNIX_PROCESS),
                InstanceBuilder.stringKey("Handle", String.valueOf(pid)));
    }

    /** The guest's operating system: one per guest, Name = the VM's UUID (stable, unlike the guest's host name). */
    public static CIMObjectPath operatingSystem(String uuid) {
        return InstanceBuilder.path(NAMESPACE, GUEST_OS,
                InstanceBuilder.stringKey("CSCreationClassName", CimNames.COMPUTER_SYSTEM),
                InstanceBuilder.stringKey("CSName", uuid),
                InstanceBuilder.stringKey("CreationClassName", GUEST_OS),
                InstanceBuilder.stringKey("Name", uuid));
    }

    /** Keys of a CIM_Account or CIM_Service: the scoping system, the class, the name. */
    static InstanceBuilder scopedBuilder(String className, String uuid, String name) {
        return new InstanceBuilder(NAMESPACE, className)
                .key("SystemCreationClassName", CimNames.COMPUTER_SYSTEM)
                .key("SystemName", uuid)
                .key("CreationClassName", className)
                .key("Name", name);
    }

    private static CIMObjectPath scoped(String className, String uuid, String name) {
        return scopedBuilder(className, uuid, name).build().getObjectPath();
    }

    /** The VM UUID a path of ours is scoped by; {@code null} for a path of another class or without it. */
    public static String uuidOf(CIMObjectPath path) {
        if (path == null) {
            return null;
        }
        String className = path.getObjectName();
        Object value;
        if (CimNames.COMPUTER_SYSTEM.equalsIgnoreCase(className)) {
            value = Paths.keyValue(path, "Name");
        } else if (UNIX_PROCESS.equalsIgnoreCase(className) || GUEST_OS.equalsIgnoreCase(className)) {
            value = Paths.keyValue(path, "CSName");
        } else if (GROUP.equalsIgnoreCase(className)) {
            value = Paths.keyValue(path, "Name") instanceof String name && name.indexOf(':') > 0
                    ? name.substring(0, name.indexOf(':')) : null;
        } else if (ACCOUNT.equalsIgnoreCase(className) || ACCOUNT_SERVICE.equalsIgnoreCase(className)
                || GUEST_SERVICE.equalsIgnoreCase(className) || RELAY_SERVICE.equalsIgnoreCase(className)) {
            value = Paths.keyValue(path, "SystemName");
        } else if (IDENTITY.equalsIgnoreCase(className)) {
            String[] parts = identityParts(path);
            value = parts == null ? null : parts[0];
        } else if (ACCOUNT_CAPABILITIES.equalsIgnoreCase(className)) {
            value = prefixedUuid(path, ACCOUNT_SERVICE_NAME);
        } else if (ACCOUNT_STATE_CAPABILITIES.equalsIgnoreCase(className)) {
            value = prefixedUuid(path, ACCOUNT_STATES);
        } else {
            value = null;
        }
        return value instanceof String uuid ? uuid.toLowerCase(Locale.ROOT) : null;
    }

    /** The UUID in an InstanceID {@code VEM:<uuid>:<suffix>}, or null. */
    private static String prefixedUuid(CIMObjectPath path, String suffix) {
        return Paths.keyValue(path, "InstanceID") instanceof String id && id.startsWith(CAPABILITIES_PREFIX)
                && id.endsWith(":" + suffix) && id.length() > CAPABILITIES_PREFIX.length() + suffix.length() + 1
                ? id.substring(CAPABILITIES_PREFIX.length(), id.length() - suffix.length() - 1) : null;
    }

    /** Like {@link #uuidOf} but NOT_FOUND when the path names no VM of ours. */
    static String requireUuid(CIMObjectPath path) throws CimException {
        String uuid = uuidOf(path);
        if (uuid == null) {
            throw new CimException(CimStatus.NOT_FOUND, "no instance " + path + ": it names no virtual system");
        }
        return uuid;
    }

    /** The group's own name, after the {@code "<uuid>:"} prefix. */
    static String groupName(CIMObjectPath path) throws CimException {
        String name = Paths.stringKey(path, "Name");
        int colon = name.indexOf(':');
        if (colon <= 0) {
            throw new CimException(CimStatus.NOT_FOUND, "no VEM_Group named '" + name + "': expected <VM UUID>:<group>");
        }
        return name.substring(colon + 1);
    }
}
