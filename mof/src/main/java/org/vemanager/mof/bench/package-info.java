/** {@code ./vem bench mof}: time to compile the full DMTF schema ({@link org.vemanager.mof.bench.MofBench}). */
package org.vemanager.mof.bench;
