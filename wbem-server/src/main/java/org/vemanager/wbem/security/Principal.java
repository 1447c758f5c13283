package org.vemanager.wbem.security;

import org.vemanager.wbem.operation.Role;

/** An authenticated user and the role the password file gives them. */
public record Principal(String user, Role role) {

    /** The request attribute under which the authentication handler leaves the principal. */
    public static final String ATTRIBUTE = Principal.class.getName();
}
