package org.vemanager.provider.libvirt;

import java.util.EnumSet;
import java.util.Set;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * The single translation point from libvirt errors to CIM errors. Each message names the action that
 * failed and keeps libvirt's own words, which are usually precise ("requested cpu amount exceeds
 * maximum supported amount (100 &gt; 32)").
 */
public final class LibvirtErrors {

    /** Errors that mean the connection itself is gone, not the request. */
    static final Set<ErrorNumber> CONNECTION_LOST = EnumSet.of(
            ErrorNumber.VIR_ERR_NO_CONNECT, ErrorNumber.VIR_ERR_INVALID_CONN, ErrorNumber.VIR_ERR_RPC,
            ErrorNumber.VIR_ERR_OPERATION_TIMEOUT);

    private static final Set<ErrorNumber> NOT_FOUND = EnumSet.of(
            ErrorNumber.VIR_ERR_NO_DOMAIN, ErrorNumber.VIR_ERR_NO_NETWORK, ErrorNumber.VIR_ERR_NO_STORAGE_POOL,
            ErrorNumber.VIR_ERR_NO_STORAGE_VOL, ErrorNumber.VIR_ERR_NO_DOMAIN_SNAPSHOT, ErrorNumber.VIR_ERR_NO_INTERFACE);

    private static final Set<ErrorNumber> INVALID_PARAMETER = EnumSet.of(
            ErrorNumber.VIR_ERR_INVALID_ARG, ErrorNumber.VIR_ERR_XML_ERROR, ErrorNumber.VIR_ERR_XML_DETAIL,
            ErrorNumber.VIR_ERR_INVALID_MAC, ErrorNumber.VIR_ERR_CONFIG_UNSUPPORTED, ErrorNumber.VIR_ERR_OS_TYPE,
            ErrorNumber.VIR_ERR_NO_SOURCE, ErrorNumber.VIR_ERR_NO_TARGET, ErrorNumber.VIR_ERR_NO_NAME);

    private static final Set<ErrorNumber> NOT_SUPPORTED = EnumSet.of(
            ErrorNumber.VIR_ERR_NO_SUPPORT, ErrorNumber.VIR_ERR_ARGUMENT_UNSUPPORTED);

    private LibvirtErrors() {
    }

    /** The error number, {@code VIR_ERR_UNKNOWN} when libvirt-java could not decode one. */
    public static ErrorNumber code(LibvirtException e) {
        return e.getError() == null || e.getError().getCode() == null ? ErrorNumber.VIR_ERR_UNKNOWN : e.getError().getCode();
    }

    /**
     * @param action what we tried, for the message ("suspend domain vm1")
     */
    public static CimException translate(String action, LibvirtException e) {
        return translate(action, code(e), detail(e), e);
    }

    /** libvirt's own words for the error. */
    static String detail(LibvirtException e) {
        return e.getError() == null ? String.valueOf(e.getMessage()) : e.getError().getMessage();
    }

    /** The same translation for an error libvirt reported through a direct native call ({@link NativeLibvirt}). */
    static CimException translate(String action, ErrorNumber code, String detail, Exception e) {
        String message = action + ": " + detail;
        if (CONNECTION_LOST.contains(code)) {
            return new CimException(CimStatus.FAILED, "hypervisor unreachable: " + message, e);
        }
        if (code == ErrorNumber.VIR_ERR_OPERATION_INVALID) {
            return new InvalidTransitionException(message, e);
        }
        if (NOT_FOUND.contains(code)) {
            return new CimException(CimStatus.NOT_FOUND, message, e);
        }
        if (INVALID_PARAMETER.contains(code)) {
            return new CimException(CimStatus.INVALID_PARAMETER, message, e);
        }
        if (NOT_SUPPORTED.contains(code)) {
            return new CimException(CimStatus.NOT_SUPPORTED, message, e);
        }
        if (code == ErrorNumber.VIR_ERR_DOM_EXIST) {
            return new CimException(CimStatus.ALREADY_EXISTS, message, e);
        }
        return new CimException(CimStatus.FAILED, message, e);
    }

    /** The CIM error for a missing native library, naming the Debian package that provides it. */
    public static CimException libraryMissing(Throwable cause) {
        return new CimException(CimStatus.FAILED,
                "libvirt client library libvirt.so.0 could not be loaded (install the Debian package libvirt0): "
                        + cause.getMessage(), cause);
    }
}
