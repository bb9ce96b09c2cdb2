package io.github.cwgan.data;

import io.github.cwgan.condition.Condition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable training set: rows of data, each with its condition value.
 *
 * <pre>{@code
 * float[][] xs = {{0.1f, 2.0f}, {1.5f, -0.3f}};
 * var data = ConditionalDataset.of(OneHot.of(10), xs, List.of(3, 7));
 * }</pre>
 *
 * <p>Construction copies and validates everything: rows must be non-empty, of one length, finite,
 * and every condition value must be valid for the condition. A CSV file is read with
 * {@link CsvReader}.
 *
 * @param <V> the condition value type
 */
public final class ConditionalDataset<V> {

    private final Condition<V> condition;
    private final int dimension;
    private final float[] data;
    private final List<V> conditions;

    private ConditionalDataset(Condition<V> condition, int dimension, float[] data, List<V> conditions) {
        this.condition = condition;
        this.dimension = dimension;
        this.data = data;
        this.conditions = conditions;
    }

    /**
     * A data set from rows and their condition values.
     *
     * @param condition  the condition the values belong to
     * @param rows       the data, one row per example, all of one length &ge; 1
     * @param conditions the condition value of each row, as many as rows
     * @throws IllegalArgumentException naming the row (and column) when the data set is empty, rows
     *                                  are ragged, a value is NaN or infinite, the counts differ, or a
     *                                  condition value is invalid
     */
    public static <V> ConditionalDataset<V> of(Condition<V> condition, float[][] rows, List<? extends V> conditions) {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(conditions, "conditions");
        if (rows.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one row, had 0");
        }
        if (conditions.size() != rows.length) {
            throw new IllegalArgumentException("conditions must have one value per row (" + rows.length
                    + "), had " + conditions.size());
        }
        if (rows[0] == null || rows[0].length == 0) {
            throw new IllegalArgumentException("row 0 must have at least one value, had "
                    + (rows[0] == null ? "null" : "0"));
        }
        int d = rows[0].length;
        float[] flat = new float[Math.multiplyExact(rows.length, d)];
        List<V> values = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            float[] r = rows[i];
            if (r == null || r.length != d) {
                throw new IllegalArgumentException("row " + i + " has " + (r == null ? "no" : r.length)
                        + " values, expected " + d + " like row 0");
            }
            for (int j = 0; j < d; j++) {
                if (!Float.isFinite(r[j])) {
                    throw new IllegalArgumentException("row " + i + ", column " + j + " is " + r[j]
                            + ": data must be finite");
                }
            }
            System.arraycopy(r, 0, flat, i * d, d);
            V v = conditions.get(i);
            if (v == null) {
                throw new IllegalArgumentException("row " + i + ": condition value is null");
            }
            try {
                condition.validate(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("row " + i + ": " + e.getMessage(), e);
            }
            values.add(v);
        }
        return new ConditionalDataset<>(condition, d, flat, Collections.unmodifiableList(values));
    }

    /** The condition of this data set. */
    public Condition<V> condition() {
        return condition;
    }

    /** The number of rows. */
    public int size() {
        return conditions.size();
    }

    /** The number of values in each row. */
    public int dataDimension() {
        return dimension;
    }

    /** A copy of row {@code i}. */
    public float[] row(int i) {
        Objects.checkIndex(i, size());
        float[] r = new float[dimension];
        System.arraycopy(data, i * dimension, r, 0, dimension);
        return r;
    }

    /** The condition value of row {@code i}. */
    public V conditionValue(int i) {
        return conditions.get(i);
    }

    /** The condition values, one per row (unmodifiable). */
    public List<V> conditionValues() {
        return conditions;
    }

    /** A copy of all rows. */
    public float[][] rows() {
        float[][] out = new float[size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = row(i);
        }
        return out;
    }

    /** A copy of all rows as one row-major array of {@code size() * dataDimension()} floats. */
    public float[] toFlatArray() {
        return data.clone();
    }

    /**
     * The encoded conditions of all rows as one row-major array of
     * {@code size() * condition().dimension()} floats.
     */
    public float[] encodedConditions() {
        int c = condition.dimension();
        float[] out = new float[Math.multiplyExact(size(), c)];
        for (int i = 0; i < size(); i++) {
            condition.encode(conditions.get(i), out, i * c);
        }
        return out;
    }

    @Override
    public String toString() {
        return "ConditionalDataset[" + size() + " rows of " + dimension + ", condition " + condition + "]";
    }
}
