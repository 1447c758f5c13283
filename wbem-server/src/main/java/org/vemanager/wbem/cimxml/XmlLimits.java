package org.vemanager.wbem.cimxml;

/**
 * Bounds on one request document, so that no request can take more memory or time than these
 * allow (the body size itself is bounded by the HTTP layer before parsing).
 *
 * @param maxElements elements in the whole document
 * @param maxDepth nesting depth (a CIM-XML request with embedded paths needs about 15)
 * @param maxTextLength characters of text in one element
 */
public record XmlLimits(int maxElements, int maxDepth, int maxTextLength) {

    /** Generous for any real request (an instance with thousands of properties), small for memory. */
    public static final XmlLimits DEFAULT = new XmlLimits(250_000, 64, 4 * 1024 * 1024);

    public XmlLimits {
        if (maxElements < 1 || maxDepth < 1 || maxTextLength < 1) {
            throw new IllegalArgumentException("XML limits must be positive: " + maxElements + ", " + maxDepth + ", " + maxTextLength);
        }
    }
}
