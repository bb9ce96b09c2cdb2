package io.github.cwgan.nd4j;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a model file came from: the library and its version, the Java version, the compute backend
 * and its version, the generator iterations trained and when the file was saved. Written into every
 * model file under {@code "provenance"}; informative only, never used to decide how to read a file
 * (that is {@code formatVersion}'s job).
 *
 * @param library        the library's name, {@value #LIBRARY}
 * @param libraryVersion the library's version, e.g. {@code 0.1.0}
 * @param javaVersion    the Java version that saved the file ({@code java.version})
 * @param backend        the compute backend, e.g. {@code nd4j-native}
 * @param backendVersion the backend's version, e.g. ND4J's {@code 1.0.0-M2.1}
 * @param iterations     generator iterations trained when saved
 * @param savedAt        when the file was saved
 */
record Provenance(String library, String libraryVersion, String javaVersion, String backend, String backendVersion,
                  long iterations, Instant savedAt) {

    /** The library's name in model files. */
    static final String LIBRARY = "cwgan";

    /**
     * The version written when the jar manifest has no {@code Implementation-Version} (running from
     * classes in an IDE or a test).
     */
    static final String FALLBACK_VERSION = "0.1.0-SNAPSHOT";

    /** The value of a version that cannot be found. */
    static final String UNKNOWN = "unknown";

    private static final String ND4J_POM = "META-INF/maven/org.nd4j/nd4j-api/pom.properties";

    Provenance {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(backendVersion, "backendVersion");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /**
     * The provenance of a model saved now by this process. Finds versions without initialising ND4J's
     * native code.
     *
     * @param iterations generator iterations trained
     */
    static Provenance current(long iterations) {
        return new Provenance(LIBRARY, currentLibraryVersion(), System.getProperty("java.version", UNKNOWN), backendName(),
                nd4jVersion(), iterations, Instant.now());
    }

    /** This library's version: the jar manifest's {@code Implementation-Version}, else {@value #FALLBACK_VERSION}. */
    static String currentLibraryVersion() {
        Package p = Provenance.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK_VERSION : v;
    }

    /** ND4J's version from its jar's Maven properties, or {@value #UNKNOWN}. */
    static String nd4jVersion() {
        ClassLoader loader = Provenance.class.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(ND4J_POM)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", UNKNOWN);
        } catch (IOException | IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** The ND4J backend on the class path: {@code nd4j-native}, {@code nd4j-cuda}, or {@code nd4j}. */
    static String backendName() {
        if (present("org.nd4j.linalg.jcublas.JCublasBackend")) {
            return "nd4j-cuda";
        }
        if (present("org.nd4j.linalg.cpu.nativecpu.CpuBackend")) {
            return "nd4j-native";
        }
        return "nd4j";
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Provenance.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
