package org.vemanager.console.benchchart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.vemanager.console.scheduler.sim.SimulationResult;

/**
 * Writes the scheduler benchmark as a PNG: σ of host CPU and migrations per VM per day, one bar per policy,
 * grouped by trace and cluster size. JFreeChart draws with java.awt, which is why this class lives outside the
 * headless scheduler packages; it renders off-screen ({@code java.awt.headless}).
 */
public final class SchedulerChart {

    private SchedulerChart() {
    }

    /** Writes the chart of the results (the level-1-only rows are left out: they make no migration). */
    public static void write(List<SimulationResult> results, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset sigma = new DefaultCategoryDataset();
        DefaultCategoryDataset moves = new DefaultCategoryDataset();
        for (SimulationResult r : results) {
            if (r.policy().contains("+")) {
                continue;
            }
            String group = r.trace() + " / " + r.hosts();
            sigma.addValue(r.sigma(), r.policy(), group);
            moves.addValue(r.migrationsPerVmDay(), r.policy(), group);
        }
        CategoryAxis domain = new CategoryAxis("trace / hosts");
        domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(domain);
        plot.add(new CategoryPlot(sigma, null, new NumberAxis("σ of host CPU utilisation"), new BarRenderer()));
        plot.add(new CategoryPlot(moves, null, new NumberAxis("migrations per VM per day"), new BarRenderer()));
        JFreeChart chart = new JFreeChart("Level-2 policies on PlanetLab traces", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1400, 900);
    }
}
