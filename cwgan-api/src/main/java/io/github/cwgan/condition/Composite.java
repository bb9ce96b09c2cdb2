package io.github.cwgan.condition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several conditions at once, encoded side by side: for example a class and a continuous value. A
 * value is a {@code List<Object>} with one value per part, in part order, each of its part's value
 * type.
 *
 * <pre>{@code
 * Composite shop = Composite.of(OneHot.of("north", "south"), Continuous.scalar("temperature"));
 * ConditionalDataset<List<Object>> data = ConditionalDataset.of(shop, rows, values); // values: List.of(1, 21.5), ...
 * float[][] xs = model.sample(List.of(0, 18.0), 1000);
 * }</pre>
 *
 * <p>Validation checks each part and names it: "part 1 (continuous-scalar): value 40.0 is outside the
 * training range [...]". {@link #fit(List)} fits every part (continuous parts learn their
 * statistics); when exactly one part has classes (such as one {@link OneHot}), the composite has
 * that part's classes, so that {@link io.github.cwgan.training.BatchSampling#CLASS_BALANCED} can
 * balance them. A data file holds the parts' fields one after another ({@link #fieldCount()} in
 * all). Parameters nest each part's type and parameters.
 *
 * <p>Logical type name in model files: {@code "composite"}. Immutable and thread-safe if its parts
 * are.
 */
public final class Composite implements Condition<List<Object>> {

    /** The logical type name of composite conditions in model files. */
    public static final String TYPE_NAME = "composite";

    private final List<Condition<?>> parts;
    private final int dimension;

    private Composite(List<Condition<?>> parts) {
        this.parts = parts;
        int d = 0;
        for (Condition<?> p : parts) {
            d = Math.addExact(d, p.dimension());
        }
        this.dimension = d;
    }

    /**
     * A condition made of these parts, encoded in this order.
     *
     * @throws IllegalArgumentException if there are no parts or a part has dimension &lt; 1
     */
    public static Composite of(Condition<?>... parts) {
        Objects.requireNonNull(parts, "parts");
        return of(Arrays.asList(parts));
    }

