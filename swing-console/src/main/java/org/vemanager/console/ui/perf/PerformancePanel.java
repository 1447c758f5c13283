package org.vemanager.console.ui.perf;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.time.Duration;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.vemanager.console.client.VmSummary;
import org.vemanager.console.model.MetricHistory;
import org.vemanager.console.model.NodeState;

/**
 * CPU and memory charts of the selected VM or node, drawn from the {@link MetricHistory} the console
 * keeps while it runs (so a VM selected again shows its past, not an empty chart). Colours come from
 * the theme ({@code Vem.chart.*}) and follow a theme switch.
 */
public final class PerformancePanel extends JPanel {

    private final MetricHistory history;
    private final JLabel heading = new JLabel("Select a VM or a node to see its CPU and memory.");
    private final TimeSeries cpu = new TimeSeries("CPU %");
    private final TimeSeries memoryUsed = new TimeSeries("Memory used (MiB)");
    private final TimeSeries memoryAvailable = new TimeSeries("Memory available (MiB)");
    private final JFreeChart cpuChart;
    private final JFreeChart memoryChart;
    private transient ChartSubject subject;

    /** The metrics these charts draw (DSP1053 definition Names), for the poller to keep. */
    public static java.util.Set<String> chartedMetrics() {
        return ChartSubject.CHARTED;
    }

    public PerformancePanel(MetricHistory history) {
        super(new BorderLayout(0, 6));
        this.history = history;
        setName("perf");
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        heading.setName("perf.heading");
        cpuChart = chart("CPU utilisation", "%", cpu);
        ((XYPlot) cpuChart.getPlot()).getRangeAxis().setRange(0, 100);
        TimeSeriesCollection memory = new TimeSeriesCollection();
        memory.addSeries(memoryUsed);
        memory.addSeries(memoryAvailable);
        memoryChart = ChartFactory.createTimeSeriesChart("Memory", null, "MiB", memory, true, true, false);
        shape(cpuChart);
        shape(memoryChart);
        JPanel charts = new JPanel(new GridLayout(2, 1, 0, 6));
        charts.add(panel(cpuChart, "perf.cpu"));
        charts.add(panel(memoryChart, "perf.memory"));
        add(heading, BorderLayout.NORTH);
        add(charts, BorderLayout.CENTER);
        history.addListener(node -> SwingUtilities.invokeLater(() -> {
            if (subject != null && subject.node().equals(node)) {
                redraw();
            }
        }));
        applyTheme();
    }

    private static JFreeChart chart(String title, String units, TimeSeries series) {
        return ChartFactory.createTimeSeriesChart(title, null, units, new TimeSeriesCollection(series), false, true, false);
    }

    /** Points drawn as dots too (the first sample is a single point), memory counted from zero, at least five minutes wide. */
    private static void shape(JFreeChart chart) {
        XYPlot plot = (XYPlot) chart.getPlot();
        if (plot.getRenderer() instanceof XYLineAndShapeRenderer renderer) {
            renderer.setDefaultShapesVisible(true);
        }
        if (plot.getRangeAxis() instanceof NumberAxis axis) {
            axis.setAutoRangeIncludesZero(true);
        }
        if (plot.getDomainAxis() instanceof DateAxis axis) {
            axis.setAutoRangeMinimumSize(Duration.ofMinutes(5).toMillis());
        }
    }

    private static ChartPanel panel(JFreeChart chart, String name) {
        ChartPanel panel = new ChartPanel(chart);
        panel.setName(name);
        panel.setMouseWheelEnabled(true);
        return panel;
    }

    /** Shows a VM's charts. */
    public void show(VmSummary vm) {
        subject = ChartSubject.of(vm);
        redraw();
    }

    /** Shows a node's charts. */
    public void show(NodeState node) {
        subject = ChartSubject.of(node);
        redraw();
    }

    private void redraw() {
        List<MetricHistory.Point> cpuPoints = fill(cpu, subject.cpu());
        fill(memoryUsed, subject.memoryUsed());
        fill(memoryAvailable, subject.memoryAvailable());
        heading.setText(subject.title() + (cpuPoints.isEmpty() && memoryUsed.isEmpty()
                ? ": no samples yet (nodes sample every 10 s; a VM that is off has none)"
                : ": " + samples(Math.max(cpuPoints.size(), memoryUsed.getItemCount())) + " since the console started"));
    }

    private static String samples(int n) {
        return n == 1 ? "1 sample" : n + " samples";
    }

    private List<MetricHistory.Point> fill(TimeSeries series, String metric) {
        List<MetricHistory.Point> points = history.series(subject.node(), subject.elementId(), metric);
        series.setNotify(false);
        series.clear();
        for (MetricHistory.Point p : points) {
            series.addOrUpdate(new FixedMillisecond(p.at().toEpochMilli()), p.value());
        }
        series.setNotify(true);
        return points;
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (cpuChart != null) {
            applyTheme();
        }
    }

    private void applyTheme() {
        Color background = UIManager.getColor("Panel.background");
        Color foreground = UIManager.getColor("Label.foreground");
        Color grid = UIManager.getColor("Separator.foreground");
        for (JFreeChart chart : new JFreeChart[] {cpuChart, memoryChart}) {
            chart.setBackgroundPaint(background);
            TextTitle title = chart.getTitle();
            if (title != null) {
                title.setPaint(foreground);
            }
            if (chart.getLegend() != null) {
                chart.getLegend().setBackgroundPaint(background);
                chart.getLegend().setItemPaint(foreground);
            }
            XYPlot plot = (XYPlot) chart.getPlot();
            plot.setBackgroundPaint(UIManager.getColor("Table.background"));
            plot.setDomainGridlinePaint(grid);
            plot.setRangeGridlinePaint(grid);
            plot.getDomainAxis().setTickLabelPaint(foreground);
            plot.getRangeAxis().setTickLabelPaint(foreground);
            plot.getRangeAxis().setLabelPaint(foreground);
        }
        paint(cpuChart, 0, "Vem.chart.cpu");
        paint(memoryChart, 0, "Vem.chart.memoryUsed");
        paint(memoryChart, 1, "Vem.chart.memoryAvailable");
    }

    private static void paint(JFreeChart chart, int series, String key) {
        Color color = UIManager.getColor(key);
        if (color != null) {
            ((XYPlot) chart.getPlot()).getRenderer().setSeriesPaint(series, color);
        }
    }
}
