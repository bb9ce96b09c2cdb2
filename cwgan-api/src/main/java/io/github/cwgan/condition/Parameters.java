package io.github.cwgan.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;

/** Reads the JSON-like parameters of the library's condition types, naming the type and parameter on errors. */
final class Parameters {

    private final String type;
    private final Map<String, Object> parameters;

    Parameters(String type, Map<String, Object> parameters) {
        this.type = type;
        this.parameters = parameters;
    }

    private IllegalArgumentException error(String name, String what) {
        return new IllegalArgumentException(type + " parameter '" + name + "' must be " + what + ", was "
                + parameters.get(name));
    }

    boolean has(String name) {
        return parameters.get(name) != null;
    }

    int integer(String name) {
        if (!(parameters.get(name) instanceof Number n) || n.doubleValue() != n.intValue()) {
            throw error(name, "an integer");
        }
        return n.intValue();
    }

    boolean bool(String name, boolean absent) {
        Object o = parameters.get(name);
        if (o == null) {
            return absent;
        }
        if (!(o instanceof Boolean b)) {
            throw error(name, "true or false");
        }
        return b;
    }

    List<String> strings(String name) {
        if (!(parameters.get(name) instanceof List<?> list)) {
            throw error(name, "a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s)) {
                throw error(name, "a list of strings");
            }
            out.add(s);
        }
        return out;
    }

    double[] numbers(String name, int length) {
        if (!(parameters.get(name) instanceof List<?> list) || list.size() != length) {
            throw error(name, "a list of " + length + " numbers");
        }
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            if (!(list.get(i) instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                throw error(name, "a list of " + length + " finite numbers");
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    List<Object> list(String name) {
        if (!(parameters.get(name) instanceof List<?> list)) {
            throw error(name, "a list");
        }
        return new ArrayList<>(list);
    }

    /**
     * Checks a list of names (class names, dimension names): none blank, none repeated, at least one.
     *
     * @param what the names' description in messages, e.g. "one-hot class name"
     * @param unit what one name names, e.g. "class"
     * @return an unmodifiable copy
     * @throws IllegalArgumentException naming the index or the repeated name
     */
    static List<String> checkNames(String what, String unit, List<String> names) {
        Objects.requireNonNull(names, "names");
        if (names.isEmpty()) {
            throw new IllegalArgumentException(what + "s must name at least one " + unit + ", was []");
        }
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException(what + " " + i + " must not be blank, was '" + n + "'");
            }
            if (!seen.add(n)) {
                throw new IllegalArgumentException(what + " '" + n + "' appears twice");
            }
        }
        return List.copyOf(names);
    }
}
