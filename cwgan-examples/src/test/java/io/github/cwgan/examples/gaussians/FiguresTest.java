package io.github.cwgan.examples.gaussians;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresTest {

    private static GaussianParams truth;
    private static float[][] points;
    private static int[] labels;

    @TempDir static Path dir;

    @BeforeAll
    static void readData() {
        truth = GaussianParams.tenGaussians();
        LabelledPoints data = LabelledPoints.tenGaussians();
        points = data.points();
        labels = data.labels();
    }

    private static BufferedImage read(Path file) throws IOException {
        assertThat(file).exists();
        assertThat(Files.size(file)).isGreaterThan(1000);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        return image;
    }

    /** Counts pixels that are neither white nor grey: the coloured points and lines. */
    private static int colouredPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void headless_isSetWhenFiguresLoads() {
        assertThat(Figures.DEFAULT_WIDTH).isPositive(); // loads the class
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }

    @Test
    void scatter_realData_writesPngOfDefaultSize() throws IOException {
        Path file = dir.resolve("real-data.png");

        Figures.scatter(file, "Real data", points, labels);

        BufferedImage image = read(file);
        assertThat(image.getWidth()).isEqualTo(Figures.DEFAULT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(Figures.DEFAULT_HEIGHT);
        assertThat(colouredPixels(image)).isGreaterThan(5000);
    }

    @Test
    void scatter_withOutlinesAndSize_writesPngOfThatSize() throws IOException {
        Path file = dir.resolve("nested/generated.png");

        Figures.scatter(file, "Generated samples", points, labels, truth, 500, 400);

        BufferedImage image = read(file);
        assertThat(image.getWidth()).isEqualTo(500);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void scatter_outliersAndNaN_stillWrites() throws IOException {
        float[][] odd = {{0, 0}, {100, 100}, {Float.NaN, 1}, {1, 1}};
        Path file = dir.resolve("odd.png");

        Figures.scatter(file, "Odd", odd, new int[] {0, 1, 2, 3}, null, 400, 400);

        assertThat(read(file).getWidth()).isEqualTo(400);
    }

    @Test
    void scatter_lengthsDiffer_isRejected() {
        assertThatThrownBy(() -> Figures.scatter(dir.resolve("x.png"), "x", points, new int[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labels must have one entry per point");
    }

    @Test
    void scatter_tinySize_isRejected() {
        assertThatThrownBy(() -> Figures.scatter(dir.resolve("x.png"), "x", points, labels, null,
                100, 400))
                .hasMessageContaining("width must be >= 200 pixels, was 100");
    }

    @Test
    void criticScores_writesPngWithColourBar() throws IOException {
        double[] scores = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            scores[i] = -truth.squaredMahalanobis(points[i][0], points[i][1], labels[i]);
        }
        Path file = dir.resolve("critic-scores.png");

        Figures.criticScores(file, "Critic scores of generated samples", points, scores);

        BufferedImage image = read(file);
        assertThat(image.getWidth()).isEqualTo(Figures.DEFAULT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(Figures.DEFAULT_HEIGHT);
        assertThat(colouredPixels(image)).isGreaterThan(5000);
    }

    @Test
    void criticScores_allEqual_stillWrites() throws IOException {
        Path file = dir.resolve("flat-scores.png");

        Figures.criticScores(file, "Flat", points, new double[points.length], truth, 400, 300);

        BufferedImage image = read(file);
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void lossCurves_longRun_writesPngOfDefaultSize() throws IOException {
        int n = 30_000;
        long[] iterations = new long[n];
        double[] critic = new double[n];
        double[] generator = new double[n];
        double[] penalty = new double[n];
        double[] wasserstein = new double[n];
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            iterations[i] = i + 1;
            wasserstein[i] = Math.exp(-i / 3000.0) + 0.1 * random.nextGaussian();
            penalty[i] = 0.1 * Math.exp(-i / 500.0);
            critic[i] = -wasserstein[i] + penalty[i];
            generator[i] = 1 + 0.3 * random.nextGaussian();
        }
        Path file = dir.resolve("losses.png");

        Figures.lossCurves(file, iterations, critic, generator, penalty, wasserstein);

        BufferedImage image = read(file);
        assertThat(image.getWidth()).isEqualTo(Figures.DEFAULT_LOSS_WIDTH);
        assertThat(image.getHeight()).isEqualTo(Figures.DEFAULT_LOSS_HEIGHT);
        assertThat(colouredPixels(image)).isGreaterThan(2000);
    }

    @Test
    void lossCurves_someSeriesMissing_writesPng() throws IOException {
        long[] iterations = {1, 2, 3, 4};
        Path file = dir.resolve("losses-partial.png");

        Figures.lossCurves(file, iterations, new double[] {1, 2, Double.NaN, 4}, null, null, null,
                600, 400);

        BufferedImage image = read(file);
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void lossCurves_seriesLengthDiffers_namesTheSeries() {
        assertThatThrownBy(() -> Figures.lossCurves(dir.resolve("x.png"), new long[] {1, 2},
                new double[2], new double[3], null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generatorLoss must have one value per iteration (2), was 3");
    }

    @Test
    void lossCurves_allSeriesNull_isRejected() {
        assertThatThrownBy(() -> Figures.lossCurves(dir.resolve("x.png"), new long[] {1}, null, null,
                null, null))
                .hasMessageContaining("at least one loss series");
    }

    @Test
    void downsample_longSeries_averagesBucketsToAtMostMax() {
        int n = 4001;
        long[] iterations = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            iterations[i] = i;
            values[i] = 2.0 * i;
        }

        double[][] xy = Figures.downsample(iterations, values, 2000);

        // Buckets of ceil(4001 / 2000) = 3: 1334 points, the last bucket holding 3999 and 4000 only.
        assertThat(xy[0]).hasSize(1334);
        assertThat(xy[0][0]).isEqualTo(1.0);
        assertThat(xy[1][0]).isEqualTo(2.0);
        assertThat(xy[0][1333]).isEqualTo(3999.5);
        assertThat(xy[1][1333]).isEqualTo(7999.0);
    }

    @Test
    void downsample_shortSeries_keepsEveryValue() {
        double[][] xy = Figures.downsample(new long[] {5, 6, 7}, new double[] {1, Double.NaN, 3},
                2000);

        assertThat(xy[0]).containsExactly(5, 6, 7);
        assertThat(xy[1][0]).isEqualTo(1.0);
        assertThat(xy[1][1]).isNaN();
    }

    @Test
    void trainingStrip_fivePanels_writesPngOfPanelsWidth() throws IOException {
        Path file = dir.resolve("strip.png");
        long[] iterations = {6000, 12000, 18000, 24000, 30000};
        List<float[][]> samples = List.of(points, points, points, points, points);
        List<int[]> sampleLabels = List.of(labels, labels, labels, labels, labels);

        Figures.trainingStrip(file, iterations, samples, sampleLabels);

        BufferedImage image = read(file);
        assertThat(image.getWidth()).isEqualTo(5 * Figures.DEFAULT_PANEL_SIZE);
        assertThat(image.getHeight())
                .isEqualTo(Figures.DEFAULT_PANEL_SIZE + Figures.STRIP_LEGEND_HEIGHT);
        assertThat(colouredPixels(image)).isGreaterThan(5 * 2000);
    }

    @Test
    void trainingStrip_withOutlines_writesPngOfChosenPanelSize() throws IOException {
        Path file = dir.resolve("strip-outlined.png");

        Figures.trainingStrip(file, new long[] {100, 200}, List.of(points, points),
                List.of(labels, labels), truth, 250);

        BufferedImage image = read(file);
        assertThat(image.getWidth()).isEqualTo(500);
        assertThat(image.getHeight()).isEqualTo(250 + Figures.STRIP_LEGEND_HEIGHT);
    }

    @Test
    void trainingStrip_listSizesDiffer_isRejected() {
        assertThatThrownBy(() -> Figures.trainingStrip(dir.resolve("x.png"), new long[] {1, 2},
                List.<float[][]>of(points), List.<int[]>of(labels)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one entry per iteration (2), were 1 and 1");
    }

    @Test
    void ellipse_pointsOnIt_areAtMahalanobisThree() {
        java.awt.geom.PathIterator it = Figures.ellipse(truth, 8, 3.0).getPathIterator(null);
        double[] coords = new double[6];
        int checked = 0;
        while (!it.isDone()) {
            if (it.currentSegment(coords) != java.awt.geom.PathIterator.SEG_CLOSE) {
                assertThat(truth.squaredMahalanobis(coords[0], coords[1], 8)).isCloseTo(9.0,
                        within(1e-9));
                checked++;
            }
            it.next();
        }
        assertThat(checked).isGreaterThan(100);
    }
}
