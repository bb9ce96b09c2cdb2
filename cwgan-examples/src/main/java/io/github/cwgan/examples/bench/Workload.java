package io.github.cwgan.examples.bench;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.network.Activation;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import java.util.Locale;

/**
 * The training workloads of the benchmark: the seed set-up of the 10-Gaussian experiment (noise 22,
 * one-hot 10, generator 128-256-256, critic 256-256-256 with dropout 0.5 after its 2nd and 3rd hidden
 * layers, ReLU, 5 critic steps, λ = 0.1, Adam(5e-5, 0.9, 0.999)) at two batch sizes, and with every
 * hidden layer 512 wide. {@code bench/compare-with-pytorch.sh} runs the same three with the PyTorch
 * reference.
 */
enum Workload {
    /** The seed set-up, batch 32. */
    BATCH32("batch32", "seed set-up, batch 32", 32, new int[] {128, 256, 256}, new int[] {256, 256, 256}),
    /** The seed set-up, batch 256. */
    BATCH256("batch256", "seed set-up, batch 256", 256, new int[] {128, 256, 256}, new int[] {256, 256, 256}),
    /** Every hidden layer 512 wide, batch 32. */
    WIDTH512("width512", "hidden 512-512-512 (both), batch 32", 32, new int[] {512, 512, 512},
            new int[] {512, 512, 512});

    private final String id;
    private final String description;
    private final int batchSize;
    private final int[] generatorHidden;
    private final int[] criticHidden;

    Workload(String id, String description, int batchSize, int[] generatorHidden, int[] criticHidden) {
        this.id = id;
        this.description = description;
        this.batchSize = batchSize;
        this.generatorHidden = generatorHidden;
        this.criticHidden = criticHidden;
    }

    /** The name used on the command line and in the JSON file. */
    String id() {
        return id;
    }

    String description() {
        return description;
    }

    int batchSize() {
        return batchSize;
    }

    /** The workload's model, seeded with {@code seed}. */
    ConditionalWgan<Integer> wgan(long seed) {
        return ConditionalWgan.builder()
                .dataDimension(2)
                .noiseDimension(22)
                .condition(OneHot.of(10))
                .generator(Mlp.hidden(generatorHidden).activation(Activation.relu()))
                .critic(Mlp.hidden(criticHidden).activation(Activation.relu()).dropout(0, 0.5, 0.5))
                .criticIterations(5)
                .gradientPenalty(0.1)
                .optimizer(Adam.of(5e-5, 0.9, 0.999))
                .batchSize(batchSize)
                .seed(seed)
                .build();
    }

    /** The workload named {@code id}. */
    static Workload parse(String id) {
        for (Workload w : values()) {
            if (w.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload '" + id + "': valid are batch32, batch256, width512");
    }
}