    /**
     * A condition made of these parts, encoded in this order.
     *
     * @throws IllegalArgumentException if there are no parts or a part has dimension &lt; 1
     */
    public static Composite of(List<? extends Condition<?>> parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a composite condition needs at least one part, had none");
        }
        for (int i = 0; i < parts.size(); i++) {
            Condition<?> p = Objects.requireNonNull(parts.get(i), "part " + i);
            if (p.dimension() < 1) {
                throw new IllegalArgumentException("part " + i + " (" + p + ") has dimension " + p.dimension()
                        + ", must be >= 1");
            }
        }
        return new Composite(List.copyOf(parts));
    }

    /** The parts, in encoding order. */
    public List<Condition<?>> parts() {
        return parts;
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    /** The sum of the parts' dimensions. */
    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<Object>> valueType() {
        return (Class) List.class;
    }

    private String part(int i) {
        return "part " + i + " (" + parts.get(i).typeName() + ")";
    }

    /**
     * Checks that the value has one entry per part, each of its part's value type and valid for it.
     *
     * @throws IllegalArgumentException naming the part index and type
     */
    @Override
    public void validate(List<Object> value) {
        Objects.requireNonNull(value, "composite value");
        if (value.size() != parts.size()) {
            throw new IllegalArgumentException("a composite value needs one value per part (" + parts.size() + ": "
                    + typeNames() + "), had " + value.size());
        }
        for (int i = 0; i < parts.size(); i++) {
            validatePart(i, value.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private <W> void validatePart(int i, Object v) {
        Condition<W> c = (Condition<W>) parts.get(i);
        if (v == null) {
            throw new IllegalArgumentException(part(i) + ": the value is null");
        }
        if (!c.valueType().isInstance(v)) {
            throw new IllegalArgumentException(part(i) + ": expected a value of type " + c.valueType().getTypeName()
                    + ", was " + v.getClass().getTypeName() + " " + v);
        }
        try {
            c.validate((W) v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(part(i) + ": " + e.getMessage(), e);
        }
    }

    private List<String> typeNames() {
        return parts.stream().map(Condition::typeName).toList();
    }

    @Override
    public void encode(List<Object> value, float[] target, int offset) {
        validate(value);
        int at = offset;
        for (int i = 0; i < parts.size(); i++) {
            encodePart(parts.get(i), value.get(i), target, at);
            at += parts.get(i).dimension();
        }
    }

    @SuppressWarnings("unchecked")
    private static <W> void encodePart(Condition<W> c, Object v, float[] target, int offset) {
        c.encode((W) v, target, offset);
    }

    /** The parts' field counts added up. */
    @Override
    public int fieldCount() {
        int n = 0;
        for (Condition<?> p : parts) {
            n += p.fieldCount();
        }
        return n;
    }

    /** Splits the fields among the parts by their {@link Condition#fieldCount()} and parses each. */
    @Override
    public List<Object> parse(List<String> fields) {
        Objects.requireNonNull(fields, "fields");
        if (fields.size() != fieldCount()) {
            throw new IllegalArgumentException("a composite value of " + typeNames() + " is read from "
                    + fieldCount() + " fields, got " + fields.size());
        }
        List<Object> out = new ArrayList<>(parts.size());
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            int n = parts.get(i).fieldCount();
            try {
                out.add(Objects.requireNonNull(parts.get(i).parse(fields.subList(at, at + n)), "parsed value"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(part(i) + ": " + e.getMessage(), e);
            }
            at += n;
        }
        return List.copyOf(out);
    }

    /** The parts' fields one after another. */
    @Override
    public List<String> toFields(List<Object> value) {
        validate(value);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.addAll(partFields(parts.get(i), value.get(i)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <W> List<String> partFields(Condition<W> c, Object v) {
        return c.toFields((W) v);
    }

    /** The parts' formats, e.g. {@code [north, 21.5]}. */
    @Override
    public String format(List<Object> value) {
        if (value == null || value.size() != parts.size()) {
            return String.valueOf(value);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.add(partFormat(parts.get(i), value.get(i)));
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static <W> String partFormat(Condition<W> c, Object v) {
        return c.valueType().isInstance(v) ? c.format((W) v) : String.valueOf(v);
    }

    /**
     * Fits every part to its column of the values.
     *
     * @throws IllegalArgumentException if a value is invalid (naming its index and the part)
     */
    @Override
    public Composite fit(List<? extends List<Object>> trainingValues) {
        Objects.requireNonNull(trainingValues, "trainingValues");
        for (int r = 0; r < trainingValues.size(); r++) {
            List<Object> v = trainingValues.get(r);
            if (v == null || v.size() != parts.size()) {
                throw new IllegalArgumentException("training value " + r + ": a composite value needs one value "
                        + "per part (" + parts.size() + "), had " + (v == null ? "null" : v.size()));
            }
            for (int i = 0; i < parts.size(); i++) {
                Object x = v.get(i);
                if (x == null || !parts.get(i).valueType().isInstance(x)) {
                    throw new IllegalArgumentException("training value " + r + ", " + part(i) + ": expected a value "
                            + "of type " + parts.get(i).valueType().getTypeName() + ", was " + x);
                }
            }
        }
        List<Condition<?>> fitted = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            int index = i;
            List<Object> column = trainingValues.stream().map(v -> v.get(index)).toList();
            try {
                fitted.add(fitPart(parts.get(i), column));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(part(i) + ": " + e.getMessage(), e);
            }
        }
        return new Composite(List.copyOf(fitted));
    }

    @SuppressWarnings("unchecked")
    private static <W> Condition<W> fitPart(Condition<W> c, List<Object> column) {
        return Objects.requireNonNull(c.fit((List<W>) column), "fit of " + c);
    }

    /** Another composite whose parts are each compatible with these. */
    @Override
    public boolean isCompatibleWith(Condition<?> other) {
        if (!(other instanceof Composite c) || c.parts.size() != parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).isCompatibleWith(c.parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The class count of the one part that has classes; 0 when none or several parts have classes. */
    @Override
    public int classCount() {
        int i = classPart();
        return i < 0 ? 0 : parts.get(i).classCount();
    }

    /**
     * The class of the value's part that has classes.
     *
     * @throws UnsupportedOperationException unless exactly one part has classes
     */
    @Override
    public int classOf(List<Object> value) {
        int i = classPart();
        if (i < 0) {
            throw new UnsupportedOperationException("composite condition " + this + " has no classes: "
                    + "exactly one part must have classes (such as one OneHot)");
        }
        validate(value);
        return partClass(parts.get(i), value.get(i));
    }

    @SuppressWarnings("unchecked")
    private static <W> int partClass(Condition<W> c, Object v) {
        return c.classOf((W) v);
    }

    private int classPart() {
        int found = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).classCount() > 0) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** {@code {"parts": [{"type": ..., "parameters": {...}}, ...]}}. */
    @Override
    public Map<String, Object> parameters() {
        List<Object> list = new ArrayList<>();
        for (Condition<?> c : parts) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("type", c.typeName());
            part.put("parameters", c.parameters());
            list.add(part);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("parts", list);
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Composite c && c.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Composite.of(");
        for (int i = 0; i < parts.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(parts.get(i));
        }
        return b.append(')').toString();
    }

    /** Reads {@code "composite"} conditions from model files, each part through {@link ConditionTypes}. */
    public static final class Type implements ConditionType {

        /** Used by {@link java.util.ServiceLoader}. */
        public Type() {
        }

        @Override
        public String name() {
            return TYPE_NAME;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Condition<?> create(Map<String, Object> parameters) {
            List<Object> list = new Parameters(TYPE_NAME, parameters).list("parts");
            if (list.isEmpty()) {
                throw new IllegalArgumentException(TYPE_NAME + " parameter 'parts' must list at least one part, was []");
            }
            List<Condition<?>> parts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> m) || !(m.get("type") instanceof String type)
                        || !(m.get("parameters") == null || m.get("parameters") instanceof Map)) {
                    throw new IllegalArgumentException(TYPE_NAME + " parameter 'parts[" + i + "]' must be an object "
                            + "with a string 'type' and an object 'parameters', was " + list.get(i));
                }
                try {
                    parts.add(ConditionTypes.create(type, (Map<String, Object>) m.get("parameters")));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(TYPE_NAME + " parts[" + i + "]: " + e.getMessage(), e);
                }
            }
            return Composite.of(parts);
        }
    }
}
