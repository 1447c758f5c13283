/**
 * The CIM-XML codec (DSP0201, DTD DSP0203 2.x): bytes → {@link org.vemanager.wbem.cimxml.XmlElement}
 * tree → javax.cim for requests, javax.cim → bytes for responses, one method per DTD element on
 * each side ({@link org.vemanager.wbem.cimxml.ObjectDecoder}, {@link org.vemanager.wbem.cimxml.ObjectEncoder}).
 *
 * <p>Reading: the JDK's StAX parser with DTDs and external entities off; a DOCTYPE or an entity
 * reference is {@code request-not-well-formed}; element count, depth and text length are bounded
 * ({@link org.vemanager.wbem.cimxml.XmlLimits}). A request is small (16 MiB at most), so a tree is
 * built: it keeps the decoder a plain function of the DTD and lets the envelope be checked (and the
 * operation named) before any parameter is decoded. Structural errors are
 * {@code request-not-valid}; values that do not parse as their type are CIM_ERR_INVALID_PARAMETER
 * naming the parameter. wbem-java's own codec was not reused: its parser builds a DOM of its own
 * model and its writer a DOM too, which for a 10,000-instance enumeration would hold the whole answer
 * in memory.
 *
 * <p>Writing: {@link org.vemanager.wbem.cimxml.CimXmlResponse} streams each item through a
 * {@link org.vemanager.wbem.cimxml.Utf8Output} buffer straight to the HTTP response, so memory stays
 * flat however long an enumeration is. Characters XML 1.0 cannot carry (C0 controls other than TAB,
 * LF, CR; unpaired surrogates; U+FFFE/U+FFFF) are written as U+FFFD; CR is written {@code &#13;}
 * so it survives. Embedded objects are written as escaped CIM-XML with
 * {@code EmbeddedObject="instance"} (or {@code "object"} for classes). Arrays may hold VALUE.NULL
 * (DSP0201 2.2+); note that sblim-wbemcli's parser predates VALUE.NULL and rejects such answers.
 * Reference-array properties do not exist in CIM (DSP0004): writing one is a provider bug and fails
 * the operation with CIM_ERR_FAILED.
 */
package org.vemanager.wbem.cimxml;
