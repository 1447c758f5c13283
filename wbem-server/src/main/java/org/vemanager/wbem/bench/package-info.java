/** {@code ./vem bench wbem}: the CIM-XML server next to plain Jetty ({@link org.vemanager.wbem.bench.WbemBench}). */
package org.vemanager.wbem.bench;
