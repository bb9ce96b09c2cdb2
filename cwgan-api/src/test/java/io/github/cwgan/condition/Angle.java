package io.github.cwgan.condition;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user-defined, continuous condition written against the public API only: an angle in radians or
 * degrees, encoded as (sin θ, cos θ) so that 0 and 2π meet. Shows that {@link Condition} assumes no
 * finite set of values.
 */
public final class Angle implements Condition<Double> {

    /** The logical type name, prefixed with a domain as {@link Condition#typeName()} asks. */
    public static final String TYPE_NAME = "io.github.cwgan.test.angle";

    private final boolean degrees;

    private Angle(boolean degrees) {
        this.degrees = degrees;
    }

    public static Angle radians() {
        return new Angle(false);
    }

    public static Angle degrees() {
        return new Angle(true);
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public Class<Double> valueType() {
        return Double.class;
    }

    @Override
    public void validate(Double value) {
        Objects.requireNonNull(value, "angle");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("angle " + value + " is not a finite number");
        }
    }

    @Override
    public void encode(Double value, float[] target, int offset) {
        validate(value);
        double rad = degrees ? Math.toRadians(value) : value;
        target[offset] = (float) Math.sin(rad);
        target[offset + 1] = (float) Math.cos(rad);
    }

    @Override
    public Double parse(List<String> fields) {
        if (fields.size() != 1) {
            throw new IllegalArgumentException("an angle is read from 1 field, got " + fields.size());
        }
        try {
            return Double.parseDouble(fields.get(0).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + fields.get(0) + "' is not an angle");
        }
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("unit", degrees ? "degrees" : "radians");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Angle a && a.degrees == degrees;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(degrees);
    }

    @Override
    public String toString() {
        return degrees ? "Angle.degrees()" : "Angle.radians()";
    }

    /** Recreates angles from model-file parameters. */
    public static final class Type implements ConditionType {

        @Override
        public String name() {
            return TYPE_NAME;
        }

        @Override
        public Condition<?> create(Map<String, Object> parameters) {
            Object unit = parameters.get("unit");
            if ("degrees".equals(unit)) {
                return degrees();
            }
            if ("radians".equals(unit)) {
                return radians();
            }
            throw new IllegalArgumentException("angle parameter 'unit' must be \"degrees\" or \"radians\", was " + unit);
        }
    }
}
