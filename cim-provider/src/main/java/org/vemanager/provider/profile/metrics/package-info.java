/**
 * Base Metrics 1.0.0 (DSP1053) for load balancing: VEM_BaseMetricDefinition (one per metric kind),
 * VEM_BaseMetricValue (the latest sample per virtual system or host and metric), VEM_MetricDefForME,
 * VEM_MetricInstance and VEM_MetricForME. Values come from {@link
 * org.vemanager.provider.profile.metrics.MetricsSampler}, which reads every domain's statistics in one
 * libvirt call per period and keeps the result, so enumerating a whole host's values costs no libvirt
 * call at all.
 */
package org.vemanager.provider.profile.metrics;
