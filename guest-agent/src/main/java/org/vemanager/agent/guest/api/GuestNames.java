package org.vemanager.agent.guest.api;

import java.util.regex.Pattern;

/**
 * The strict shapes of everything a caller may name. The agent checks every parameter here before
 * it reaches a system tool (always as one element of an argument list, never through a shell);
 * the client may check early with the same rules.
 */
public final class GuestNames {
    /** POSIX-portable user and group names as Debian and RHEL accept them; no leading dash or dot. */
    private static final Pattern ACCOUNT = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    /** systemd unit names: a safe alphabet, a known type suffix, no leading dash. */
    private static final Pattern UNIT = Pattern.compile(
        "[A-Za-z0-9_][A-Za-z0-9:_.@\\\\-]{0,200}\\.(service|socket|timer|target|mount|path)");
    /** Linux signal numbers run from 1 to SIGRTMAX (64). */
    public static final int MAX_SIGNAL = 64;
    public static final int MAX_PASSWORD_LENGTH = 512;
    public static final int MAX_COMMENT_LENGTH = 128;

    private GuestNames() {
    }

    public static String userName(String name) throws GuestAgentException {
        return account("user name", name);
    }

    public static String groupName(String name) throws GuestAgentException {
        return account("group name", name);
    }

    private static String account(String parameter, String name) throws GuestAgentException {
        if (name == null || !ACCOUNT.matcher(name).matches()) {
            throw GuestAgentException.invalid(parameter, name,
                "expected 1 to 32 characters of a-z, 0-9, '_' or '-', starting with a letter or '_'");
        }
        return name;
    }

    public static String unitName(String name) throws GuestAgentException {
        if (name == null || !UNIT.matcher(name).matches()) {
            throw GuestAgentException.invalid("unit name", name,
                "expected letters, digits and ':_.@-\\' ending in .service, .socket, .timer, .target, .mount or .path");
        }
        return name;
    }

    public static int signal(int signal) throws GuestAgentException {
        if (signal < 1 || signal > MAX_SIGNAL) {
            throw GuestAgentException.invalid("signal", signal, "expected a signal number from 1 to " + MAX_SIGNAL);
        }
        return signal;
    }

    public static int pid(int pid) throws GuestAgentException {
        if (pid < 1) {
            throw GuestAgentException.invalid("pid", pid, "expected a positive process id");
        }
        return pid;
    }

    /** A password for chpasswd's {@code user:password} line: one line, no NUL, bounded. */
    public static String password(String password) throws GuestAgentException {
        if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
            throw new GuestAgentException(GuestFault.INVALID_PARAMETER,
                "password is not valid: expected 1 to " + MAX_PASSWORD_LENGTH + " characters");
        }
        if (password.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0)) {
            throw new GuestAgentException(GuestFault.INVALID_PARAMETER,
                "password is not valid: it must not contain line breaks or NUL characters");
        }
        return password;
    }

    /** The GECOS comment of a new user: printable, no ':' (the passwd field separator). */
    public static String comment(String comment) throws GuestAgentException {
        if (comment == null || comment.length() > MAX_COMMENT_LENGTH
            || comment.chars().anyMatch(c -> c == ':' || c < 0x20 || c == 0x7f)) {
            throw GuestAgentException.invalid("comment", comment,
                "expected up to " + MAX_COMMENT_LENGTH + " printable characters without ':'");
        }
        return comment;
    }

    /** A value made safe to quote in a message: bounded, control characters escaped. */
    static String printable(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 64; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return text.length() > 64 ? out + "…" : out.toString();
    }
}
