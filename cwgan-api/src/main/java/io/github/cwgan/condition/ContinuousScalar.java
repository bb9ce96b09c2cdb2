package io.github.cwgan.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A continuous condition of one number, with values of type {@link Double}: the scalar form of
 * {@link Continuous}, made by {@link Continuous#scalar()}. It standardises, checks the training
 * range and allows extrapolation exactly as a {@link Continuous} of dimension 1 does.
 *
 * <pre>{@code
 * ContinuousScalar c = Continuous.scalar("c");
 * ConditionalDataset<Double> data = ConditionalDataset.of(c, rows, List.of(0.1, 0.5, 0.9));
 * float[][] xs = model.sample(0.3, 1000);
 * }</pre>
 *
 * <p>Logical type name in model files: {@code "continuous-scalar"}. Immutable and thread-safe.
 */
public final class ContinuousScalar implements Condition<Double> {

    /** The logical type name of scalar continuous conditions in model files. */
    public static final String TYPE_NAME = "continuous-scalar";

    private final Continuous vector;

    ContinuousScalar(Continuous vector) {
        this.vector = vector;
    }

    /** This condition with extrapolation allowed (see {@link Continuous#allowExtrapolation()}). */
    public ContinuousScalar allowExtrapolation() {
        return new ContinuousScalar(vector.allowExtrapolation());
    }

    /** Whether values outside the training range are accepted; default false. */
    public boolean extrapolationAllowed() {
        return vector.extrapolationAllowed();
    }

    /** The number's name, if it has one. */
    public Optional<String> name() {
        return vector.name(0);
    }

    /** Whether this condition holds statistics learned by {@link #fit(List)}. */
    public boolean isFitted() {
        return vector.isFitted();
    }

    /**
     * The training values' mean.
     *
     * @throws IllegalStateException if the condition is not fitted
     */
    public double mean() {
        return vector.mean()[0];
    }

    /**
     * The standard deviation used for standardisation (1 if the training values were constant).
     *
     * @throws IllegalStateException if the condition is not fitted
     */
    public double standardDeviation() {
        return vector.standardDeviation()[0];
    }

    /**
     * The smallest training value.
     *
     * @throws IllegalStateException if the condition is not fitted
     */
    public double min() {
        return vector.min()[0];
    }

    /**
     * The largest training value.
     *
     * @throws IllegalStateException if the condition is not fitted
     */
    public double max() {
        return vector.max()[0];
    }

    /** The equivalent {@link Continuous} condition of dimension 1 (values {@code double[1]}). */
    public Continuous asVector() {
        return vector;
    }

    /**
     * Learns the mean, standard deviation and range of the training values; returns a fitted copy.
     *
     * @throws IllegalArgumentException if there are no values or one is null or not finite
     */
    @Override
    public ContinuousScalar fit(List<? extends Double> trainingValues) {
        Objects.requireNonNull(trainingValues, "trainingValues");
        List<double[]> values = new ArrayList<>(trainingValues.size());
        for (int i = 0; i < trainingValues.size(); i++) {
            Double v = trainingValues.get(i);
            if (v == null) {
                throw new IllegalArgumentException("training value " + i + " is null");
            }
            values.add(new double[] {v});
        }
        return new ContinuousScalar(vector.fit(values));
    }

    /** Another scalar condition of the same name (statistics and the extrapolation flag aside). */
    @Override
    public boolean isCompatibleWith(Condition<?> other) {
        return other instanceof ContinuousScalar s && vector.isCompatibleWith(s.vector);
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public Class<Double> valueType() {
        return Double.class;
    }

    /** Checks that the value is finite and, when fitted without extrapolation, in the training range. */
    @Override
    public void validate(Double value) {
        Objects.requireNonNull(value, "continuous value");
        vector.validate(new double[] {value}, true);
    }

    @Override
    public void encode(Double value, float[] target, int offset) {
        validate(value);
        target[offset] = vector.encodeOne(0, value);
    }

    @Override
    public Double parse(List<String> fields) {
        Objects.requireNonNull(fields, "fields");
        if (fields.size() != 1) {
            throw new IllegalArgumentException("a continuous scalar is read from 1 field, got " + fields.size());
        }
        double v = Continuous.parseNumber(fields.get(0), "scalar");
        validate(v);
        return v;
    }

    /** The number as {@link Double#toString(double)}, which parses back to exactly the same number. */
    @Override
    public List<String> toFields(Double value) {
        Objects.requireNonNull(value, "continuous value");
        return List.of(Double.toString(value));
    }

    /** The parameters of the equivalent {@link Continuous} (with {@code "dimension" : 1}). */
    @Override
    public Map<String, Object> parameters() {
        return vector.parameters();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContinuousScalar s && s.vector.equals(vector);
    }

    @Override
    public int hashCode() {
        return 31 * vector.hashCode() + 1;
    }

    @Override
    public String toString() {
        String s = "Continuous.scalar(" + vector.name(0).map(n -> "\"" + n + "\"").orElse("") + ")";
        if (vector.extrapolationAllowed()) {
            s += ".allowExtrapolation()";
        }
        if (vector.isFitted()) {
            s += " fitted to range " + vector.ranges();
        }
        return s;
    }

    /** Reads {@code "continuous-scalar"} conditions from model files. Registered through {@code META-INF/services}. */
    public static final class Type implements ConditionType {

        /** Used by {@link java.util.ServiceLoader}. */
        public Type() {
        }

        @Override
        public String name() {
            return TYPE_NAME;
        }

        @Override
        public Condition<?> create(Map<String, Object> parameters) {
            Continuous c = Continuous.create(TYPE_NAME, parameters);
            if (c.dimension() != 1) {
                throw new IllegalArgumentException(TYPE_NAME + " parameter 'dimension' must be 1, was " + c.dimension());
            }
            return new ContinuousScalar(c);
        }
    }
}
