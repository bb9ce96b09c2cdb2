package io.github.cwgan.nd4j.internal;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The conditional WGAN-GP losses of one batch, with exact gradients (penalty included).
 *
 * <p>For a batch of B rows: real data x ({@link #realData()}, B×d) with condition encodings y
 * ({@link #conditions()}, B×c); fake x̃ = G([z, y]) from {@link #noise()} (B×n_z), noise columns
 * first; ε ({@link #epsilon()}, B×1), one per row; x̂ = εx + (1−ε)x̃. The critic scores {@code [x,
 * y]} rows.
 *
 * <ul>
 *   <li>Critic loss = mean D(x̃, y) − mean D(x, y) + λ·mean_i (‖g_i‖ − 1)², g_i = ∂D(x̂_i, y_i)/∂x̂_i
 *       over the d data columns only, ‖g‖ = sqrt(Σg² + 1e-12). One critic forward runs over 3B
 *       stacked rows (real, fake, interpolated), one mask draw per row; the gradient with respect
 *       to every critic parameter (double backprop for the penalty) is written to {@code
 *       critic.gradients()} (overwritten). The generator's gradients are not touched.
 *   <li>Generator loss = −mean D(G(z, y), y), critic in training mode (dropout active); the
 *       gradient with respect to every generator parameter is written to {@code
 *       generator.gradients()} (overwritten); the critic's gradients are not touched.
 * </ul>
 *
 * <p>{@link #criticStep(Rng)} and {@link #generatorStep(Rng)} draw all randomness, then evaluate.
 * For replay (finite differences), call {@code draw...Randomness} once (or write noise, ε and
 * masks yourself) and then {@link #evaluateCritic()} / {@link #evaluateGenerator()} any number of
 * times: evaluation draws nothing. Draw order: critic step — noise, generator masks (B rows), ε,
 * critic masks (3B rows); generator step — noise, generator masks, critic masks (B rows).
 *
 * <p>The caller fills {@link #realData()} and {@link #conditions()} (or {@link #setRow}) before each
 * step. Not thread-safe.
 */
public final class WganGpStep implements AutoCloseable {
    /** Guard inside the norm: ‖g‖ = sqrt(Σg² + NORM_GUARD). */
    public static final double NORM_GUARD = 1e-12;

    private final DenseStack generator;
    private final DenseStack critic;
    private final int dataWidth;
    private final int conditionWidth;
    private final int noiseWidth;
    private final int batch;
    private double lambda;
    private boolean wassersteinTerms = true;

    private final DenseStack.Tape genTape;
    private final DenseStack.Tape criticTape;
    private final INDArray flat;
    private final Mat real;
    private final Mat cond;
    private final Mat noise;
    private final Mat eps;
    private final double[] norms;

    /** Results of one critic evaluation. */
    public record CriticLoss(double loss, double wasserstein, double penalty, double meanReal,
            double meanFake) {}

    /**
     * @param generator maps {@code noiseWidth + conditionWidth} columns to the data width d
     * @param critic maps {@code d + conditionWidth} columns to 1
     * @param noiseWidth number of noise columns n_z (&gt;= 1)
     * @param conditionWidth number of condition-encoding columns c (&gt;= 0)
     * @param batchSize B, rows per batch (&gt;= 1); the critic tape holds 3B rows
     * @param lambda penalty weight λ (&gt;= 0)
     */
    public WganGpStep(DenseStack generator, DenseStack critic, int noiseWidth, int conditionWidth,
            int batchSize, double lambda) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.critic = Objects.requireNonNull(critic, "critic");
        if (noiseWidth < 1) {
            throw new IllegalArgumentException("noiseWidth must be >= 1, was " + noiseWidth);
        }
        if (conditionWidth < 0) {
            throw new IllegalArgumentException("conditionWidth must be >= 0, was " + conditionWidth);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
        }
        if (generator.dataType() != critic.dataType()) {
            throw new IllegalArgumentException("generator and critic must share a data type");
        }
        this.dataWidth = generator.outputWidth();
        if (generator.inputWidth() != noiseWidth + conditionWidth) {
            throw new IllegalArgumentException("generator input width must be noiseWidth + "
                    + "conditionWidth = " + (noiseWidth + conditionWidth) + ", was " + generator.inputWidth());
        }
        if (critic.inputWidth() != dataWidth + conditionWidth) {
            throw new IllegalArgumentException("critic input width must be data width + conditionWidth"
                    + " = " + (dataWidth + conditionWidth) + ", was " + critic.inputWidth());
        }
        if (critic.outputWidth() != 1) {
            throw new IllegalArgumentException("critic output width must be 1, was "
                    + critic.outputWidth());
        }
        this.noiseWidth = noiseWidth;
        this.conditionWidth = conditionWidth;
        this.batch = batchSize;
        setLambda(lambda);
        this.genTape = generator.newTape(batchSize);
        this.criticTape = critic.newTape(3 * batchSize);
        long total = (long) batchSize * (dataWidth + conditionWidth + noiseWidth + 1);
        this.flat = Nd4j.create(generator.dataType(), total);
        long o = 0;
        real = Mat.of(flat, o, batchSize, dataWidth);
        o += (long) batchSize * dataWidth;
        cond = Mat.of(flat, o, batchSize, conditionWidth);
        o += (long) batchSize * conditionWidth;
        noise = Mat.of(flat, o, batchSize, noiseWidth);
        o += (long) batchSize * noiseWidth;
        eps = Mat.of(flat, o, batchSize, 1);
        this.norms = new double[batchSize];
    }

    /** Sets λ (&gt;= 0). */
    public void setLambda(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
        this.lambda = lambda;
    }

    public double lambda() {
        return lambda;
    }

    /**
     * Test hook: with {@code false} the critic loss is the penalty alone (the D(real) and D(fake)
     * terms are left out of loss and gradient). Default true.
     */
    public void setWassersteinTerms(boolean include) {
        this.wassersteinTerms = include;
    }

    public int batchSize() {
        return batch;
    }

    /** Real data rows x, view {@code [B, d]}; the caller fills it. */
    public INDArray realData() {
        return real.view();
    }

    /** Condition encodings y, view {@code [B, c]}; the caller fills it. */
    public INDArray conditions() {
        return cond.view();
    }

    /** Generator noise z, view {@code [B, n_z]}. */
    public INDArray noise() {
        return noise.view();
    }

    /** Interpolation weights ε, view {@code [B, 1]}. */
    public INDArray epsilon() {
        return eps.view();
    }

    /** Sets row {@code row} of the real data and the conditions (lengths d and c). */
    public void setRow(int row, float[] data, float[] condition) {
        checkRow(row, data.length, condition.length);
        for (int j = 0; j < dataWidth; j++) {
            real.set(row * dataWidth + j, data[j]);
        }
        for (int j = 0; j < conditionWidth; j++) {
            cond.set(row * conditionWidth + j, condition[j]);
        }
        real.push(row * dataWidth, dataWidth);
        cond.push(row * conditionWidth, conditionWidth);
    }

    /** Sets row {@code row} of the real data and the conditions (lengths d and c). */
    public void setRow(int row, double[] data, double[] condition) {
        checkRow(row, data.length, condition.length);
        for (int j = 0; j < dataWidth; j++) {
            real.set(row * dataWidth + j, data[j]);
        }
        for (int j = 0; j < conditionWidth; j++) {
            cond.set(row * conditionWidth + j, condition[j]);
        }
        real.push(row * dataWidth, dataWidth);
        cond.push(row * conditionWidth, conditionWidth);
    }

    /** Sets only the conditions of row {@code row} (for a generator step). */
    public void setCondition(int row, float[] condition) {
        checkRow(row, dataWidth, condition.length);
        for (int j = 0; j < conditionWidth; j++) {
            cond.set(row * conditionWidth + j, condition[j]);
        }
        cond.push(row * conditionWidth, conditionWidth);
    }

    private void checkRow(int row, int d, int c) {
        if (row < 0 || row >= batch) {
            throw new IndexOutOfBoundsException("row " + row + " outside batch of " + batch);
        }
        if (d != dataWidth || c != conditionWidth) {
            throw new IllegalArgumentException("row needs " + dataWidth + " data and " + conditionWidth
                    + " condition values, got " + d + " and " + c);
        }
    }

    /** The generator's tape (B rows): masks, activations, output x̃ after a step. */
    public DenseStack.Tape generatorTape() {
        return genTape;
    }

    /** The critic's tape (3B rows: real, fake, interpolated) for masks and inspection. */
    public DenseStack.Tape criticTape() {
        return criticTape;
    }

    /** ‖g_i‖ of row i from the last critic evaluation. */
    public double gradientNorm(int row) {
        return norms[row];
    }

    /** Draws the randomness of a critic step: noise, generator masks, ε, critic masks. */
    public void drawCriticRandomness(Rng rng) {
        rng.fillNormal(noise, 0, batch * noiseWidth);
        noise.push(0, batch * noiseWidth);
        generator.drawDropoutMasks(genTape, batch, rng);
        rng.fillUniform(eps, 0, batch);
        eps.push(0, batch);
        critic.drawDropoutMasks(criticTape, 3 * batch, rng);
    }

    /** Draws the randomness of a generator step: noise, generator masks, critic masks. */
    public void drawGeneratorRandomness(Rng rng) {
        rng.fillNormal(noise, 0, batch * noiseWidth);
        noise.push(0, batch * noiseWidth);
        generator.drawDropoutMasks(genTape, batch, rng);
        critic.drawDropoutMasks(criticTape, batch, rng);
    }

    /** Draws, then {@link #evaluateCritic()}. */
    public CriticLoss criticStep(Rng rng) {
        drawCriticRandomness(rng);
        return evaluateCritic();
    }

    /** Draws, then {@link #evaluateGenerator()}. */
    public double generatorStep(Rng rng) {
        drawGeneratorRandomness(rng);
        return evaluateGenerator();
    }

    /** Generates x̃ = G([z, y]) for the current noise and conditions into the generator tape. */
    private void generate() {
        real.pull(0, real.size());
        cond.pull(0, cond.size());
        noise.pull(0, noise.size());
        eps.pull(0, eps.size());
        Mat gin = genTape.h[0];
        int gw = noiseWidth + conditionWidth;
        for (int r = 0; r < batch; r++) {
            gin.copy(r * gw, noise, r * noiseWidth, noiseWidth);
            gin.copy(r * gw + noiseWidth, cond, r * conditionWidth, conditionWidth);
        }
        gin.push(0, batch * gw);
        generator.forward(genTape, batch, true);
    }

    /**
     * Critic loss and its gradient (into {@code critic.gradients()}, overwritten) for the current
     * real data, conditions, noise, ε and masks. Draws nothing.
     */
    public CriticLoss evaluateCritic() {
        generate();
        int d = dataWidth;
        int c = conditionWidth;
        int cw = d + c;
        int b = batch;
        Mat fake = genTape.h[generator.layerCount()];
        Mat x = criticTape.h[0];
        for (int r = 0; r < b; r++) {
            int ir = r * cw;
            int ifk = (b + r) * cw;
            int ii = (2 * b + r) * cw;
            double e = eps.get(r);
            for (int j = 0; j < d; j++) {
                double xr = real.get(r * d + j);
                double xf = fake.get(r * d + j);
                x.set(ir + j, xr);
                x.set(ifk + j, xf);
                x.set(ii + j, e * xr + (1 - e) * xf);
            }
            for (int j = 0; j < c; j++) {
                double y = cond.get(r * c + j);
                x.set(ir + d + j, y);
                x.set(ifk + d + j, y);
                x.set(ii + d + j, y);
            }
        }
        x.push(0, 3 * b * cw);
        critic.forward(criticTape, 3 * b, true);

        int top = critic.layerCount();
        Mat out = criticTape.h[top];
        Mat seed = criticTape.g[top];
        double sumReal = 0;
        double sumFake = 0;
        double w = wassersteinTerms ? 1.0 / b : 0.0;
        for (int r = 0; r < b; r++) {
            sumReal += out.get(r);
            sumFake += out.get(b + r);
            seed.set(r, -w);
            seed.set(b + r, w);
            seed.set(2 * b + r, 1);
        }
        seed.push(0, 3 * b);
        critic.backward(criticTape, 3 * b);

        Mat g0 = criticTape.g[0];
        Mat gbar0 = criticTape.gbar[0];
        double penaltySum = 0;
        double scale = 2 * lambda / b;
        for (int r = 0; r < b; r++) {
            int i0 = (2 * b + r) * cw;
            double s = 0;
            for (int j = 0; j < d; j++) {
                double gj = g0.get(i0 + j);
                s += gj * gj;
            }
            double n = Math.sqrt(s + NORM_GUARD);
            norms[r] = n;
            penaltySum += (n - 1) * (n - 1);
            double coef = scale * (n - 1) / n;
            for (int j = 0; j < d; j++) {
                gbar0.set(i0 + j, coef * g0.get(i0 + j));
            }
            for (int j = d; j < cw; j++) {
                gbar0.set(i0 + j, 0);
            }
        }
        gbar0.push(2 * b * cw, b * cw);
        critic.zeroGradients();
        if (wassersteinTerms) {
            critic.accumulateParameterGradients(criticTape, 0, 2 * b);
        }
        critic.backwardOfBackward(criticTape, 2 * b, 3 * b);

        double meanReal = sumReal / b;
        double meanFake = sumFake / b;
        double penalty = lambda * penaltySum / b;
        double loss = (wassersteinTerms ? meanFake - meanReal : 0) + penalty;
        return new CriticLoss(loss, meanReal - meanFake, penalty, meanReal, meanFake);
    }

    /**
     * Generator loss −mean D(G(z, y), y) and its gradient (into {@code generator.gradients()},
     * overwritten) for the current noise, conditions and masks, critic in training mode. Draws
     * nothing; leaves the critic's parameters and gradients as they are.
     */
    public double evaluateGenerator() {
        generate();
        int d = dataWidth;
        int c = conditionWidth;
        int cw = d + c;
        int b = batch;
        Mat fake = genTape.h[generator.layerCount()];
        Mat x = criticTape.h[0];
        for (int r = 0; r < b; r++) {
            x.copy(r * cw, fake, r * d, d);
            x.copy(r * cw + d, cond, r * c, c);
        }
        x.push(0, b * cw);
        critic.forward(criticTape, b, true);
        int top = critic.layerCount();
        Mat out = criticTape.h[top];
        Mat seed = criticTape.g[top];
        double sum = 0;
        for (int r = 0; r < b; r++) {
            sum += out.get(r);
            seed.set(r, -1.0 / b);
        }
        seed.push(0, b);
        critic.backward(criticTape, b);
        Mat gseed = genTape.g[generator.layerCount()];
        Mat g0 = criticTape.g[0];
        for (int r = 0; r < b; r++) {
            gseed.copy(r * d, g0, r * cw, d);
        }
        gseed.push(0, b * d);
        generator.backward(genTape, b);
        generator.zeroGradients();
        generator.accumulateParameterGradients(genTape, 0, b);
        return -sum / b;
    }

    @Override
    public void close() {
        genTape.close();
        criticTape.close();
        flat.close();
    }
}
