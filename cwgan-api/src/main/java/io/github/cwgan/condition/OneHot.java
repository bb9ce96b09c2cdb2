package io.github.cwgan.condition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A categorical condition: one of {@code k} classes, encoded as a one-hot vector of length k.
 * Values are class indices {@code 0 .. k-1}; classes may also carry names, which a data file can
 * use instead of indices.
 *
 * <pre>{@code
 * OneHot digits = OneHot.of(10);                        // classes 0..9
 * OneHot colours = OneHot.of("red", "green", "blue");  // named classes 0..2
 * int green = colours.indexOf("green");                // 1
 * }</pre>
 *
 * <p>Logical type name in model files: {@code "one-hot"}. Immutable and thread-safe.
 */
public final class OneHot implements Condition<Integer> {

    /** The logical type name of one-hot conditions in model files. */
    public static final String TYPE_NAME = "one-hot";

    /** The largest number of classes accepted. */
    public static final int MAX_CLASSES = 1 << 20;

    private final int classes;
    private final List<String> names;

    private OneHot(int classes, List<String> names) {
        this.classes = classes;
        this.names = names;
    }

    /**
     * A one-hot condition over {@code classes} unnamed classes {@code 0 .. classes-1}.
     *
     * @throws IllegalArgumentException if {@code classes} is not in [1, {@value #MAX_CLASSES}]
     */
    public static OneHot of(int classes) {
        if (classes < 1 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("one-hot classes must be in [1, " + MAX_CLASSES + "], was " + classes);
        }
        return new OneHot(classes, List.of());
    }

    /**
     * A one-hot condition over named classes; class {@code i} is {@code names[i]}.
     *
     * @throws IllegalArgumentException if a name is empty or repeated, or there are none
     */
    public static OneHot of(String... names) {
        Objects.requireNonNull(names, "names");
        return of(Arrays.asList(names));
    }

    /**
     * A one-hot condition over named classes; class {@code i} is {@code names.get(i)}.
     *
     * @throws IllegalArgumentException if a name is empty or repeated, or there are none
     */
    public static OneHot of(List<String> names) {
        List<String> checked = Parameters.checkNames("one-hot class name", "class", names);
        return new OneHot(checked.size(), checked);
    }

    /** The number of classes. */
    public int classes() {
        return classes;
    }

    /** The class names, or an empty list for unnamed classes. */
    public List<String> names() {
        return names;
    }

    /** The name of class {@code index}, if classes are named. */
    public Optional<String> name(int index) {
        validate(index);
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(index));
    }

    /**
     * The index of the class with this name.
     *
     * @throws IllegalArgumentException if no class has this name
     */
    public int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown class name '" + name + "': valid are "
                    + (names.isEmpty() ? "none (classes are unnamed, use indices 0.." + (classes - 1) + ")" : names));
        }
        return i;
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    @Override
    public int dimension() {
        return classes;
    }

    @Override
    public Class<Integer> valueType() {
        return Integer.class;
    }

    @Override
    public void validate(Integer value) {
        Objects.requireNonNull(value, "one-hot class index");
        if (value < 0 || value >= classes) {
            throw new IllegalArgumentException("class index " + value + " is out of range: valid are 0.."
                    + (classes - 1) + " (one-hot over " + classes + " classes)");
        }
    }

    @Override
    public void encode(Integer value, float[] target, int offset) {
        validate(value);
        Arrays.fill(target, offset, offset + classes, 0f);
        target[offset + value] = 1f;
    }

    /**
     * Parses one field: a class index, or a class name when classes are named. Surrounding spaces
     * are ignored.
     */
    @Override
    public Integer parse(List<String> fields) {
        if (fields.size() != 1) {
            throw new IllegalArgumentException("a one-hot value is read from 1 field, got " + fields.size());
        }
        String text = fields.get(0).strip();
        if (!names.isEmpty() && names.contains(text)) {
            return names.indexOf(text);
        }
        int index;
        try {
            index = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a class "
                    + (names.isEmpty() ? "index: valid are 0.." + (classes - 1) : "name or index: valid are " + names
                    + " or 0.." + (classes - 1)));
        }
        validate(index);
        return index;
    }

    /** The class index as text, which {@link #parse(List)} reads back whether or not classes are named. */
    @Override
    public List<String> toFields(Integer value) {
        validate(value);
        return List.of(Integer.toString(value));
    }

    /** The number of classes, {@link #classes()}. */
    @Override
    public int classCount() {
        return classes;
    }

    /** The value itself: class indices are the classes. */
    @Override
    public int classOf(Integer value) {
        validate(value);
        return value;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("classes", classes);
        if (!names.isEmpty()) {
            p.put("names", names);
        }
        return p;
    }

    @Override
    public String format(Integer value) {
        return names.isEmpty() || value == null || value < 0 || value >= classes
                ? String.valueOf(value) : names.get(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OneHot other && other.classes == classes && other.names.equals(names);
    }

    @Override
    public int hashCode() {
        return 31 * classes + names.hashCode();
    }

    @Override
    public String toString() {
        return names.isEmpty() ? "OneHot.of(" + classes + ")" : "OneHot.of(" + names + ")";
    }

    /** Reads {@code "one-hot"} conditions from model files. Registered through {@code META-INF/services}. */
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
            Object names = parameters.get("names");
            Object classes = parameters.get("classes");
            if (!(classes instanceof Number n) || n.doubleValue() != n.intValue()) {
                throw new IllegalArgumentException("one-hot parameter 'classes' must be an integer, was " + classes);
            }
            if (names == null) {
                return OneHot.of(n.intValue());
            }
            if (!(names instanceof List<?> list)) {
                throw new IllegalArgumentException("one-hot parameter 'names' must be a list of strings, was " + names);
            }
            List<String> strings = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    throw new IllegalArgumentException("one-hot parameter 'names' must hold strings, had " + o);
                }
                strings.add(s);
            }
            if (strings.size() != n.intValue()) {
                throw new IllegalArgumentException("one-hot parameter 'names' has " + strings.size()
                        + " entries but 'classes' is " + n.intValue());
            }
            return OneHot.of(strings);
        }
    }
}
