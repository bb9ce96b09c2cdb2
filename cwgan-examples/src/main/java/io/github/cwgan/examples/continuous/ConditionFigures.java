package io.github.cwgan.examples.continuous;

import io.github.cwgan.examples.gaussians.ViridisScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Figures of the continuous example: points coloured by their condition c ({@link #byCondition})
 * and the true against the generated conditional mean and 2-SD ellipses ({@link #ellipses}). All
 * share one fixed view so that figures can be compared by eye.
 */
public final class ConditionFigures {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Image width in pixels: {@value}. */
    public static final int WIDTH = 900;
    /** Image height in pixels: {@value}. */
    public static final int HEIGHT = 640;
    private static final double X_MIN = -2.75;
    private static final double X_MAX = 2.75;
    private static final double Y_MIN = -2.0;
    private static final double Y_MAX = 2.25;
    private static final String FONT = Font.SANS_SERIF;

    private ConditionFigures() {
    }

    /**
     * A scatter plot of points, each coloured by its condition c on the viridis scale over [0, 1],
     * with a colour bar.
     *
     * @throws IOException if the file cannot be written
     */
    public static void byCondition(Path file, String title, float[][] points, double[] cs) throws IOException {
        if (points.length != cs.length) {
            throw new IllegalArgumentException("one c per point (" + points.length + "), was " + cs.length);
        }
        double[][] xyz = new double[3][points.length];
        for (int i = 0; i < points.length; i++) {
            xyz[0][i] = points[i][0];
            xyz[1][i] = points[i][1];
            xyz[2][i] = cs[i];
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("points", xyz);
        ViridisScale scale = new ViridisScale(0, 1);
        XYShapeRenderer renderer = new XYShapeRenderer();
        renderer.setPaintScale(scale);
        renderer.setDefaultShape(new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setDrawOutlines(false);
        renderer.setUseOutlinePaint(false);
        renderer.setUseFillPaint(false);
        XYPlot plot = plot(data, renderer);
        JFreeChart chart = chart(title, plot);
        NumberAxis axis = new NumberAxis("condition c");
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        axis.setRange(0, 1);
        PaintScaleLegend bar = new PaintScaleLegend(scale, axis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        bar.setStripWidth(16);
        bar.setSubdivisionCount(128);
        bar.setMargin(new RectangleInsets(40, 8, 40, 4));
        bar.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(bar);
        int outside = 0;
        for (float[] p : points) {
            if (p[0] < X_MIN || p[0] > X_MAX || p[1] < Y_MIN || p[1] > Y_MAX) {
                outside++;
            }
        }
        if (outside > 0) {
            chart.addSubtitle(note(String.format(Locale.ROOT, "%d of %d points outside the view", outside,
                    points.length)));
        }
        save(file, chart);
    }

    /**
     * The true conditional mean μ(c) as a grey curve with the generated means as dots coloured by c,
     * and at the c values of {@code ellipseAt} (indices into {@code cs}) the true 2-SD ellipse
     * (dashed) and the generated samples' 2-SD ellipse (solid).
     *
     * @param cs      the grid of c
     * @param samples the generated samples at each c
     * @throws IOException if the file cannot be written
     */
    public static void ellipses(Path file, String title, double[] cs, List<float[][]> samples, int[] ellipseAt)
            throws IOException {
        DefaultXYDataset curve = new DefaultXYDataset();
        int n = 200;
        double[][] line = new double[2][n + 1];
        for (int i = 0; i <= n; i++) {
            double[] m = DriftingGaussian.mean(i / (double) n);
            line[0][i] = m[0];
            line[1][i] = m[1];
        }
        curve.addSeries("true mean μ(c)", line);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, new Color(0x888888));
        lines.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot plot = plot(curve, lines);
        ViridisScale scale = new ViridisScale(0, 1);
        BasicStroke dashed = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f);
        BasicStroke solid = new BasicStroke(2f);
        for (int j = 0; j < cs.length; j++) {
            double[][] mc = meanAndCov(samples.get(j));
            Paint colour = scale.getPaint(cs[j]);
            double r = 0.045;
            plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(mc[0][0] - r, mc[0][1] - r, 2 * r, 2 * r),
                    new BasicStroke(1f), Color.BLACK, colour));
        }
        for (int j : ellipseAt) {
            double c = cs[j];
            Paint colour = scale.getPaint(c);
            double[][] mc = meanAndCov(samples.get(j));
            plot.addAnnotation(new XYShapeAnnotation(ellipse(DriftingGaussian.mean(c), DriftingGaussian.covariance(c),
                    2), dashed, colour));
            plot.addAnnotation(new XYShapeAnnotation(ellipse(mc[0], new double[][] {mc[1], mc[2]}, 2), solid, colour));
            double[] m = DriftingGaussian.mean(c);
            XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "c = %.3f", c), m[0],
                    m[1] + 2.2 * DriftingGaussian.principalSd(c)[0] + 0.1);
            label.setFont(new Font(FONT, Font.PLAIN, 13));
            plot.addAnnotation(label);
        }
        JFreeChart chart = chart(title, plot);
        chart.addSubtitle(note("grey: true mean; dots: generated means at each c; ellipses at 2 SD: "
                + "dashed true, solid generated"));
        save(file, chart);
    }

    /** {@code {mean, cov row 0, cov row 1}} with divisor n − 1. */
    static double[][] meanAndCov(float[][] xs) {
        double[] m = new double[2];
        for (float[] x : xs) {
            m[0] += x[0] / xs.length;
            m[1] += x[1] / xs.length;
        }
        double[][] cov = new double[2][2];
        for (float[] x : xs) {
            double a = x[0] - m[0];
            double b = x[1] - m[1];
            cov[0][0] += a * a / (xs.length - 1);
            cov[0][1] += a * b / (xs.length - 1);
            cov[1][1] += b * b / (xs.length - 1);
        }
        cov[1][0] = cov[0][1];
        return new double[][] {m, cov[0], cov[1]};
    }

    /** The ellipse {x : (x − μ)ᵀ Σ⁻¹ (x − μ) = r²}. */
    static Path2D ellipse(double[] mean, double[][] cov, double r) {
        double l11 = Math.sqrt(cov[0][0]);
        double l21 = cov[1][0] / l11;
        double l22 = Math.sqrt(Math.max(0, cov[1][1] - l21 * l21));
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i <= 120; i++) {
            double t = 2 * Math.PI * i / 120;
            double u = r * Math.cos(t);
            double v = r * Math.sin(t);
            double x = mean[0] + l11 * u;
            double y = mean[1] + l21 * u + l22 * v;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static XYPlot plot(org.jfree.data.xy.XYDataset data, org.jfree.chart.renderer.xy.XYItemRenderer r) {
        NumberAxis x = new NumberAxis("x1");
        NumberAxis y = new NumberAxis("x2");
        for (NumberAxis a : new NumberAxis[] {x, y}) {
            a.setLabelFont(new Font(FONT, Font.PLAIN, 15));
            a.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));
        }
        x.setRange(X_MIN, X_MAX);
        y.setRange(Y_MIN, Y_MAX);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(Color.GRAY);
        return plot;
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 19), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        return chart;
    }

    private static TextTitle note(String text) {
        TextTitle t = new TextTitle(text, new Font(FONT, Font.ITALIC, 13));
        t.setPaint(Color.DARK_GRAY);
        t.setPosition(RectangleEdge.TOP);
        t.setFrame(BlockBorder.NONE);
        return t;
    }

    private static void save(Path file, JFreeChart chart) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

}
