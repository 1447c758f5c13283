/**
 * Indications (DSP1054 Indications 1.1.0): clients create CIM_IndicationFilter,
 * CIM_ListenerDestinationCIMXML and CIM_IndicationSubscription in root/interop; providers publish
 * through {@link org.vemanager.wbem.indication.IndicationService}, which matches filters (WQL or
 * DMTF:CQL, see {@code org.vemanager.wbem.query}) and delivers ExportIndication requests over
 * HTTP(S) — one ordered, bounded queue and thread per destination, retries with exponential
 * backoff. Filters, permanent destinations and their subscriptions persist in the state directory.
 * No HTTP server code here: only the JDK HTTP client for delivery.
 */
package org.vemanager.wbem.indication;
