/**
 * The console's CIM facade: everything the console asks of a node, as standard CIM operations over
 * wbem-java's client. No Swing here, so the same code drives nodes from headless tools and tests.
 */
package org.vemanager.console.client;
