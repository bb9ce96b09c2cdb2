package io.github.cwgan.nd4j;

import io.github.cwgan.condition.Condition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model's prior over conditions: the distinct condition values of its training data, each as the
 * text fields of {@link Condition#toFields}, with how many rows had it. Drawing a value with
 * probability count / total reproduces the data's empirical (joint) distribution of conditions.
 *
 * @param values the distinct values' fields, in order of first appearance in the data
 * @param counts the number of training rows of each value, each &ge; 1
 */
record Prior(List<List<String>> values, long[] counts) {

    Prior {
        values = values.stream().map(List::copyOf).toList();
        counts = counts.clone();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a prior needs at least one value");
        }
        if (values.size() != counts.length) {
            throw new IllegalArgumentException("a prior has one count per value (" + values.size() + "), had "
                    + counts.length);
        }
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 1) {
                throw new IllegalArgumentException("count " + i + " of the prior must be >= 1, was " + counts[i]);
            }
            total = Math.addExact(total, counts[i]);
        }
    }

    /** The prior of these training values, deduplicated by their fields. */
    static <V> Prior of(Condition<V> condition, List<? extends V> trainingValues) {
        Map<List<String>, long[]> seen = new LinkedHashMap<>();
        for (V v : trainingValues) {
            List<String> fields = List.copyOf(Objects.requireNonNull(condition.toFields(v), "toFields"));
            seen.computeIfAbsent(fields, f -> new long[1])[0]++;
        }
        List<List<String>> values = new ArrayList<>(seen.keySet());
        long[] counts = seen.values().stream().mapToLong(c -> c[0]).toArray();
        return new Prior(values, counts);
    }

    /** The number of training rows. */
    long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prior p && p.values.equals(values) && java.util.Arrays.equals(p.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * values.hashCode() + java.util.Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Prior[" + values.size() + " distinct values of " + total() + " rows]";
    }
}
