/**
 * WQL and the DSP0202 (CQL) subset that indication filters and ExecQuery need: {@link
 * org.vemanager.wbem.query.Query} parses and evaluates against {@code CIMInstance}s, with class
 * inheritance answered by a {@link org.vemanager.wbem.query.ClassHierarchy} the server provides.
 * No transport, no repository: pure functions over the CIM object model.
 */
package org.vemanager.wbem.query;
