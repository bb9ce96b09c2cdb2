package io.github.cwgan.examples.gaussians;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The 10-Gaussian experiment's figures, each written as one PNG file by a static method:
 * scatter plots coloured by class ({@link #scatter}), generated points coloured by the critic's
 * score ({@link #criticScores}), loss curves over training ({@link #lossCurves}) and a strip of
 * generated samples at several points of training ({@link #trainingStrip}).
 *
 * <p>The scatter plots share one fixed view, {@code [−4, 4]} on both axes (widened along one axis
 * so that one unit has the same length on both axes): all ten Gaussians of the experiment, centres
 * on a circle of radius 2, fit inside with nothing of the real data clipped, and figures of
 * different runs can be compared by eye. Points outside the view are counted in a note under the
 * plot. Classes get the ten colours of the Tableau 10 palette (more classes: evenly spread hues).
 *
 * <p>Loading this class sets {@code java.awt.headless=true} unless that property is already set,
 * so the figures can be drawn on machines without a display. Missing parent folders of the output
 * files are created.
 */
public final class Figures {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * Default width of a scatter plot or critic-score plot, in pixels: {@value} (the legend or colour
     * bar takes the extra width, so that the plot itself is about square).
     */
    public static final int DEFAULT_WIDTH = 860;

    /** Default height of a scatter plot or critic-score plot, in pixels: {@value}. */
    public static final int DEFAULT_HEIGHT = 760;

    /**
     * A square size for scatter and critic-score plots, in pixels: {@value}. The plot itself is then
     * narrower than high (the legend takes width) and the view is widened vertically; {@link
     * #DEFAULT_WIDTH}×{@link #DEFAULT_HEIGHT} gives an about square plot.
     */
    public static final int DEFAULT_SIZE = 760;

    /** Default width of the loss-curve figure, in pixels: {@value}. */
    public static final int DEFAULT_LOSS_WIDTH = 1000;

    /** Default height of the loss-curve figure, in pixels: {@value}. */
    public static final int DEFAULT_LOSS_HEIGHT = 760;

    /** Default width and height of one panel of the training strip, in pixels: {@value}. */
    public static final int DEFAULT_PANEL_SIZE = 320;

    /** Height of the legend row under the training strip's panels, in pixels: {@value}. */
    public static final int STRIP_LEGEND_HEIGHT = 44;

    /** Half the side of the fixed view of scatter plots: the view is {@code [−4, 4]²}. */
    public static final double VIEW_HALF_WIDTH = 4.0;

    /** The most points a loss curve draws; longer series are averaged in buckets: {@value}. */
    public static final int MAX_CURVE_POINTS = 2000;

    /** Tableau 10 (as in matplotlib's {@code tab10}). */
    private static final Color[] TABLEAU_10 = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)
    };

    private static final String FONT = Font.SANS_SERIF;
    private static final Color GRID = new Color(0xdddddd);

    private Figures() {}

    // ---------------------------------------------------------------- scatter

    /**
     * Writes a scatter plot of points coloured by class, {@value #DEFAULT_WIDTH}×{@value
     * #DEFAULT_HEIGHT} pixels,
     * without the Gaussians' outlines: for the real data ("Real data") or for generated samples
     * coloured by the class they were asked for ("Generated samples").
     *
     * @param file the PNG file, overwritten if it exists
     * @param title the chart's title
     * @param points {@code n×2} coordinates; points with a NaN or infinite coordinate are not drawn
     * @param labels {@code n} classes, each {@code >= 0}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the lengths differ or a label is negative
     */
    public static void scatter(Path file, String title, float[][] points, int[] labels)
            throws IOException {
        scatter(file, title, points, labels, null, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Writes a scatter plot of points coloured by class, optionally with the true Gaussians drawn
     * as dashed ellipses at Mahalanobis distance 3 (what "within 3 SD" counts).
     *
     * @param file the PNG file, overwritten if it exists
     * @param title the chart's title
     * @param points {@code n×2} coordinates; points with a NaN or infinite coordinate are not drawn
     * @param labels {@code n} classes, each {@code >= 0}
     * @param truth the Gaussians to outline, or {@code null} for none; with them, the legend lists
     *     all of their classes even when some have no points
     * @param width the image width in pixels, {@code >= 200}
     * @param height the image height in pixels, {@code >= 200}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the lengths differ, a label is negative or a size is too
     *     small
     */
    public static void scatter(Path file, String title, float[][] points, int[] labels,
            GaussianParams truth, int width, int height) throws IOException {
        Objects.requireNonNull(file, "file");
        checkSize("width", width);
        checkSize("height", height);
        checkPoints(points, labels);
        int classes = classCount(labels, truth);
        XYPlot plot = classPlot(points, labels, classes, truth, dotSize(Math.min(width, height)));
        JFreeChart chart = new JFreeChart(title, titleFont(20), plot, true);
        style(chart);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 14));
        legend.setFrame(BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 8));
        fitView(chart, plot, points, width, height, false);
        save(file, chart, width, height);
    }

    // ---------------------------------------------------------------- critic scores

    /**
     * Writes the critic's scores ("reviews") of points: each point coloured by its score on a
     * continuous scale (viridis: dark purple low, yellow high), with a colour bar, {@value
     * #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT} pixels. The colour scale spans the 1st to the 99th percentile of the
     * scores, so that a few extreme scores do not wash out the rest; scores beyond it take the end
     * colours.
     *
     * @param file the PNG file, overwritten if it exists
     * @param title the chart's title, for example "Critic scores of generated samples"
     * @param points {@code n×2} coordinates
     * @param scores {@code n} critic scores; points whose score or coordinates are not finite are
     *     not drawn
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the lengths differ
     */
    public static void criticScores(Path file, String title, float[][] points, double[] scores)
            throws IOException {
        criticScores(file, title, points, scores, null, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Writes the critic's scores of points, as {@link #criticScores(Path, String, float[][],
     * double[])}, optionally with the true Gaussians' 3-SD ellipses and of a chosen size.
     *
     * @param file the PNG file, overwritten if it exists
     * @param title the chart's title
     * @param points {@code n×2} coordinates
     * @param scores {@code n} critic scores
     * @param truth the Gaussians to outline, or {@code null} for none
     * @param width the image width in pixels, {@code >= 200}
     * @param height the image height in pixels, {@code >= 200}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the lengths differ or a size is too small
     */
    public static void criticScores(Path file, String title, float[][] points, double[] scores,
            GaussianParams truth, int width, int height) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scores, "scores");
        checkSize("width", width);
        checkSize("height", height);
        checkPoints(points, new int[points.length]);
        if (scores.length != points.length) {
            throw new IllegalArgumentException("scores must have one entry per point (" + points.length
                    + "), was " + scores.length);
        }
        int n = 0;
        for (int i = 0; i < points.length; i++) {
            if (finite(points[i]) && Double.isFinite(scores[i])) {
                n++;
            }
        }
        double[][] xyz = new double[3][n];
        double[] finiteScores = new double[n];
        for (int i = 0, j = 0; i < points.length; i++) {
            if (finite(points[i]) && Double.isFinite(scores[i])) {
                xyz[0][j] = points[i][0];
                xyz[1][j] = points[i][1];
                xyz[2][j] = scores[i];
                finiteScores[j] = scores[i];
                j++;
            }
        }
        Arrays.sort(finiteScores);
        double low = n == 0 ? 0 : percentile(finiteScores, 0.01);
        double high = n == 0 ? 1 : percentile(finiteScores, 0.99);
        if (!(high > low)) {
            double pad = Math.max(1e-6, Math.abs(low) * 1e-3);
            low -= pad;
            high += pad;
        }
        ViridisScale scale = new ViridisScale(low, high);
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("scores", xyz);
        XYShapeRenderer renderer = new XYShapeRenderer();
        renderer.setPaintScale(scale);
        double d = dotSize(Math.min(width, height)) + 0.6;
        renderer.setDefaultShape(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        renderer.setDrawOutlines(false);
        renderer.setUseOutlinePaint(false);
        renderer.setUseFillPaint(false);
        XYPlot plot = new XYPlot(dataset, viewAxis("x1"), viewAxis("x2"), renderer);
        stylePlot(plot);
        addOutlines(plot, truth, new Color(0, 0, 0, 110));
        JFreeChart chart = new JFreeChart(title, titleFont(20), plot, false);
        style(chart);
        NumberAxis scaleAxis = new NumberAxis("critic score (1st–99th percentile)");
        scaleAxis.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        scaleAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        scaleAxis.setRange(low, high);
        PaintScaleLegend bar = new PaintScaleLegend(scale, scaleAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        bar.setStripWidth(16);
        bar.setSubdivisionCount(128);
        bar.setMargin(new RectangleInsets(40, 8, 40, 4));
        bar.setPadding(new RectangleInsets(0, 0, 0, 0));
        bar.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(bar);
        fitView(chart, plot, points, width, height, false);
        save(file, chart, width, height);
    }

    // ---------------------------------------------------------------- losses

    /**
     * Writes the loss curves of a training run, {@value #DEFAULT_LOSS_WIDTH}×{@value
     * #DEFAULT_LOSS_HEIGHT} pixels. See {@link #lossCurves(Path, long[], double[], double[],
     * double[], double[], int, int)}.
     *
     * @param file the PNG file, overwritten if it exists
     * @param iterations the generator iteration of each logged value, increasing
     * @param criticLoss the critic's loss, or {@code null}
     * @param generatorLoss the generator's loss, or {@code null}
     * @param gradientPenalty the gradient penalty (λ included), or {@code null}
     * @param wassersteinEstimate the Wasserstein estimate mean(D(real)) − mean(D(fake)), or {@code
     *     null}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a series' length differs from {@code iterations}', or all
     *     series are {@code null}
     */
    public static void lossCurves(Path file, long[] iterations, double[] criticLoss,
            double[] generatorLoss, double[] gradientPenalty, double[] wassersteinEstimate)
            throws IOException {
        lossCurves(file, iterations, criticLoss, generatorLoss, gradientPenalty, wassersteinEstimate,
                DEFAULT_LOSS_WIDTH, DEFAULT_LOSS_HEIGHT);
    }

    /**
     * Writes the loss curves of a training run: x is the iteration; three stacked panels share it,
     * the critic's loss with the Wasserstein estimate on top, the gradient penalty in the middle and
     * the generator's loss at the bottom (their scales differ too much for one axis). A series
     * longer than {@value #MAX_CURVE_POINTS} values is drawn as the means of {@value
     * #MAX_CURVE_POINTS} consecutive buckets, which also smooths the noise of single batches; the
     * figure says so under its title. NaN values are left out of the means (a bucket of NaN only
     * leaves a gap). {@code null} series are left out; a panel without series is left out.
     *
     * @param file the PNG file, overwritten if it exists
     * @param iterations the generator iteration of each logged value, increasing
     * @param criticLoss the critic's loss, or {@code null}
     * @param generatorLoss the generator's loss, or {@code null}
     * @param gradientPenalty the gradient penalty (λ included), or {@code null}
     * @param wassersteinEstimate the Wasserstein estimate, or {@code null}
     * @param width the image width in pixels, {@code >= 200}
     * @param height the image height in pixels, {@code >= 200}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a series' length differs from {@code iterations}', all
     *     series are {@code null}, {@code iterations} is empty or a size is too small
     */
    public static void lossCurves(Path file, long[] iterations, double[] criticLoss,
            double[] generatorLoss, double[] gradientPenalty, double[] wassersteinEstimate, int width,
            int height) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(iterations, "iterations");
        checkSize("width", width);
        checkSize("height", height);
        if (iterations.length == 0) {
            throw new IllegalArgumentException("iterations must not be empty");
        }
        checkSeries("criticLoss", criticLoss, iterations.length);
        checkSeries("generatorLoss", generatorLoss, iterations.length);
        checkSeries("gradientPenalty", gradientPenalty, iterations.length);
        checkSeries("wassersteinEstimate", wassersteinEstimate, iterations.length);
        if (criticLoss == null && generatorLoss == null && gradientPenalty == null
                && wassersteinEstimate == null) {
            throw new IllegalArgumentException("at least one loss series is required, all were null");
        }
        NumberAxis iterationAxis = axis("iteration");
        iterationAxis.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(iterationAxis);
        combined.setGap(14);
        int bucket = (iterations.length + MAX_CURVE_POINTS - 1) / MAX_CURVE_POINTS;
        addPanel(combined, "critic", 3, iterations,
                new String[] {"critic loss", "Wasserstein estimate"},
                new double[][] {criticLoss, wassersteinEstimate},
                new Color[] {TABLEAU_10[0], TABLEAU_10[1]});
        addPanel(combined, "gradient penalty", 2, iterations, new String[] {"gradient penalty"},
                new double[][] {gradientPenalty}, new Color[] {TABLEAU_10[2]});
        addPanel(combined, "generator", 2, iterations, new String[] {"generator loss"},
                new double[][] {generatorLoss}, new Color[] {TABLEAU_10[3]});
        JFreeChart chart = new JFreeChart("Losses during training", titleFont(20), combined, true);
        style(chart);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 14));
        chart.getLegend().setFrame(BlockBorder.NONE);
        String note = iterations.length + " logged values";
        if (iterations.length > MAX_CURVE_POINTS) {
            note += String.format(Locale.ROOT, "; each point is the mean of %d consecutive values",
                    bucket);
        }
        chart.addSubtitle(note(note));
        save(file, chart, width, height);
    }

    private static void addPanel(CombinedDomainXYPlot combined, String axisLabel, int weight,
            long[] iterations, String[] names, double[][] series, Color[] colors) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int index = 0;
        for (int s = 0; s < series.length; s++) {
            if (series[s] == null) {
                continue;
            }
            dataset.addSeries(names[s], downsample(iterations, series[s], MAX_CURVE_POINTS));
            renderer.setSeriesPaint(index, colors[s]);
            renderer.setSeriesStroke(index, new BasicStroke(1.6f));
            index++;
        }
        if (index == 0) {
            return;
        }
        NumberAxis rangeAxis = axis(axisLabel);
        rangeAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, null, rangeAxis, renderer);
        stylePlot(plot);
        combined.add(plot, weight);
    }

    /**
     * Averages a series in at most {@code maxPoints} buckets of {@code ceil(n / maxPoints)}
     * consecutive values; x is the mean iteration of a bucket, y the mean of its finite values (NaN
     * when it has none, which JFreeChart draws as a gap).
     *
     * @return {@code {x[], y[]}}
     */
    static double[][] downsample(long[] iterations, double[] values, int maxPoints) {
        int n = iterations.length;
        int bucket = Math.max(1, (n + maxPoints - 1) / maxPoints);
        int m = (n + bucket - 1) / bucket;
        double[][] xy = new double[2][m];
        for (int b = 0; b < m; b++) {
            int from = b * bucket;
            int to = Math.min(n, from + bucket);
            double sumX = 0;
            double sumY = 0;
            int finite = 0;
            for (int i = from; i < to; i++) {
                sumX += iterations[i];
                if (Double.isFinite(values[i])) {
                    sumY += values[i];
                    finite++;
                }
            }
            xy[0][b] = sumX / (to - from);
            xy[1][b] = finite == 0 ? Double.NaN : sumY / finite;
        }
        return xy;
    }

    // ---------------------------------------------------------------- strip

    /**
     * Writes generated samples at several points of training side by side, {@value
     * #DEFAULT_PANEL_SIZE} pixels per panel, without the Gaussians' outlines. See {@link
     * #trainingStrip(Path, long[], List, List, GaussianParams, int)}.
     *
     * @param file the PNG file, overwritten if it exists
     * @param iterations the iteration of each panel, for its title "iteration 6000"
     * @param samples {@code n×2} samples per panel
     * @param labels the class each sample was asked for, per panel
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the lists' sizes differ from {@code iterations}' or are 0,
     *     or a panel's arrays do not match
     */
    public static void trainingStrip(Path file, long[] iterations, List<float[][]> samples,
            List<int[]> labels) throws IOException {
        trainingStrip(file, iterations, samples, labels, null, DEFAULT_PANEL_SIZE);
    }

    /**
     * Writes generated samples at several points of training side by side: one square scatter
     * panel per entry, titled "iteration 6000" etc., with the same fixed view as {@link #scatter},
     * and one legend of the classes under all panels. The image is {@code panelSize × N} pixels wide
     * and {@code panelSize + }{@value #STRIP_LEGEND_HEIGHT} high.
     *
     * @param file the PNG file, overwritten if it exists
     * @param iterations the iteration of each panel
     * @param samples {@code n×2} samples per panel
     * @param labels the class each sample was asked for, per panel
     * @param truth the Gaussians to outline in every panel, or {@code null} for none
     * @param panelSize the width and height of one panel in pixels, {@code >= 200}
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the lists' sizes differ from {@code iterations}' or are 0,
     *     a panel's arrays do not match, or the size is too small
     */
    public static void trainingStrip(Path file, long[] iterations, List<float[][]> samples,
            List<int[]> labels, GaussianParams truth, int panelSize) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(iterations, "iterations");
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(labels, "labels");
        checkSize("panelSize", panelSize);
        int panels = iterations.length;
        if (panels == 0) {
            throw new IllegalArgumentException("iterations must not be empty");
        }
        if (samples.size() != panels || labels.size() != panels) {
            throw new IllegalArgumentException("samples and labels must have one entry per iteration ("
                    + panels + "), were " + samples.size() + " and " + labels.size());
        }
        int classes = truth == null ? 0 : truth.classes();
        for (int p = 0; p < panels; p++) {
            checkPoints(samples.get(p), labels.get(p));
            classes = Math.max(classes, classCount(labels.get(p), null));
        }
        int width = panelSize * panels;
        int height = panelSize + STRIP_LEGEND_HEIGHT;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setPaint(Color.WHITE);
            g2.fillRect(0, 0, width, height);
            XYPlot first = null;
            for (int p = 0; p < panels; p++) {
                XYPlot plot = classPlot(samples.get(p), labels.get(p), classes, truth,
                        dotSize(panelSize) * 0.8);
                JFreeChart chart = new JFreeChart("iteration " + iterations[p], titleFont(16), plot,
                        false);
                style(chart);
                plot.getDomainAxis().setLabelFont(new Font(FONT, Font.PLAIN, 12));
                plot.getRangeAxis().setLabelFont(new Font(FONT, Font.PLAIN, 12));
                plot.getDomainAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
                plot.getRangeAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
                fitView(chart, plot, samples.get(p), panelSize, panelSize, true);
                chart.draw(g2, new Rectangle2D.Double(p * panelSize, 0, panelSize, panelSize));
                if (first == null) {
                    first = plot;
                }
            }
            LegendTitle legend = new LegendTitle(first);
            legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 10));
            // A block must be arranged (which also fetches the legend items) before it can be drawn.
            Size2D size = legend.arrange(g2, RectangleConstraint.NONE);
            if (size.getWidth() > width) {
                size = legend.arrange(g2, new RectangleConstraint(width, STRIP_LEGEND_HEIGHT)); // wraps
            }
            double x = Math.max(0, (width - size.getWidth()) / 2);
            double y = panelSize + Math.max(0, (STRIP_LEGEND_HEIGHT - size.getHeight()) / 2);
            legend.draw(g2, new Rectangle2D.Double(x, y, size.getWidth(), size.getHeight()));
        } finally {
            g2.dispose();
        }
        createParent(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        }
    }

    // ---------------------------------------------------------------- shared parts

    /** A scatter plot with one series per class, 0..classes-1, in class order. */
    private static XYPlot classPlot(float[][] points, int[] labels, int classes,
            GaussianParams truth, double dot) {
        int[] counts = new int[classes];
        for (int i = 0; i < points.length; i++) {
            if (finite(points[i])) {
                counts[labels[i]]++;
            }
        }
        double[][][] data = new double[classes][][];
        for (int c = 0; c < classes; c++) {
            data[c] = new double[2][counts[c]];
        }
        int[] next = new int[classes];
        for (int i = 0; i < points.length; i++) {
            if (finite(points[i])) {
                int c = labels[i];
                data[c][0][next[c]] = points[i][0];
                data[c][1][next[c]] = points[i][1];
                next[c]++;
            }
        }
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        Shape shape = new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot);
        Shape legendShape = new Ellipse2D.Double(-5, -5, 10, 10);
        for (int c = 0; c < classes; c++) {
            dataset.addSeries("class " + c, data[c]);
            Color color = classColor(c);
            renderer.setSeriesPaint(c, new Color(color.getRed(), color.getGreen(), color.getBlue(), 200));
            renderer.setSeriesShape(c, shape);
            renderer.setLegendShape(c, legendShape);
        }
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(false);
        XYPlot plot = new XYPlot(dataset, viewAxis("x1"), viewAxis("x2"), renderer);
        stylePlot(plot);
        addOutlines(plot, truth, new Color(0, 0, 0, 140));
        return plot;
    }

    /** Adds each Gaussian's ellipse at Mahalanobis distance 3, dashed. */
    private static void addOutlines(XYPlot plot, GaussianParams truth, Paint paint) {
        if (truth == null) {
            return;
        }
        BasicStroke dashed = new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {5f, 4f}, 0f);
        for (int c = 0; c < truth.classes(); c++) {
            plot.addAnnotation(new XYShapeAnnotation(ellipse(truth, c, 3.0), dashed, paint));
        }
    }

    /** The ellipse {x : (x − μ)ᵀ Σ⁻¹ (x − μ) = r²} in data coordinates, as a closed path. */
    static Path2D ellipse(GaussianParams truth, int k, double r) {
        double[] mean = truth.mean(k);
        double[][] cov = truth.covariance(k);
        // Cholesky factor L with Σ = L Lᵀ; x = μ + r L (cos t, sin t).
        double l11 = Math.sqrt(cov[0][0]);
        double l21 = cov[1][0] / l11;
        double l22 = Math.sqrt(cov[1][1] - l21 * l21);
        Path2D.Double path = new Path2D.Double();
        int steps = 120;
        for (int i = 0; i <= steps; i++) {
            double t = 2 * Math.PI * i / steps;
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

    /**
     * Sets both axes to the fixed view {@code [−4, 4]}, widened along the axis whose data area is
     * longer so that one unit has the same length in pixels on both, and adds a note when points
     * fall outside it (or always keeps a line for the note, so that panels side by side get the
     * same plot size).
     */
    private static void fitView(JFreeChart chart, XYPlot plot, float[][] points, int width,
            int height, boolean reserveNote) {
        TextTitle outside = null;
        if (reserveNote) {
            // Panels side by side keep the same plot size whether or not they have a note.
            outside = note(" ");
            chart.addSubtitle(outside);
        }
        for (int pass = 0; pass < 3; pass++) {
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage scratch = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = scratch.createGraphics();
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
            g2.dispose();
            Rectangle2D area = info.getPlotInfo().getDataArea();
            double w = area.getWidth();
            double h = area.getHeight();
            double half = VIEW_HALF_WIDTH;
            if (w <= 0 || h <= 0) {
                plot.getDomainAxis().setRange(-half, half);
                plot.getRangeAxis().setRange(-half, half);
            } else if (w >= h) {
                plot.getDomainAxis().setRange(-half * w / h, half * w / h);
                plot.getRangeAxis().setRange(-half, half);
            } else {
                plot.getDomainAxis().setRange(-half, half);
                plot.getRangeAxis().setRange(-half * h / w, half * h / w);
            }
            Range xr = plot.getDomainAxis().getRange();
            Range yr = plot.getRangeAxis().getRange();
            int out = 0;
            int nonFinite = 0;
            for (float[] p : points) {
                if (!finite(p)) {
                    nonFinite++;
                } else if (!xr.contains(p[0]) || !yr.contains(p[1])) {
                    out++;
                }
            }
            String text = outsideNote(out, nonFinite, points.length);
            if (text != null && outside == null) {
                outside = note(text);
                chart.addSubtitle(outside);
            } else if (outside != null) {
                outside.setText(text == null ? " " : text);
            }
        }
    }

    private static String outsideNote(int out, int nonFinite, int total) {
        List<String> parts = new ArrayList<>();
        if (out > 0) {
            parts.add(String.format(Locale.ROOT, "%d of %d points outside the view", out, total));
        }
        if (nonFinite > 0) {
            parts.add(String.format(Locale.ROOT, "%d points not finite", nonFinite));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static TextTitle note(String text) {
        TextTitle title = new TextTitle(text, new Font(FONT, Font.ITALIC, 13));
        title.setPaint(Color.DARK_GRAY);
        title.setPosition(RectangleEdge.TOP);
        title.setPadding(new RectangleInsets(0, 0, 4, 0));
        return title;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 15));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** An axis of the fixed view: ticks at whole numbers. */
    private static NumberAxis viewAxis(String label) {
        NumberAxis axis = axis(label);
        axis.setTickUnit(new NumberTickUnit(1.0));
        return axis;
    }

    private static Font titleFont(int size) {
        return new Font(FONT, Font.BOLD, size);
    }

    private static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
    }

    private static void save(Path file, JFreeChart chart, int width, int height)
            throws IOException {
        createParent(file);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** Colour of class k: Tableau 10, then hues spread by the golden angle. */
    static Color classColor(int k) {
        if (k < TABLEAU_10.length) {
            return TABLEAU_10[k];
        }
        float hue = (float) ((k * 0.618033988749895) % 1.0);
        return Color.getHSBColor(hue, 0.65f, 0.85f);
    }

    private static double dotSize(int pixels) {
        return Math.max(2.0, pixels / 230.0);
    }

    private static boolean finite(float[] p) {
        return Float.isFinite(p[0]) && Float.isFinite(p[1]);
    }

    private static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static int classCount(int[] labels, GaussianParams truth) {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        return Math.max(max + 1, truth == null ? 1 : truth.classes());
    }

    private static void checkPoints(float[][] points, int[] labels) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(labels, "labels");
        if (points.length != labels.length) {
            throw new IllegalArgumentException("labels must have one entry per point ("
                    + points.length + "), was " + labels.length);
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException("points[" + i + "] must have 2 entries");
            }
            if (labels[i] < 0) {
                throw new IllegalArgumentException("labels[" + i + "] must be >= 0, was " + labels[i]);
            }
        }
    }

    private static void checkSeries(String name, double[] series, int length) {
        if (series != null && series.length != length) {
            throw new IllegalArgumentException(name + " must have one value per iteration (" + length
                    + "), was " + series.length);
        }
    }

    private static void checkSize(String name, int pixels) {
        if (pixels < 200) {
            throw new IllegalArgumentException(name + " must be >= 200 pixels, was " + pixels);
        }
    }

}
