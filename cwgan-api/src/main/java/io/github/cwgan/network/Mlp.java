package io.github.cwgan.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable specification of a multilayer perceptron: hidden layer widths, an activation and a
 * dropout probability per hidden layer, and an output activation.
 *
 * <p>Input and output widths are not part of the spec: they are inferred when the network is
 * assembled (generator: noise + condition &rarr; data; critic: data + condition &rarr; 1).
 *
 * <pre>{@code
 * Mlp generator = Mlp.hidden(128, 256, 256).activation(Activation.relu());
 * Mlp critic = Mlp.hidden(256, 256, 256).activation(Activation.relu()).dropout(0, 0.5, 0.5);
 * }</pre>
 *
 * <p>Defaults: ReLU after every hidden layer, no dropout, identity output activation.
 * Every "with" method returns a new spec; this one is unchanged.
 *
 * @param hiddenWidths      the width of each hidden layer, in order; at least one, each &ge; 1
 * @param activations       one activation per hidden layer
 * @param dropouts          one dropout probability in [0, 1) per hidden layer, applied after its
 *                          activation during training (inverted dropout); 0 means none
 * @param outputActivation  the activation of the output layer
 */
public record Mlp(List<Integer> hiddenWidths, List<Activation> activations, List<Double> dropouts,
                  Activation outputActivation) {

    /** The largest width accepted for one layer. */
    public static final int MAX_WIDTH = 1 << 16;

    /**
     * Validates and copies the lists.
     *
     * @throws IllegalArgumentException naming the field and the value when a width is out of
     *                                  range, a dropout probability is outside [0, 1), or the lists
     *                                  do not have one entry per hidden layer
     */
    public Mlp {
        Objects.requireNonNull(hiddenWidths, "hiddenWidths");
        Objects.requireNonNull(activations, "activations");
        Objects.requireNonNull(dropouts, "dropouts");
        Objects.requireNonNull(outputActivation, "outputActivation");
        hiddenWidths = List.copyOf(hiddenWidths);
        activations = List.copyOf(activations);
        dropouts = List.copyOf(dropouts);
        if (hiddenWidths.isEmpty()) {
            throw new IllegalArgumentException("hidden widths must name at least one layer, was []");
        }
        for (int i = 0; i < hiddenWidths.size(); i++) {
            int w = hiddenWidths.get(i);
            if (w < 1 || w > MAX_WIDTH) {
                throw new IllegalArgumentException("hidden width of layer " + i + " must be in [1, "
                        + MAX_WIDTH + "], was " + w);
            }
        }
        int n = hiddenWidths.size();
        if (activations.size() != n) {
            throw new IllegalArgumentException("activations must have one entry per hidden layer ("
                    + n + "), had " + activations.size());
        }
        if (dropouts.size() != n) {
            throw new IllegalArgumentException("dropouts must have one entry per hidden layer ("
                    + n + "), had " + dropouts.size());
        }
        for (int i = 0; i < n; i++) {
            double p = dropouts.get(i);
            if (!(p >= 0 && p < 1)) {
                throw new IllegalArgumentException("dropout of layer " + i + " must be in [0, 1), was " + p);
            }
        }
    }

    /**
     * A spec with the given hidden widths, ReLU activations, no dropout and an identity output.
     *
     * @param widths the width of each hidden layer, at least one
     */
    public static Mlp hidden(int... widths) {
        Objects.requireNonNull(widths, "widths");
        List<Integer> w = new ArrayList<>();
        for (int x : widths) {
            w.add(x);
        }
        return new Mlp(w, Collections.nCopies(widths.length, Activation.relu()), Collections.nCopies(widths.length, 0.0), Activation.identity());
    }

    /** The number of hidden layers. */
    public int depth() {
        return hiddenWidths.size();
    }

    /** This spec with one activation for every hidden layer. */
    public Mlp activation(Activation activation) {
        Objects.requireNonNull(activation, "activation");
        return new Mlp(hiddenWidths, Collections.nCopies(depth(), activation), dropouts, outputActivation);
    }

    /** This spec with one activation per hidden layer, in order. */
    public Mlp activations(Activation... perLayer) {
        Objects.requireNonNull(perLayer, "activations");
        return new Mlp(hiddenWidths, Arrays.asList(perLayer.clone()), dropouts, outputActivation);
    }

    /**
     * This spec with the same dropout probability after every hidden layer.
     *
     * @param probability in [0, 1)
     */
    public Mlp dropout(double probability) {
        return new Mlp(hiddenWidths, activations, Collections.nCopies(depth(), probability), outputActivation);
    }

    /**
     * This spec with one dropout probability per hidden layer, in order; 0 for none.
     *
     * @param perLayer each in [0, 1)
     */
    public Mlp dropout(double... perLayer) {
        Objects.requireNonNull(perLayer, "dropouts");
        if (perLayer.length == 1) {
            return dropout(perLayer[0]);
        }
        List<Double> d = new ArrayList<>();
        for (double p : perLayer) {
            d.add(p);
        }
        return new Mlp(hiddenWidths, activations, d, outputActivation);
    }

    /** This spec with the given output activation (default: identity). */
    public Mlp outputActivation(Activation activation) {
        return new Mlp(hiddenWidths, activations, dropouts, activation);
    }

    /** Whether any hidden layer applies dropout. */
    public boolean hasDropout() {
        return dropouts.stream().anyMatch(p -> p > 0);
    }

    /** The number of trainable parameters when assembled between {@code in} and {@code out} units. */
    public long parameterCount(int in, int out) {
        long count = 0;
        int prev = in;
        for (int w : hiddenWidths) {
            count += (long) prev * w + w;
            prev = w;
        }
        return count + (long) prev * out + out;
    }
}
