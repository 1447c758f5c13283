/**
 * The Jetty 12 handler tree of the WBEM server, each handler with one job, in request order:
 * {@link org.vemanager.wbem.server.handler.LimitsHandler} (concurrency and declared body size),
 * {@link org.vemanager.wbem.server.handler.AuthenticationHandler} (client certificate or Basic,
 * before any body byte is read), {@link org.vemanager.wbem.server.handler.CimXmlHandler} (the
 * DSP0200 endpoint {@code /cimom}).
 *
 * <p>HTTP answers chosen where DSP0200 leaves room, so clients and operators can rely on them:
 * <ul>
 * <li>400 with {@code CIMError}: request-not-well-formed (broken XML, DOCTYPE, entities),
 *     request-not-valid (not a CIM-XML request; missing or non-XML Content-Type; an M-POST
 *     without a usable {@code Man} header), header-mismatch (CIMMethod/CIMObject missing or not
 *     matching the body).</li>
 * <li>501 with {@code CIMError}: unsupported-operation (CIMOperation is not MethodCall; an export
 *     request), unsupported-protocol-version, multiple-requests-unsupported (CIMBatch or
 *     MULTIREQ), unsupported-cim-version, unsupported-dtd-version.</li>
 * <li>413 with {@code CIMError: request-not-valid}: a body, element count, depth or text length
 *     over the limits (DSP0200 names no status for this; 413 says what happened and the
 *     CIMError header still gives CIM clients a DSP0200 reason). The connection is closed.</li>
 * <li>503 with {@code Retry-After: 1}: more concurrent requests than allowed (answered before
 *     authentication or parsing, so it costs nothing; a CIM error would need a parsed request).</li>
 * <li>408 and connection close: the body did not arrive within the body timeout (slow clients);
 *     idle connections are closed after the idle timeout.</li>
 * <li>401 with {@code WWW-Authenticate: Basic realm="VE-manager"}: no or wrong credentials;
 *     wrong ones are audited and answered after an exponential per-address delay.</li>
 * <li>405 with {@code Allow: POST, M-POST} for other methods; 404 for other paths.</li>
 * </ul>
 * A response longer than the response buffer streams chunked; when the client sent
 * {@code TE: trailers}, an error after the first bytes travels in the {@code CIMStatusCode} and
 * {@code CIMStatusCodeDescription} trailers, otherwise the connection is cut so no truncated
 * document can pass for a success. {@code WBEMServerResponseTime} (microseconds until the answer
 * starts) is sent when the client asks with that request header and statistics are enabled.
 */
package org.vemanager.wbem.server.handler;
