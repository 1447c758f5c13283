/**
 * Who may talk to the server: the password file ({@code user:role:pbkdf2-sha256:iterations:salt:hash},
 * mode 600, managed by {@link org.vemanager.wbem.security.PasswdMain}), password checking with a
 * verified-password cache ({@link org.vemanager.wbem.security.Authenticator}), per-address login
 * backoff ({@link org.vemanager.wbem.security.LoginThrottle}) and the generated TLS certificate
 * ({@link org.vemanager.wbem.security.SelfSignedKeystore}). There is no default user and no
 * anonymous access.
 */
package org.vemanager.wbem.security;
