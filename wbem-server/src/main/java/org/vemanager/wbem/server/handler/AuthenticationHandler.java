package org.vemanager.wbem.server.handler;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.vemanager.wbem.security.Authenticator;
import org.vemanager.wbem.security.LoginThrottle;
import org.vemanager.wbem.security.Principal;
import org.vemanager.wbem.server.AuditLog;

/**
 * Authenticates every request before anything reads its body: a verified client certificate whose
 * subject CN is a user of the password file, or HTTP Basic. Anything else gets 401 with
 * {@code WWW-Authenticate: Basic realm="VE-manager"}; wrong credentials are audited and throttled
 * per source address (the 401 is delayed, and attempts inside the backoff window are refused
 * unchecked). The principal is left in the request attribute {@link Principal#ATTRIBUTE}.
 */
public final class AuthenticationHandler extends Handler.Wrapper {

    public static final String CHALLENGE = "Basic realm=\"VE-manager\"";

    private final Authenticator authenticator;
    private final LoginThrottle throttle;

    public AuthenticationHandler(Handler next, Authenticator authenticator, LoginThrottle throttle) {
        super(next);
        this.authenticator = authenticator;
        this.throttle = throttle;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String address = Request.getRemoteAddr(request);
        Optional<Principal> certificateUser = certificateUser(request);
        if (certificateUser.isPresent()) {
            request.setAttribute(Principal.ATTRIBUTE, certificateUser.get());
            return super.handle(request, response, callback);
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization == null) {
            challenge(request, response, callback, 0);
            return true;
        }
        long now = System.currentTimeMillis();
        long wait = throttle.waitMillis(address, now);
        if (wait > 0) {
            AuditLog.failedLogin(basicUser(authorization), address, "basic (throttled, not checked)");
            challenge(request, response, callback, 0);
            return true;
        }
        Optional<Principal> principal = basic(authorization);
        if (principal.isEmpty()) {
            AuditLog.failedLogin(basicUser(authorization), address, "basic");
            challenge(request, response, callback, throttle.failed(address, now));
            return true;
        }
        throttle.succeeded(address);
        request.setAttribute(Principal.ATTRIBUTE, principal.get());
        return super.handle(request, response, callback);
    }

    private Optional<Principal> basic(String authorization) {
        String[] credentials = decodeBasic(authorization);
        if (credentials == null) {
            return Optional.empty();
        }
        char[] password = credentials[1].toCharArray();
        try {
            return authenticator.authenticate(credentials[0], password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** {user, password} from a Basic header, or null when it is not one. */
    static String[] decodeBasic(String authorization) {
        if (authorization.length() < 6 || !authorization.regionMatches(true, 0, "Basic ", 0, 6) || authorization.length() > 4096) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String basicUser(String authorization) {
        String[] credentials = decodeBasic(authorization);
        return credentials == null ? "(not Basic)" : credentials[0];
    }

    private Optional<Principal> certificateUser(Request request) {
        if (!(request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData ssl)) {
            return Optional.empty();
        }
        X509Certificate[] chain = ssl.peerCertificates();
        if (chain == null || chain.length == 0) {
            return Optional.empty();
        }
        // The TLS layer has already verified the chain against the truststore.
        String commonName = commonName(chain[0]);
        Optional<Principal> principal = commonName == null ? Optional.empty() : authenticator.authenticateCertificate(commonName);
        if (principal.isEmpty()) {
            AuditLog.failedLogin(commonName, Request.getRemoteAddr(request), "client certificate (CN not a user)");
        }
        return principal;
    }

    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }

    private static void challenge(Request request, Response response, Callback callback, long delayMillis) {
        Runnable answer = () -> {
            response.setStatus(401);
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, CHALLENGE);
            HttpAnswers.empty(response, callback);
        };
        if (delayMillis <= 0) {
            answer.run();
        } else {
            // Delay without holding a thread: the scheduler answers later.
            request.getComponents().getScheduler().schedule(answer, delayMillis, TimeUnit.MILLISECONDS);
        }
    }
}
