/** Charts of benchmark results (JFreeChart, so java.awt: kept out of the headless scheduler packages). */
package org.vemanager.console.benchchart;
