/** {@code ./vem mof}: the compiler's command line ({@link org.vemanager.mof.cli.MofMain}). */
package org.vemanager.mof.cli;
