package io.github.cwgan.condition;

import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of {@link ConditionType}s used to read model files: every type found by
 * {@link ServiceLoader} plus those {@linkplain #register(ConditionType) registered} at run time.
 */
public final class ConditionTypes {

    private static final Map<String, ConditionType> REGISTERED = new ConcurrentHashMap<>();
    private static volatile Map<String, ConditionType> discovered;

    private ConditionTypes() {
    }

    /**
     * Registers a condition type. Registering a name again with an instance of the same class is a
     * no-op (the first stays); registering it with a type of another class, or a name that a type found
     * by {@link ServiceLoader} already has, is an error, so that two libraries cannot silently fight
     * over a name.
     *
     * @throws IllegalStateException if another type already has this name
     */
    public static void register(ConditionType type) {
        Objects.requireNonNull(type, "type");
        String name = Objects.requireNonNull(type.name(), "type.name()");
        ConditionType known = discovered().get(name);
        ConditionType previous = known != null ? known : REGISTERED.putIfAbsent(name, type);
        if (previous != null && !previous.getClass().equals(type.getClass())) {
            throw new IllegalStateException("condition type '" + name + "' is already registered by "
                    + previous.getClass().getName());
        }
    }

    /**
     * Recreates a condition from its type name and parameters.
     *
     * @throws IllegalArgumentException if no type of that name is known (the message lists the known
     *                                  ones and says how to register one), or the parameters are invalid
     */
    public static Condition<?> create(String typeName, Map<String, Object> parameters) {
        Objects.requireNonNull(typeName, "typeName");
        ConditionType type = discovered().get(typeName);
        if (type == null) {
            type = REGISTERED.get(typeName);
        }
        if (type == null) {
            TreeSet<String> known = new TreeSet<>(discovered().keySet());
            known.addAll(REGISTERED.keySet());
            throw new IllegalArgumentException("unknown condition type '" + typeName + "': known types are "
                    + known + "; register yours with ConditionTypes.register(...) or in "
                    + "META-INF/services/" + ConditionType.class.getName());
        }
        return type.create(parameters == null ? Map.of() : parameters);
    }

    private static Map<String, ConditionType> discovered() {
        Map<String, ConditionType> d = discovered;
        if (d == null) {
            Map<String, ConditionType> found = new ConcurrentHashMap<>();
            for (ConditionType t : ServiceLoader.load(ConditionType.class, ConditionTypes.class.getClassLoader())) {
                found.putIfAbsent(t.name(), t);
            }
            discovered = d = found;
        }
        return d;
    }
}
