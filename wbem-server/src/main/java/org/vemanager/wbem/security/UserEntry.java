package org.vemanager.wbem.security;

import org.vemanager.wbem.operation.Role;

/** One line of the password file: a user, the role, the password's hash. */
public record UserEntry(String user, Role role, PasswordHash hash) {
}
