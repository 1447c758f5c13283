/**
 * The seam between the wire and the semantics: the codec turns a CIM-XML request into a
 * {@link CimRequest} and hands it to the {@link OperationDispatcher}, which answers through a
 * {@link ResultWriter} that the codec turns back into CIM-XML as it goes (so large enumerations
 * stream). Neither side knows the other's internals.
 */
package org.vemanager.wbem.operation;
