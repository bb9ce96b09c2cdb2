package io.github.cwgan.condition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A continuous condition: a vector of {@link #dimension()} real numbers, such as a temperature and a
 * pressure. Values are {@code double[]} of that length; dimensions may carry names. For one number,
 * {@link #scalar()} gives a condition whose values are plain {@link Double}s.
 *
 * <pre>{@code
 * Continuous weather = Continuous.of("temperature", "pressure");   // values: double[2]
 * ContinuousScalar c = Continuous.scalar();                        // values: Double
 * Continuous free = Continuous.of(2).allowExtrapolation();         // sampling outside the range is allowed
 * }</pre>
 *
 * <p><b>Standardisation.</b> Networks learn best from inputs of about unit scale. When a model is
 * fitted, the backend calls {@link #fit(List)}, which learns each dimension's mean and (population)
 * standard deviation from the training rows and the range {@code [min, max]} seen there; the model
 * keeps that fitted condition (see {@code model.config().condition()}) and its files store the
 * statistics. A fitted condition encodes value {@code v} as {@code (v − mean) / sd} per dimension
 * (a dimension that is constant in the data gets sd 1); an unfitted one encodes the raw values.
 *
 * <p><b>Range.</b> A generator knows nothing about conditions it never saw. A fitted condition
 * therefore rejects values outside the training range with a message naming the value, the
 * dimension and the range, unless the condition was created with {@link #allowExtrapolation()}
 * (a flag that survives fitting and model files).
 *
 * <p>Every value must have exactly {@code dimension()} numbers, all finite: NaN and infinities are
 * errors naming the dimension. Logical type name in model files: {@code "continuous"}. Immutable
 * and thread-safe.
 */
public final class Continuous implements Condition<double[]> {

    /** The logical type name of continuous conditions in model files. */
    public static final String TYPE_NAME = "continuous";

    /** The largest dimension accepted. */
    public static final int MAX_DIMENSION = 1 << 16;

    private final int dimension;
    private final List<String> names;
    private final boolean extrapolation;
    /** Null when unfitted; otherwise the four statistics of the training values. */
    private final double[] mean;
    private final double[] sd;
    private final double[] min;
    private final double[] max;

    private Continuous(int dimension, List<String> names, boolean extrapolation, double[] mean, double[] sd,
                       double[] min, double[] max) {
        this.dimension = dimension;
        this.names = names;
        this.extrapolation = extrapolation;
        this.mean = mean;
        this.sd = sd;
        this.min = min;
        this.max = max;
    }

    /**
     * An unfitted continuous condition over {@code dimension} unnamed numbers.
     *
     * @throws IllegalArgumentException if {@code dimension} is not in [1, {@value #MAX_DIMENSION}]
     */
    public static Continuous of(int dimension) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("continuous dimension must be in [1, " + MAX_DIMENSION + "], was "
                    + dimension);
        }
        return new Continuous(dimension, List.of(), false, null, null, null, null);
    }

    /**
     * An unfitted continuous condition over named numbers; dimension {@code i} is {@code names[i]}.
     *
     * @throws IllegalArgumentException if a name is blank or repeated, or there are none
     */
    public static Continuous of(String... names) {
        Objects.requireNonNull(names, "names");
        return of(Arrays.asList(names));
    }

    /**
     * An unfitted continuous condition over named numbers; dimension {@code i} is {@code names.get(i)}.
     *
     * @throws IllegalArgumentException if a name is blank or repeated, or there are none
     */
    public static Continuous of(List<String> names) {
        Objects.requireNonNull(names, "names");
        if (names.size() > MAX_DIMENSION) {
            throw new IllegalArgumentException("continuous dimension must be in [1, " + MAX_DIMENSION + "], was "
                    + names.size());
        }
        List<String> checked = Parameters.checkNames("continuous dimension name", "dimension", names);
        return new Continuous(checked.size(), checked, false, null, null, null, null);
    }

    /** An unfitted scalar condition: one unnamed number, values of type {@link Double}. */
    public static ContinuousScalar scalar() {
        return new ContinuousScalar(of(1));
    }

    /** An unfitted scalar condition: one number called {@code name}, values of type {@link Double}. */
    public static ContinuousScalar scalar(String name) {
        return new ContinuousScalar(of(name));
    }

    /**
     * This condition with extrapolation allowed: once fitted, it encodes values outside the training
     * range instead of rejecting them. The statistics, if any, are kept.
     */
    public Continuous allowExtrapolation() {
        return new Continuous(dimension, names, true, mean, sd, min, max);
    }

    /** Whether values outside the training range are accepted; default false. */
    public boolean extrapolationAllowed() {
        return extrapolation;
    }

    /** The dimension names, or an empty list for unnamed dimensions. */
    public List<String> names() {
        return names;
    }

    /** Whether this condition holds statistics learned by {@link #fit(List)}. */
    public boolean isFitted() {
        return mean != null;
    }

    /**
     * The training values' mean per dimension.
     *
     * @throws IllegalStateException if the condition is not fitted
     */
    public double[] mean() {
        return fitted(mean).clone();
    }

    /**
     * The standard deviation per dimension used for standardisation (population standard deviation of
     * the training values; 1 for a dimension that was constant).
     *
     * @throws IllegalStateException if the condition is not fitted
     */
    public double[] standardDeviation() {
        return fitted(sd).clone();
    }

    /**
     * The smallest training value per dimension.
     *
     * @throws IllegalStateException if the condition is not fitted
     */
    public double[] min() {
        return fitted(min).clone();
    }

    /**
     * The largest training value per dimension.
     *
     * @throws IllegalStateException if the condition is not fitted
     */
    public double[] max() {
        return fitted(max).clone();
    }

    private double[] fitted(double[] a) {
        if (a == null) {
            throw new IllegalStateException(this + " is not fitted: its statistics are learned when a model is "
                    + "fitted; use model.config().condition()");
        }
        return a;
    }

    /**
     * Learns each dimension's mean, standard deviation and range from the training values and returns
     * a fitted copy of this condition (same dimension, names and extrapolation flag). A fitted
     * condition fitted again learns afresh.
     *
     * @throws IllegalArgumentException if there are no values, or one has the wrong length or is not
     *                                  finite (naming its index)
     */
    @Override
    public Continuous fit(List<? extends double[]> trainingValues) {
        Objects.requireNonNull(trainingValues, "trainingValues");
        if (trainingValues.isEmpty()) {
            throw new IllegalArgumentException("a continuous condition is fitted to at least one value, had none");
        }
        int n = trainingValues.size();
        double[] m = new double[dimension];
        double[] lo = new double[dimension];
        double[] hi = new double[dimension];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double[] v = trainingValues.get(i);
            try {
                checkShape(v, false);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("training value " + i + ": " + e.getMessage(), e);
            }
            for (int d = 0; d < dimension; d++) {
                m[d] += v[d];
                lo[d] = Math.min(lo[d], v[d]);
                hi[d] = Math.max(hi[d], v[d]);
            }
        }
        double[] s = new double[dimension];
        for (int d = 0; d < dimension; d++) {
            m[d] /= n;
        }
        for (double[] v : trainingValues) {
            for (int d = 0; d < dimension; d++) {
                double e = v[d] - m[d];
                s[d] += e * e;
            }
        }
        for (int d = 0; d < dimension; d++) {
            s[d] = Math.sqrt(s[d] / n);
            if (!(s[d] > 0) || !Double.isFinite(s[d]) || !Double.isFinite(m[d])) {
                if (!Double.isFinite(m[d])) {
                    throw new IllegalArgumentException("the training values of " + dimensionName(d)
                            + " are too large to average");
                }
                s[d] = 1.0;
            }
        }
        return new Continuous(dimension, names, extrapolation, m, s, lo, hi);
    }

    /** The same dimension and names (statistics and the extrapolation flag aside). */
    @Override
    public boolean isCompatibleWith(Condition<?> other) {
        return other instanceof Continuous c && c.dimension == dimension && c.names.equals(names);
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public Class<double[]> valueType() {
        return double[].class;
    }

    /**
     * Checks the length, that every number is finite and, when fitted without
     * {@link #allowExtrapolation()}, that every number lies in the training range.
     */
    @Override
    public void validate(double[] value) {
        validate(value, false);
    }

    void validate(double[] value, boolean scalar) {
        checkShape(value, scalar);
        if (mean != null && !extrapolation) {
            for (int d = 0; d < dimension; d++) {
                if (value[d] < min[d] || value[d] > max[d]) {
                    throw new IllegalArgumentException("value " + value[d] + (scalar ? "" : " of " + dimensionName(d))
                            + " is outside the training range [" + min[d] + ", " + max[d]
                            + "]; the model has not seen such conditions. To sample there anyway, train with "
                            + (scalar ? "Continuous.scalar()" : "Continuous.of(" + dimension + ")")
                            + ".allowExtrapolation()");
                }
            }
        }
    }

    private void checkShape(double[] value, boolean scalar) {
        Objects.requireNonNull(value, "continuous value");
        if (value.length != dimension) {
            throw new IllegalArgumentException("a continuous value must have " + dimension + " number"
                    + (dimension == 1 ? "" : "s") + " (dimension " + dimension + "), had " + value.length
                    + ": " + Arrays.toString(value));
        }
        for (int d = 0; d < dimension; d++) {
            if (!Double.isFinite(value[d])) {
                throw new IllegalArgumentException("value " + value[d] + (scalar ? "" : " of " + dimensionName(d))
                        + " is not finite: continuous values must be finite numbers (no NaN or infinity)");
            }
        }
    }

    private String dimensionName(int d) {
        return "dimension " + d + (names.isEmpty() ? "" : " ('" + names.get(d) + "')");
    }

    /** Writes the standardised values (the raw values when unfitted). Validates first. */
    @Override
    public void encode(double[] value, float[] target, int offset) {
        validate(value);
        for (int d = 0; d < dimension; d++) {
            target[offset + d] = encodeOne(d, value[d]);
        }
    }

    float encodeOne(int d, double v) {
        return (float) (mean == null ? v : (v - mean[d]) / sd[d]);
    }

    /** Parses one number per dimension (Java's {@link Double#parseDouble} syntax; spaces ignored). */
    @Override
    public double[] parse(List<String> fields) {
        Objects.requireNonNull(fields, "fields");
        if (fields.size() != dimension) {
            throw new IllegalArgumentException("a continuous value of dimension " + dimension + " is read from "
                    + dimension + " field" + (dimension == 1 ? "" : "s") + ", got " + fields.size());
        }
        double[] v = new double[dimension];
        for (int d = 0; d < dimension; d++) {
            v[d] = parseNumber(fields.get(d), dimensionName(d));
        }
        validate(v);
        return v;
    }

    static double parseNumber(String field, String what) {
        String text = field == null ? "" : field.strip();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number (continuous " + what + ")");
        }
    }

    /** One field per dimension. */
    @Override
    public int fieldCount() {
        return dimension;
    }

    /** Each number as {@link Double#toString(double)}, which parses back to exactly the same number. */
    @Override
    public List<String> toFields(double[] value) {
        checkShape(value, false);
        List<String> out = new ArrayList<>(dimension);
        for (double v : value) {
            out.add(Double.toString(v));
        }
        return out;
    }

    @Override
    public String format(double[] value) {
        return value == null ? "null" : Arrays.toString(value);
    }

    /**
     * {@code dimension}, {@code names} (when named), {@code allowExtrapolation}, and when fitted the
     * lists {@code mean}, {@code standardDeviation}, {@code min} and {@code max}.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("dimension", dimension);
        if (!names.isEmpty()) {
            p.put("names", names);
        }
        p.put("allowExtrapolation", extrapolation);
        if (mean != null) {
            p.put("mean", list(mean));
            p.put("standardDeviation", list(sd));
            p.put("min", list(min));
            p.put("max", list(max));
        }
        return p;
    }

    private static List<Double> list(double[] a) {
        List<Double> out = new ArrayList<>(a.length);
        for (double x : a) {
            out.add(x);
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Continuous c && c.dimension == dimension && c.names.equals(names)
                && c.extrapolation == extrapolation && Arrays.equals(c.mean, mean) && Arrays.equals(c.sd, sd)
                && Arrays.equals(c.min, min) && Arrays.equals(c.max, max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, names, extrapolation, Arrays.hashCode(mean), Arrays.hashCode(sd));
    }

    @Override
    public String toString() {
        String s = names.isEmpty() ? "Continuous.of(" + dimension + ")"
                : "Continuous.of(" + String.join(", ", names) + ")";
        if (extrapolation) {
            s += ".allowExtrapolation()";
        }
        if (mean != null) {
            s += " fitted to range " + ranges();
        }
        return s;
    }

    String ranges() {
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < dimension; d++) {
            b.append(d == 0 ? "" : " x ").append('[').append(min[d]).append(", ").append(max[d]).append(']');
        }
        return b.toString();
    }

    /** The name of dimension {@code d}, if dimensions are named. */
    public Optional<String> name(int d) {
        Objects.checkIndex(d, dimension);
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(d));
    }

    /** Recreates a continuous condition from its parameters; shared with {@link ContinuousScalar}. */
    static Continuous create(String type, Map<String, Object> parameters) {
        Parameters p = new Parameters(type, parameters);
        int dimension = p.integer("dimension");
        Continuous c;
        if (p.has("names")) {
            List<String> names = p.strings("names");
            if (names.size() != dimension) {
                throw new IllegalArgumentException(type + " parameter 'names' has " + names.size()
                        + " entries but 'dimension' is " + dimension);
            }
            c = of(names);
        } else {
            c = of(dimension);
        }
        boolean extrapolation = p.bool("allowExtrapolation", false);
        if (!p.has("mean")) {
            return extrapolation ? c.allowExtrapolation() : c;
        }
        double[] m = p.numbers("mean", dimension);
        double[] s = p.numbers("standardDeviation", dimension);
        double[] lo = p.numbers("min", dimension);
        double[] hi = p.numbers("max", dimension);
        for (int d = 0; d < dimension; d++) {
            if (!(s[d] > 0)) {
                throw new IllegalArgumentException(type + " parameter 'standardDeviation' must hold positive numbers, "
                        + "was " + parameters.get("standardDeviation"));
            }
            if (!(lo[d] <= hi[d])) {
                throw new IllegalArgumentException(type + " parameters 'min' and 'max' must satisfy min <= max, "
                        + "were " + parameters.get("min") + " and " + parameters.get("max"));
            }
        }
        return new Continuous(dimension, c.names, extrapolation, m, s, lo, hi);
    }

    /** Reads {@code "continuous"} conditions from model files. Registered through {@code META-INF/services}. */
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
            return Continuous.create(TYPE_NAME, parameters);
        }
    }
}
