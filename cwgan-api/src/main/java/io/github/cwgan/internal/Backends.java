package io.github.cwgan.internal;

import io.github.cwgan.spi.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the backend on the class path. Internal: not API. */
public final class Backends {

    /** The system property that picks a backend by name when several are present. */
    public static final String PROPERTY = "cwgan.backend";

    private static volatile Backend backend;

    private Backends() {
    }

    /**
     * The backend to use.
     *
     * @throws IllegalStateException when none is on the class path (naming the artifact to add) or the
     *                               one named by {@value #PROPERTY} is not there
     */
    public static Backend get() {
        Backend b = backend;
        if (b == null) {
            synchronized (Backends.class) {
                b = backend;
                if (b == null) {
                    backend = b = choose(ServiceLoader.load(Backend.class, Backends.class.getClassLoader()),
                            System.getProperty(PROPERTY));
                }
            }
        }
        return b;
    }

    /** Chooses among the found backends: the one named {@code wanted}, or the first when none is named. */
    public static Backend choose(Iterable<Backend> found, String wanted) {
        List<Backend> all = new ArrayList<>();
        found.forEach(all::add);
        if (all.isEmpty()) {
            throw new IllegalStateException("No cwgan backend found on the class path. Add the dependency "
                    + "io.github.cwgan:cwgan-nd4j (the ND4J backend) next to cwgan-api; see the README.");
        }
        if (wanted == null || wanted.isBlank()) {
            return all.get(0);
        }
        for (Backend b : all) {
            if (b.name().equals(wanted)) {
                return b;
            }
        }
        throw new IllegalStateException("cwgan backend '" + wanted + "' (system property " + PROPERTY
                + ") is not on the class path; found " + all.stream().map(Backend::name).toList());
    }
}
