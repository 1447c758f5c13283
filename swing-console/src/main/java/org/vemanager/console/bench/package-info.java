/** The command line of the scheduler benchmark and its chart (JFreeChart, so java.awt: kept out of the headless scheduler module). */
package org.vemanager.console.bench;
