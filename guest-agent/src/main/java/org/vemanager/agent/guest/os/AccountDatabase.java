package org.vemanager.agent.guest.os;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vemanager.agent.guest.api.GroupInfo;
import org.vemanager.agent.guest.api.GuestAgentException;
import org.vemanager.agent.guest.api.GuestFault;
import org.vemanager.agent.guest.api.PasswordStatus;
import org.vemanager.agent.guest.api.UserAccount;

/**
 * Reads the local account files (/etc/passwd, /etc/group, /etc/shadow) under a root directory.
 * Reading is lenient: a malformed line is skipped, not fatal. /etc/shadow is read only when it
 * is readable (root); otherwise every password status is {@link PasswordStatus#UNKNOWN}.
 */
public final class AccountDatabase {
    /** The administrators group, by distribution habit: Debian/Ubuntu first, then RHEL/SUSE. */
    static final List<String> ADMIN_GROUPS = List.of("sudo", "wheel", "admin");

    private final Path etc;

    public AccountDatabase(Path root) {
        this.etc = root.resolve("etc");
    }

    public List<GroupInfo> groups() throws GuestAgentException {
        List<GroupInfo> groups = new ArrayList<>();
        for (String[] f : records("group", 4)) {
            List<String> members = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
            parseId(f[2]).ifPresent(gid -> groups.add(new GroupInfo(f[0], gid, members)));
        }
        return groups;
    }

    public List<UserAccount> users() throws GuestAgentException {
        List<GroupInfo> groups = groups();
        Map<String, PasswordStatus> shadow = passwordStatuses();
        Optional<String> adminGroup = adminGroup(groups);
        List<UserAccount> users = new ArrayList<>();
        for (String[] f : records("passwd", 7)) {
            Optional<Integer> uid = parseId(f[2]);
            Optional<Integer> gid = parseId(f[3]);
            if (uid.isEmpty() || gid.isEmpty()) {
                continue;
            }
            List<String> memberOf = groups.stream().filter(g -> g.members().contains(f[0])).map(GroupInfo::name).toList();
            boolean admin = uid.get() == 0 || adminGroup.map(memberOf::contains).orElse(false);
            users.add(new UserAccount(f[0], uid.get(), gid.get(), f[4], f[5], f[6],
                shadow.getOrDefault(f[0], PasswordStatus.UNKNOWN), memberOf, admin));
        }
        return users;
    }

    public Optional<UserAccount> user(String name) throws GuestAgentException {
        return users().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    public Optional<GroupInfo> group(String name) throws GuestAgentException {
        return groups().stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** The group whose members are administrators here (sudo, wheel or admin), if any exists. */
    public Optional<String> adminGroup() throws GuestAgentException {
        return adminGroup(groups());
    }

    /** The lowest uid of ordinary users (UID_MIN of /etc/login.defs, 1000 by default). */
    public int firstOrdinaryUid() {
        try {
            for (String line : Files.readAllLines(etc.resolve("login.defs"))) {
                String[] words = line.trim().split("\\s+");
                if (words.length == 2 && words[0].equals("UID_MIN")) {
                    return Integer.parseInt(words[1]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No login.defs, or an odd one: the common default holds.
        }
        return 1000;
    }

    private static Optional<String> adminGroup(List<GroupInfo> groups) {
        return ADMIN_GROUPS.stream().filter(name -> groups.stream().anyMatch(g -> g.name().equals(name))).findFirst();
    }

    private Map<String, PasswordStatus> passwordStatuses() {
        Map<String, PasswordStatus> statuses = new HashMap<>();
        try {
            for (String[] f : readRecords("shadow", 2)) {
                String hash = f[1];
                statuses.put(f[0], hash.startsWith("!") ? PasswordStatus.LOCKED
                    : hash.isEmpty() ? PasswordStatus.EMPTY : PasswordStatus.USABLE);
            }
        } catch (IOException e) {
            // Not root: /etc/shadow is unreadable and every status stays UNKNOWN.
        }
        return statuses;
    }

    private List<String[]> records(String file, int fields) throws GuestAgentException {
        try {
            return readRecords(file, fields);
        } catch (AccessDeniedException e) {
            throw new GuestAgentException(GuestFault.NOT_PERMITTED, "accounts: cannot read /etc/" + file, e);
        } catch (IOException e) {
            throw new GuestAgentException(GuestFault.NOT_SUPPORTED, "accounts: cannot read /etc/" + file + ": " + e, e);
        }
    }

    private List<String[]> readRecords(String file, int fields) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(etc.resolve(file))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("+") || line.startsWith("-")) {
                continue;
            }
            String[] f = line.split(":", -1);
            if (f.length >= fields) {
                out.add(f);
            }
        }
        return out;
    }

    private static Optional<Integer> parseId(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
