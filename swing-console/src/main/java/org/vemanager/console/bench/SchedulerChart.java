package org.vemanager.console.bench;

import java.awt.Color;
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
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.vemanager.scheduler.sim.SimulationResult;

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
        plot.add(new CategoryPlot(sigma, null, new NumberAxis("σ of host CPU utilisation"), renderer(sigma.getRowCount(), true)));
        plot.add(new CategoryPlot(moves, null, new NumberAxis("migrations per VM per day"), renderer(moves.getRowCount(), false)));
        JFreeChart chart = new JFreeChart("Level-2 policies on PlanetLab traces", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1400, 900);
    }

    /** Flat bars, one colour per policy in both panels, one legend. */
    private static BarRenderer renderer(int series, boolean inLegend) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultSeriesVisibleInLegend(inLegend);
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        return renderer;
    }

    private static final Color[] PALETTE = {
        new Color(0x4e79a7), new Color(0xf28e2b), new Color(0xe15759), new Color(0x76b7b2), new Color(0x59a14f),
        new Color(0xedc948), new Color(0xb07aa1), new Color(0xff9da7), new Color(0x9c755f)};
}
